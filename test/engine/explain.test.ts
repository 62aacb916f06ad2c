import fc from 'fast-check';
import { hexKey, normalizeHexDigits } from '../../src/catalog/code-keys';
import type { Answer } from '../../src/engine';
import { helpExamples } from '../../src/presentation/words/phrases';
import { answerIds, ask, builtInCatalog, foundKeys, lookup } from '../helpers/answers';
import { identified } from '../helpers/identified';

const catalog = builtInCatalog();

describe('codes in any form', () => {
  it.each([
    ['0x411', '0x00000411'],
    ['0x0411', '0x00000411'],
    ['0x00000411', '0x00000411'],
    ['0X00000411', '0x00000411'],
    ['what is 0x411', '0x00000411'],
    ['what is 0x411?', '0x00000411'],
    ['０ｘ４１１', '0x00000411'],
    ['diag code 411', '0x00000411'],
    ['0x0FFFFFFF', '0x0FFFFFFF'],
    ['0x0FFFFFFFF', '0x0FFFFFFF'],
    ['0xFFFFFFF', '0x0FFFFFFF'],
    ['0xFFFFFFFF', '0x0FFFFFFF'],
    ['0x0', '0x00000000'],
    ['0x410', '0x00000410'],
    ['0x00000408', '0x00000408'],
  ])('%s → %s', (input, key) => {
    expect(foundKeys(lookup(input))).toEqual([key]);
  });

  it.each(['0x406', '0x407', '0x40A', '0x0000040A', '0x40F', '0x40f'])(
    '%s is not in the catalog (no arithmetic)',
    (input) => {
      const answer = lookup(input);
      expect(answer.items).toHaveLength(1);
      const item = answer.items[0];
      expect(item.type).toBe('unknown');
      if (item.type !== 'unknown') return;
      expect(item.token).toBe(input);
      expect(item.tokenKind).toBe('code');
      expect(item.suggestions.length).toBeGreaterThan(0);
      for (const s of item.suggestions) expect(catalog.byId.has(s.id)).toBe(true);
    }
  );
});

describe('events in any form', () => {
  it.each([
    'event 20502',
    'Event 20502',
    'Event ID: 20502',
    'EventID 20502',
    'Event-ID 20502',
    'イベント 20502',
    'イベント20502',
    'イベント ID 20502',
    'ID 20502',
    'id: 20502',
    '20502',
    'why do I see 20502 on my NDES box',
  ])('%s → 20502', (input) => {
    expect(foundKeys(lookup(input))).toEqual(['20502']);
  });

  it('says an unknown event is not in the catalog and offers the nearest events', () => {
    const answer = lookup('event 20503');
    expect(answer.items).toHaveLength(1);
    const item = answer.items[0];
    expect(item).toMatchObject({ type: 'unknown', token: '20503', tokenKind: 'event' });
    if (item.type === 'unknown')
      expect(item.suggestions.map((s) => s.key)).toEqual(['20502', '20501', '20500']);
  });

  it('says when the connector version a question names is older than an entry needs', () => {
    const entry = (text: string) => {
      const answer = ask(text);
      if (answer.kind !== 'lookup' || answer.items[0].type !== 'entry') throw new Error(text);
      return answer.items[0].entry;
    };
    expect(entry('our connector is 6.2301.1.0, does KB5014754 apply?')).toMatchObject({
      minConnectorVersion: '6.2406.0.1001',
      olderConnector: '6.2301.1.0',
    });
    expect(entry('connector 6.2406.0.1002 and KB5014754').olderConnector).toBeUndefined();
    expect(entry('KB5014754').olderConnector).toBeUndefined();
  });

  it('does not offer the same number as nearest when another source ruled it out', () => {
    const answer = ask('event 10 Microsoft-Windows-CAPI2');
    if (answer.kind !== 'lookup' || answer.items[0].type !== 'unknown') throw new Error('unknown');
    expect(answer.items[0].suggestions.map((s) => s.key)).not.toContain('10');
    // Another source's event has no neighbours in our catalogs worth pointing at.
    const schannel = ask('Schannel event 36887 on NDES server');
    if (schannel.kind !== 'lookup' || schannel.items[0].type !== 'unknown')
      throw new Error('unknown');
    expect(schannel.items[0].suggestions).toEqual([]);
  });

  it('ignores numbers that are neither events nor marked as events', () => {
    expect(identified(ask('we have 250 devices and 3 laptops'))).toEqual(['help']);
  });

  it.each([
    ['EventID20502', '20502'],
    ['event20502', '20502'],
    ['イベントID20502', '20502'],
    ['what does 4005 mean', '4005'],
    ['got 4001 on ndes again', '4001'],
  ])('reads %s as event %s', (input, key) => {
    expect(foundKeys(lookup(input))).toEqual([key]);
  });

  it.each(['we have 1000 devices', 'it failed 3000 times', 'process id 1234', 'thread id 20502'])(
    'does not take a count or another id for an event: %s',
    (input) => {
      const answer = ask(input);
      const items = answer.kind === 'lookup' ? answer.items : [];
      expect(items.filter((i) => i.type !== 'entry' || i.via === 'event')).toEqual([]);
    }
  );
});

describe('names', () => {
  it.each([
    ['CRPSCEPChallenge_Expired', '0x00000411'],
    ['crpscepchallenge_expired', '0x00000411'],
    ['RevokeCert_Failure', '20202'],
    ['revokecert_failure', '20202'],
    ['Unknown_Error', '0x0FFFFFFF'],
    ['PkcsCertIssue_Failure please', '20102'],
    ['Success', '0x00000000'],
  ])('%s → %s', (input, key) => {
    expect(foundKeys(lookup(input))).toEqual([key]);
  });

  it('offers did-you-mean for a near miss', () => {
    const answer = lookup('CRPSCEPChalenge_Expired');
    expect(answer.items[0]).toMatchObject({ type: 'didYouMean', token: 'CRPSCEPChalenge_Expired' });
    if (answer.items[0].type === 'didYouMean')
      expect(answer.items[0].suggestions[0].name).toBe('CRPSCEPChallenge_Expired');
  });

  it('does not take prose for a name', () => {
    expect(foundKeys(lookup('the upload was a success yesterday'))).not.toContain('0x00000000');
  });
});

describe('keywords', () => {
  it.each([
    ['challenge expired', '0x00000411'],
    ['チャレンジ 期限切れ', '0x00000411'],
    ['チャレンジの期限切れとは', '0x00000411'],
    ['revoke access denied', '0x00000402'],
    ['signing certificate', 'signing-certificate-could-not-be-retrieved'],
    ['署名証明書', 'signing-certificate-could-not-be-retrieved'],
    ['pkcs ca unreachable', '0x00000400'],
    ['deserialize', '0x00000410'],
  ])('%s ranks %s first', (input, key) => {
    expect(foundKeys(lookup(input))[0]).toBe(key);
  });

  it('answers words the catalog does not know with help on what to send, and no matches', () => {
    expect(ask('banana smoothie recipe')).toMatchObject({
      kind: 'help',
      reason: 'vague',
      closest: [],
    });
  });

  it('labels keyword-only answers as closest matches, never as identified', () => {
    expect(lookup('challenge expired').basis).toBe('keywords');
    expect(lookup('what is 0x411').basis).toBe('named');
  });
});

describe('several things in one message', () => {
  it('answers each in order without duplicates', () => {
    expect(foundKeys(lookup('0x403 vs 0x404?'))).toEqual(['0x00000403', '0x00000404']);
    expect(foundKeys(lookup('0x404 and 0x403 and again 0x00000404'))).toEqual([
      '0x00000404',
      '0x00000403',
    ]);
  });

  it('mixes events, codes and unknowns in the order written', () => {
    const answer = lookup('event 20502 with diag 0x410 and sometimes 0x0FFFFFFFF, what is 0x40B?');
    expect(answer.items.map((i) => (i.type === 'entry' ? i.entry.key : `?${i.token}`))).toEqual([
      '20502',
      '0x00000410',
      '0x0FFFFFFF',
      '?0x40B',
    ]);
  });
});

describe('help', () => {
  it.each(['', '   ', 'help', 'HELP', '?', 'ヘルプ', '\n\t'])('%j gives help', (input) => {
    expect(ask(input).kind).toBe('help');
  });

  it('shows examples that the engine really answers', () => {
    for (const language of ['en', 'ja'] as const) {
      expect(helpExamples(language).length).toBeGreaterThan(2);
      for (const example of helpExamples(language))
        expect(foundKeys(lookup(example)).length).toBeGreaterThan(0);
    }
  });
});

describe('language', () => {
  it.each([
    ['0x411', undefined, 'en'],
    ['0x411', 'ja-JP', 'ja'],
    ['0x411', 'en-US', 'en'],
    ['0x411 とは', 'en-US', 'ja'],
    ['0x411 in English', 'ja-JP', 'en'],
    ['0x411 とは 英語で', undefined, 'en'],
    ['0x411 日本語で', 'en-US', 'ja'],
    ['what is 0x411 in Japanese', undefined, 'ja'],
  ])('%s with locale %s → %s', (input, locale, language) => {
    const answer = lookup(input, { locale });
    expect(answer.language).toBe(language);
    expect(foundKeys(answer)).toEqual(['0x00000411']);
  });

  it('writes the entry in the chosen language', () => {
    const item = lookup('0x411', { locale: 'ja-JP' }).items[0];
    if (item.type !== 'entry') throw new Error('no entry');
    expect(item.entry.meaning).toMatch(/チャレンジ/);
  });

  it('lets a forced language beat everything', () => {
    expect(lookup('チャレンジ 期限切れ', { language: 'en' }).language).toBe('en');
  });
});

describe('round trip for every catalog entry', () => {
  it.each(catalog.entries.filter((e) => e.kind === 'code').map((e) => [e.key, e]))(
    'code %s',
    (key, entry) => {
      const item = lookup(key).items[0];
      if (item.type !== 'entry') throw new Error(`${key} not found`);
      expect(item.entry.id).toBe(entry.id);
      for (const event of item.entry.relatedEvents) {
        const back = lookup(`event ${event.key}`).items[0];
        if (back.type !== 'entry') throw new Error(`event ${event.key} not found`);
        expect(back.entry.relatedCodes.map((c) => c.id)).toContain(entry.id);
      }
    }
  );

  it.each(catalog.entries.filter((e) => e.kind === 'event').map((e) => [e.key, e]))(
    'event %s',
    (key, entry) => {
      const answer = lookup(`event ${key}`);
      const item = answer.items.find((i) => i.type === 'entry' && i.entry.id === entry.id);
      if (!item || item.type !== 'entry') throw new Error(`event ${key} not found`);
      expect(item).toMatchObject({ via: 'event', token: key });
      for (const code of item.entry.relatedCodes) {
        const back = lookup(code.id).items[0];
        if (back.type !== 'entry') throw new Error(`${code.key} not found`);
        expect(back.entry.relatedEvents.map((e) => e.id)).toContain(entry.id);
      }
    }
  );

  it.each(catalog.entries.map((e) => [e.id]))('entry id %s opens that entry', (id) => {
    const item = lookup(id).items[0];
    expect(item).toMatchObject({ type: 'entry', via: 'id' });
    if (item.type === 'entry') expect(item.entry.id).toBe(id);
  });

  it('marks inferred steps so they are shown as suggestions', () => {
    const item = lookup('0x411').items[0];
    if (item.type !== 'entry') throw new Error('no entry');
    expect(item.entry.steps.some((s) => s.inference)).toBe(true);
    expect(item.entry.steps.some((s) => !s.inference)).toBe(true);
  });
});

describe('bad input never throws', () => {
  const junk = Array.from({ length: 30_000 }, (_, i) =>
    String.fromCharCode((i * 7919) % 0xffff)
  ).join('');
  it.each([
    ['empty', ''],
    ['30 KB of junk', junk],
    ['control characters', '\u0000\u0001\u0007\u001b[31m0x411\u001b[0m\u007f'],
    ['lone surrogates', '\ud800 0x411 \udfff\ud83d'],
    ['5,000 repeats of 0x', '0x'.repeat(5000)],
    ['a long run of digits', '9'.repeat(100_000)],
    ['a huge hex literal', '0x' + 'f'.repeat(100_000)],
    ['prototype keys', '__proto__ constructor toString hasOwnProperty'],
  ])('%s', (_name, input) => {
    const answer = ask(input);
    expect(['help', 'lookup', 'log']).toContain(answer.kind);
    for (const id of answerIds(answer)) expect(catalog.byId.has(id)).toBe(true);
  });

  it('still finds the code inside control characters', () => {
    expect(foundKeys(ask('\u0000\u0001\u0007\u001b[31m0x411\u001b[0m\u007f'))).toEqual([
      '0x00000411',
    ]);
  });

  it('treats non-strings as empty', () => {
    expect(ask(undefined as unknown as string).kind).toBe('help');
  });
});

describe('the answer never names an entry that is not in the catalog', () => {
  const pieces = fc.constantFrom(
    '0x',
    '0x4',
    '0x411',
    '0x40A',
    'event',
    'イベント',
    'ID',
    ':',
    ' ',
    '\n',
    '20502',
    '20503',
    '_',
    'Expired',
    'チャレンジ',
    '<',
    '>',
    '-',
    '4294967295',
    '0xFFFFFFFF',
    'help'
  );
  it('holds for arbitrary strings and catalog-shaped fragments', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.array(pieces, { maxLength: 60 }).map((a) => a.join(''))
        ),
        (text) => {
          const answer: Answer = ask(text);
          for (const id of answerIds(answer)) expect(catalog.byId.has(id)).toBe(true);
          if (answer.kind === 'lookup') {
            for (const item of answer.items) {
              // A code-shaped token is answered only by the entry those very digits name: never by a neighbour.
              if (
                item.type === 'entry' &&
                item.via === 'code' &&
                item.token.toLowerCase().startsWith('0x')
              ) {
                const named =
                  catalog.codesByKey.get(hexKey(normalizeHexDigits(item.token) as string)) ?? [];
                expect(named.map((e) => e.id)).toContain(item.entry.id);
              }
              if (item.type === 'unknown' && item.tokenKind === 'code') {
                expect(
                  catalog.codesByKey.has(hexKey(normalizeHexDigits(item.token) ?? item.token))
                ).toBe(false);
              }
            }
          }
        }
      ),
      { numRuns: 500 }
    );
  });
});
