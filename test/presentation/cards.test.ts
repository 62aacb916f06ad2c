import { join } from 'node:path';
import { LANGUAGES } from '../../src/catalog/catalog-types';
import type { Answer } from '../../src/engine';
import { loadCatalog } from '../../src/files/load-catalog';
import { findProjectRoot } from '../../src/files/project-root';
import { buildCard, buildReply } from '../../src/presentation/build-reply';
import { ask, builtInCatalog } from '../helpers/answers';
import {
  buttonTitles,
  cardQueries,
  cardText,
  projectRenderer,
  validateCard as validate,
} from '../helpers/cards';
import { logFixture, logFixtureNames } from '../helpers/fixtures';

const catalog = builtInCatalog();
const renderer = projectRenderer();
/** Teams refuses a message over about 28 KB; a card stays under 26 KB (UTF-8 bytes of its JSON). */
const SIZE_BUDGET = 26_000;
/** Columns a button title may take and never be cut (a CJK character takes two). */
const MAX_TITLE_COLUMNS = 24;
const columns = (s: string) =>
  [...s].reduce(
    (n, ch) => n + (/[\u3000-\u9FFF\uFF00-\uFF60\u{1F300}-\u{1FAFF}]/u.test(ch) ? 2 : 1),
    0
  );

function everyAnswer(): Array<[string, Answer, boolean]> {
  const cases: Array<[string, Answer, boolean]> = [];
  for (const language of LANGUAGES) {
    for (const entry of catalog.entries)
      cases.push([`${entry.id} (${language})`, ask(entry.id, { language }), false]);
    cases.push([`help (${language})`, ask('help', { language }), false]);
    cases.push([`welcome (${language})`, ask('help', { language }), true]);
    cases.push([`not found (${language})`, ask('0x40A', { language }), false]);
    cases.push([`nothing (${language})`, ask('banana smoothie', { language }), false]);
    cases.push([`did you mean (${language})`, ask('CRPSCEPChalenge_Expired', { language }), false]);
    cases.push([`several (${language})`, ask('0x403 vs 0x404 vs 0x40A', { language }), false]);
    for (const file of logFixtureNames())
      cases.push([`log ${file} (${language})`, ask(logFixture(file), { language }), false]);
    const manyRecords = logFixture('event-viewer-text-many.txt').repeat(60);
    cases.push([`log of 240 records (${language})`, ask(manyRecords, { language }), false]);
    const everything = catalog.entries
      .map((e) => (e.kind === 'code' ? e.key : `event ${e.key}`))
      .join(' ');
    // Every step of every guided flow, with a trail so Back and Start over are on the card.
    for (const flow of catalog.flows.values())
      for (const node of flow.nodes.values())
        cases.push([
          `flow ${flow.id} ${node.id} (${language})`,
          ask(`flow:${flow.id}:${node.id}:${flow.start}`, { language }),
          false,
        ]);
    cases.push([
      `symptom offers a flow (${language})`,
      ask('SCEP certificates are not reaching the iPhones', { language }),
      false,
    ]);
    cases.push([
      `largest multi-result (${language})`,
      ask(everything + ' 0x40A 0x40B event 20503', { language }),
      false,
    ]);
  }
  return cases;
}

describe('every card the bot can send', () => {
  it.each(everyAnswer())('%s is a valid Teams card', (_name, answer, welcome) => {
    const reply = buildReply(renderer, answer, { welcome });
    const card = reply.attachments[0].content;
    const json = JSON.stringify(card);
    expect(card.version).toBe('1.5');
    expect(card.msteams).toEqual({ width: 'Full' });
    expect(json).not.toContain('${');
    expect(validate(card)).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(reply), 'utf8')).toBeLessThan(SIZE_BUDGET + 1000);
    expect(Buffer.byteLength(json, 'utf8')).toBeLessThanOrEqual(SIZE_BUDGET);
    // The card alone: no text bubble repeating it; the summary is for notifications.
    expect(reply).not.toHaveProperty('text');
    expect(reply.summary.length).toBeGreaterThan(0);
    expect(card.fallbackText).toEqual(expect.any(String));
    // Visible characters: zero-width breaks that keep a name from linking take no room.
    expect(reply.summary.replace(/\u200B/g, '').length).toBeLessThanOrEqual(300);
    // Every button title is whole on a phone; an inference is said by its group, not by "(?)".
    for (const title of buttonTitles(card))
      expect({ title, fits: columns(title) <= MAX_TITLE_COLUMNS }).toEqual({ title, fits: true });
    expect(cardText(card)).not.toContain('(?)');
    // Japanese sentences run on without a space after 「。」, in the card and in the summary
    // (a list separator such as " ∣ " may follow one).
    expect(`${cardText(card)}\n${reply.summary}`).not.toMatch(/[。！？] (?![∣|·])/);
  });

  it('reuses the expanded card for the same entry and language, and only then', () => {
    const fresh = projectRenderer();
    const first = buildCard(fresh, ask('0x411'));
    expect(buildCard(fresh, ask('CRPSCEPChallenge_Expired'))).toBe(first);
    expect(buildCard(fresh, ask('0x411', { language: 'ja' }))).not.toBe(first);
    expect(buildCard(fresh, ask('0x411 ' + 'a'.repeat(10)))).toBe(first);
    expect(buildCard(fresh, ask('0x411 ' + 'a'.repeat(10), { maxChars: 8 }))).not.toBe(first);
  });

  it('never reuses the card of one meaning of a code for another', () => {
    const fresh = projectRenderer();
    const ndes = buildCard(fresh, ask('windows:code:0x80070002@ndes')).content;
    const setup = buildCard(
      fresh,
      ask(
        'SetupMSI.log: WriteIIS7ConfigChanges Error 0x80070002: Site not found for create application'
      )
    ).content;
    expect(cardText(ndes)).not.toEqual(cardText(setup));
    expect(cardText(setup)).toMatch(/Default Web Site/);
    const named = buildCard(fresh, ask('0x411')).content;
    const closest = buildCard(fresh, ask('challenge expired')).content;
    expect(cardText(named)).not.toEqual(cardText(closest));
  });

  it('never reuses the card of one vague question for another', () => {
    const first = buildReply(renderer, ask('certificates are not being delivered')).attachments[0];
    const second = buildReply(renderer, ask('banana smoothie')).attachments[0];
    expect(first).not.toBe(second);
    expect(JSON.stringify(first)).toContain('Start the SCEP check');
    expect(JSON.stringify(second)).not.toContain('Start the SCEP check');
  });

  it('opens a symptom with its guided check, worded for it, not with "I did not find a code"', () => {
    for (const [text, language, title, start] of [
      [
        'SCEP certificates are not being delivered to iPhones',
        'en',
        'SCEP certificate not delivered',
        'Start the SCEP check',
      ],
      [
        'iPhone の SCEP 証明書が配布されない',
        'ja',
        'SCEP 証明書が配布されない',
        'SCEP の確認を開始',
      ],
    ] as const) {
      const reply = buildReply(renderer, ask(text, { language }));
      const words = cardText(reply.attachments[0].content);
      expect(words.split('\n')[0]).toBe(title);
      expect(words).toContain(start);
      expect(words).not.toMatch(/I did not find a code|What should I look at|既知のコード/);
      expect(reply.summary).not.toMatch(/What should I look at|どの情報を確認/);
      expect(cardQueries(reply.attachments[0].content)).toContain(
        'flow:scep-not-delivered:scep-sent'
      );
    }
  });

  it('catches a broken card (the validator is not a no-op)', () => {
    expect(
      validate({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Bogus' }] }).length
    ).toBeGreaterThan(0);
  });

  it('caps long related lists with "and N more"', () => {
    const answer = ask('0x0FFFFFFF');
    const card = buildCard(renderer, answer).content;
    // Nineteen events report this error code; the five success events among them are no lead.
    const item = answer.kind === 'lookup' ? answer.items[0] : undefined;
    const events = item?.type === 'entry' ? item.entry.relatedEvents : [];
    const offered = events.filter((r) => r.severity !== 'success');
    expect(events.length - offered.length).toBeGreaterThan(0);
    expect(JSON.stringify(card)).toContain(`and ${offered.length - 5} more`);
  });

  it('offers no success code or event beside a failure', () => {
    for (const query of ['event 20502', '0x0FFFFFFF', 'event 20102']) {
      const card = buildCard(renderer, ask(query)).content;
      const offered = cardQueries(card).filter((q) => !q.startsWith('flow:'));
      expect(offered.length).toBeGreaterThan(0);
      const entries = offered.map((q) => builtInCatalog().byId.get(q.replace(/@.*$/, '')));
      expect(entries.filter((e) => e?.severity === 'success').map((e) => e?.id)).toEqual([]);
      expect(cardText(card)).not.toMatch(/0x00000000/);
    }
  });

  it('shows inferred steps as suggestions', () => {
    const card = JSON.stringify(buildCard(renderer, ask('0x411')).content);
    expect(card).toMatch(/Suggestion: To speed that up/);
    expect(card).toMatch(/not stated by Microsoft; our inference/);
  });

  it("shows a team's additions as theirs", () => {
    const withTeam = loadCatalog({ teamDir: join(findProjectRoot(), 'examples', 'team-catalog') });
    const reply = buildReply(projectRenderer(), ask('0x409', { catalog: withTeam }));
    const json = JSON.stringify(reply.attachments[0].content);
    expect(json).toMatch(/★ from your team/);
    expect(json).toMatch(/#pki-oncall/);
    expect(validate(reply.attachments[0].content)).toEqual([]);
  });

  it('marks severity clearly', () => {
    const card = buildCard(renderer, ask('event 20502')).content as {
      body: Array<{ style?: string }>;
    };
    expect(card.body[0].style).toBe('attention');
  });
});
