import type { Condition } from '../../src/watch/chain-status';
import { openAlerts, planAlerts, type AlertRecord } from '../../src/watch/plan-alerts';

const cond = (key: string): Condition => ({
  key,
  kind: 'connector-stale',
  subject: { id: key, name: key },
  facts: {},
});
const rec = (
  key: string,
  state: 'open' | 'cleared',
  openedAt = '2026-12-01T00:00:00Z'
): AlertRecord => ({
  key,
  state,
  openedAt,
  condition: cond(key),
});
const NOW = '2026-12-08T00:00:00Z';

describe('planAlerts: open once, clear once', () => {
  it.each<[string, AlertRecord[], string[], string[], string[]]>([
    ['nothing before, nothing now', [], [], [], []],
    ['a condition starts', [], ['a'], ['a'], []],
    ['it still holds: nothing again', [rec('a', 'open')], ['a'], [], []],
    ['it ends: back to normal once', [rec('a', 'open')], [], [], ['a']],
    ['after clearing, still fine: nothing', [rec('a', 'cleared')], [], [], []],
    ['it comes back after clearing: alerts again', [rec('a', 'cleared')], ['a'], ['a'], []],
    [
      'one starts while another ends and a third holds',
      [rec('a', 'open'), rec('b', 'open')],
      ['b', 'c'],
      ['c'],
      ['a'],
    ],
  ])('%s', (_name, records, now, opened, cleared) => {
    const plan = planAlerts(records, now.map(cond), NOW);
    expect(plan.open.map((r) => r.key)).toEqual(opened);
    expect(plan.clear.map((r) => r.key)).toEqual(cleared);
  });

  it('stamps opened and cleared records with the time of the check', () => {
    const plan = planAlerts([rec('a', 'open', '2026-11-01T00:00:00Z')], [cond('b')], NOW);
    expect(plan.open[0]).toMatchObject({ state: 'open', openedAt: NOW });
    expect(plan.clear[0]).toMatchObject({
      state: 'cleared',
      openedAt: '2026-11-01T00:00:00Z',
      clearedAt: NOW,
    });
  });

  it('a sequence of checks sends one alert and one recovery, whatever repeats', () => {
    let records: AlertRecord[] = [];
    const sent: string[] = [];
    for (const holds of [false, true, true, true, false, false, true, false]) {
      const plan = planAlerts(records, holds ? [cond('x')] : [], NOW);
      sent.push(...plan.open.map(() => 'alert'), ...plan.clear.map(() => 'normal'));
      const changed = new Map([...plan.open, ...plan.clear].map((r) => [r.key, r]));
      records = [...records.filter((r) => !changed.has(r.key)), ...changed.values()];
    }
    expect(sent).toEqual(['alert', 'normal', 'alert', 'normal']);
  });
});

describe('openAlerts', () => {
  it('lists what is open, oldest first', () => {
    const list = openAlerts([
      rec('b', 'open', '2026-12-03T00:00:00Z'),
      rec('a', 'cleared'),
      rec('c', 'open', '2026-12-02T00:00:00Z'),
    ]);
    expect(list.map((r) => r.key)).toEqual(['c', 'b']);
  });
});
