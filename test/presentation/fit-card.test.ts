import { LANGUAGES } from '../../src/catalog/catalog-types';
import { buildReply } from '../../src/presentation/build-reply';
import { chooseCard } from '../../src/presentation/cards/choose-card';
import type { CardChoice } from '../../src/presentation/cards/card-models';
import { ask, builtInCatalog } from '../helpers/answers';
import { cardQueries, cardText, projectRenderer, validateCard } from '../helpers/cards';
import { logFixture } from '../helpers/fixtures';

/** What Teams accepts, with room for the rest of the activity: 26 KB of card JSON, in UTF-8. */
const BUDGET = 26_000;
const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');
const renderer = projectRenderer();

/** 21 signed decimals in the CRYPT_E facility that no catalog holds: 251 characters. */
const decimals = Array.from({ length: 21 }, (_, i) => String(-(2146885000 + i * 3))).join(' ');

/** Every string in `data` made `times` as long: the same card, far over any budget. */
function inflate<T>(data: T, times: number): T {
  if (typeof data === 'string') return (data ? data.repeat(times) : data) as T;
  if (Array.isArray(data)) return data.map((d) => inflate(d, times)) as T;
  if (data && typeof data === 'object')
    return Object.fromEntries(
      Object.entries(data).map(([k, v]) =>
        // Queries, ids, languages and styles are not words; keep them valid.
        [
          k,
          /^(query|language|entryId|url|style|color|weight|number)$/.test(k)
            ? v
            : inflate(v, times),
        ]
      )
    ) as T;
  return data;
}

describe('every card fits the size Teams accepts', () => {
  it.each(LANGUAGES)(
    '21 unknown signed decimals (%s): one list of nearest entries, each once',
    (language) => {
      expect(decimals.length).toBe(251);
      const reply = buildReply(renderer, ask(decimals, { language }));
      const card = reply.attachments[0].content;
      expect(bytes(card)).toBeLessThanOrEqual(BUDGET);
      expect(validateCard(card)).toEqual([]);
      const queries = cardQueries(card).filter((q) => !/\s/.test(q));
      expect(queries.length).toBeGreaterThan(0);
      expect(new Set(queries).size).toBe(queries.length);
      // Every number is still named on the card, the first twenty (the engine's cap) in full.
      const text = cardText(card);
      for (const token of decimals.split(' ').slice(0, 20)) expect(text).toContain(token);
    }
  );

  // The largest answer of each kind the catalog can produce, in both languages.
  const everything = builtInCatalog()
    .entries.map((e) => (e.kind === 'code' ? e.key : `event ${e.key}`))
    .join(' ');
  const worst: Array<[string, string]> = [
    ['results of every entry', `${everything} 0x40A 0x40B event 20503`],
    ['a long log', logFixture('event-viewer-text-many.txt').repeat(60)],
    [
      'unknowns of many families',
      [
        2146885001, 2147024001, 2147467001, 2145844001, 2147023001, 2146893001, 2146959001,
        2147217001, 2146233001, 2146697001, 2147012001, 2146828001, 2145124001, 2147216001,
        2146762001, 2147352001, 2146435001, 2147287001,
      ]
        .map((n) => `-${n}`)
        .join(' '),
    ],
  ];
  it.each(LANGUAGES.flatMap((l) => worst.map(([name, text]) => [name, l, text])))(
    '%s (%s) is within budget and valid',
    (_name, language, text) => {
      const card = buildReply(renderer, ask(text, { language: language as 'en' })).attachments[0]
        .content;
      expect(bytes(card)).toBeLessThanOrEqual(BUDGET);
      expect(validateCard(card)).toEqual([]);
    }
  );

  // A team catalog can hold far longer text than ours: each card kind, blown up past the budget.
  const kinds: Array<[string, string]> = [
    ['entry', '0x411'],
    ['results', '0x403 vs 0x404 vs 0x40A vs 0x409 vs 0x410'],
    ['not-found', decimals],
    ['help', 'banana smoothie'],
    ['log', logFixture('event-viewer-text-many.txt')],
    ['flow', 'guide scep'],
  ];
  it.each(LANGUAGES.flatMap((l) => kinds.map(([kind, text]) => [kind, l, text])))(
    'a %s card (%s) over the budget loses its least specific parts first and says so',
    (kind, language, text) => {
      const choice = chooseCard(ask(text, { language: language as 'en' }));
      expect(choice.template).toBe(kind);
      for (const times of [40, 400]) {
        const big = { template: choice.template, data: inflate(choice.data, times) } as CardChoice;
        // Its words alone are over the budget.
        expect(bytes(big.data)).toBeGreaterThan(BUDGET);
        const card = renderer.render(big).content;
        expect(bytes(card)).toBeLessThanOrEqual(BUDGET);
        expect(validateCard(card)).toEqual([]);
        expect(JSON.stringify(card)).not.toContain('${');
        const words = cardText(card);
        // Either the card names what it left out, or it is the short notice that it could not fit.
        expect(words).toMatch(
          language === 'ja'
            ? /次を省略しました|カード 1 枚に収まりません/
            : /Left out to fit one Teams card|too large for one Teams card/
        );
      }
    }
  );

  it('keeps the lead of a trimmed card: the answer first, the least specific parts go', () => {
    const choice = chooseCard(ask('0x403 vs 0x404 vs 0x40A vs 0x409 vs 0x410'));
    if (choice.template !== 'results') throw new Error('expected the results card');
    const lead = choice.data.items[0].heading;
    // Only the results behind "more" grow: they are what goes.
    const big: CardChoice = {
      template: 'results',
      data: { ...choice.data, moreItems: inflate(choice.data.moreItems, 60) },
    };
    const text = cardText(renderer.render(big).content);
    expect(text).toContain(lead.replace(/\u200B/g, ''));
    expect(text).toMatch(
      /Left out to fit one Teams card: some next steps, the items after the first ones/
    );
  });
});
