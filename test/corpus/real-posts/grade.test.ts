import { gradeShown, matchesId, readShown, type Shown } from './grade';
import type { Expectation } from './real-post';
import type { Answer } from '../../../src/engine';

const expectation = (e: Partial<Expectation>): Expectation => ({
  lead: [],
  acceptable: [],
  mustNotLead: [],
  ...e,
});
const shown = (lead: string[], leadMarked: boolean, rest: string[] = []): Shown => ({
  lead,
  leadMarked,
  all: [...lead, ...rest],
});

describe('matchesId', () => {
  it.each([
    ['ndes-ca:message:gatewaytimeout', 'ndes-ca:message:gatewaytimeout', true],
    ['ndes-ca:message:gatewaytimeout', 'ndes-ca:message:taken-under-submission', false],
    ['windows:code:0x8010002C', 'code:0x8010002c', true],
    ['ca:code:0x80094800', 'code:0x80094800', true],
    ['win:0x80094003', 'code:0x80094003', true],
    ['win:0x80094003', 'event:0x80094003', false],
    ['legacy-connector:event:10102', 'legacy-connector:', true],
    ['certificate-connector:event:1001', 'legacy-connector:', false],
    ['windows:code:0x80070005@setup', 'windows:code:0x80070005', true],
    ['windows:code:HTTP 403@device', 'windows:code:HTTP 403@device', true],
    ['windows:code:HTTP 403@intune', 'windows:code:HTTP 403@device', false],
    ['windows:code:HTTP 403', 'windows:code:HTTP 403@device', false],
    ['windows:code:HTTP 403', 'windows:code:http 403', true],
    ['device:event:32', 'event:32', true],
    ['device:event:320', 'event:32', false],
  ])('%s against %s is %s', (id, pattern, result) => {
    expect(matchesId(id, pattern)).toBe(result);
  });
});

describe('gradeShown', () => {
  const want = expectation({
    lead: ['ndes-ca:message:denied-by-policy-module'],
    acceptable: ['windows:code:0x80094800'],
    mustNotLead: ['topics:topic:pkcs-profile-stuck-pending'],
  });

  it.each([
    ['an expected entry leads', shown(['ndes-ca:message:denied-by-policy-module'], false), 'right'],
    [
      'the expected entry is in the lead group of a finding',
      shown(['certificate-connector:event:1001', 'ndes-ca:message:denied-by-policy-module'], false),
      'right',
    ],
    [
      'an acceptable entry leads, the expected one second',
      shown(['windows:code:0x80094800'], false, ['ndes-ca:message:denied-by-policy-module']),
      'partial',
    ],
    ['an acceptable entry leads alone', shown(['windows:code:0x80094800'], false), 'partial'],
    [
      'another entry leads unmarked, the expected one second',
      shown(['topics:topic:connector-proxy-network'], false, [
        'ndes-ca:message:denied-by-policy-module',
      ]),
      'wrong',
    ],
    ['a must-not entry leads', shown(['topics:topic:pkcs-profile-stuck-pending'], false), 'wrong'],
    [
      'the expected entry only as a closest match',
      shown(['ndes-ca:message:denied-by-policy-module'], true),
      'partial',
    ],
    [
      'the expected entry among suggestions behind another closest match',
      shown(['topics:topic:connector-health-check'], true, [
        'ndes-ca:message:denied-by-policy-module',
      ]),
      'partial',
    ],
    [
      'only marked entries, none expected',
      shown(['topics:topic:pkcs-profile-stuck-pending'], true),
      'nothing',
    ],
    ['nothing at all', shown([], true), 'nothing'],
  ])('%s', (_title, what, grade) => {
    expect(gradeShown(want, what).grade).toBe(grade);
  });

  it('grades an item whose answer the catalog lacks as wrong or nothing, never right', () => {
    const missing = expectation({ missing: 'CA event 42: chain cannot be built' });
    expect(gradeShown(missing, shown(['windows:code:0x80070005'], false)).grade).toBe('wrong');
    expect(gradeShown(missing, shown(['windows:code:0x80070005'], true)).grade).toBe('nothing');
  });

  it('writes the lead with ≈ for marked ids and ∅ for none', () => {
    expect(gradeShown(want, shown(['a:topic:b'], true)).lead).toBe('≈a:topic:b');
    expect(gradeShown(want, shown(['a:event:1', 'a:code:2'], false)).lead).toBe(
      'a:event:1 + a:code:2'
    );
    expect(gradeShown(want, shown([], true)).lead).toBe('∅');
  });
});

describe('readShown', () => {
  const ref = (id: string) => ({ id }) as never;
  it('reads a help answer as marked closest matches, or nothing when help was asked', () => {
    const vague = { kind: 'help', reason: 'vague', closest: [ref('x:topic:a'), ref('x:topic:b')] };
    expect(readShown(vague as unknown as Answer)).toEqual({
      lead: ['x:topic:a'],
      leadMarked: true,
      all: ['x:topic:a', 'x:topic:b'],
    });
    const asked = { kind: 'help', reason: 'asked', closest: [] };
    expect(readShown(asked as unknown as Answer).lead).toEqual([]);
  });

  it('reads a named lookup unmarked, a keyword match and suggestions marked', () => {
    const named = {
      kind: 'lookup',
      basis: 'named',
      items: [
        { type: 'entry', via: 'code', entry: { id: 'w:code:1' } },
        { type: 'entry', via: 'keyword', entry: { id: 't:topic:x' } },
      ],
    };
    expect(readShown(named as unknown as Answer)).toEqual({
      lead: ['w:code:1'],
      leadMarked: false,
      all: ['w:code:1', 't:topic:x'],
    });
    const unknown = {
      kind: 'lookup',
      basis: 'named',
      items: [{ type: 'unknown', token: '0x1', suggestions: [ref('w:code:2')] }],
    };
    expect(readShown(unknown as unknown as Answer).leadMarked).toBe(true);
    const generic = {
      kind: 'lookup',
      basis: 'named',
      items: [{ type: 'windows', code: { key: '0x80094003' } }],
    };
    expect(readShown(generic as unknown as Answer).lead).toEqual(['win:0x80094003']);
  });

  it('reads a log answer: the first finding with an event or code leads', () => {
    const log = {
      kind: 'log',
      findings: [
        { codes: [], windows: [], unknown: [{ kind: 'code', text: '0x1' }] },
        { event: ref('c:event:4005'), codes: [ref('c:code:9')], windows: [{ key: '0x2' }] },
      ],
      details: [ref('t:topic:y')],
    };
    expect(readShown(log as unknown as Answer)).toEqual({
      lead: ['c:event:4005', 'c:code:9', 'win:0x2'],
      leadMarked: false,
      all: ['c:event:4005', 'c:code:9', 'win:0x2', 't:topic:y'],
    });
  });
});
