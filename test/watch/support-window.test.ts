import type { ConnectorRelease } from '../../src/watch/chain-status';
import {
  addMonths,
  compareVersions,
  judgeVersion,
  parseVersion,
} from '../../src/watch/support-window';

const HISTORY: ConnectorRelease[] = [
  { version: '6.2406.0.1001', released: '2024-09-19' },
  { version: '6.2510.3.2002', released: '2026-02-18' },
  { version: '6.2301.1.0', released: '2023-02-15' },
];

describe('judgeVersion', () => {
  it.each<[string, string, string, Record<string, string>]>([
    ['6.2510.3.2002', '2026-12-08', 'current', { latest: '6.2510.3.2002' }],
    ['6.2601.1.0', '2026-12-08', 'current', { latest: '6.2510.3.2002' }],
    [
      '6.2406.0.1001',
      '2026-03-01',
      'superseded',
      { supportEnds: '2026-08-18', worksUntil: '2027-08-18' },
    ],
    ['6.2406.0.1001', '2026-08-17', 'superseded', { supportEnds: '2026-08-18' }],
    ['6.2406.0.1001', '2026-08-18', 'out-of-support', { supportEnded: '2026-08-18' }],
    [
      '6.2301.1.0',
      '2025-06-01',
      'out-of-support',
      { supportEnded: '2025-03-19', latest: '6.2510.3.2002' },
    ],
    // A build missing from the history is judged by the release that followed it.
    [
      '6.2350.0.0',
      '2025-01-01',
      'superseded',
      { nextReleased: '2024-09-19', supportEnds: '2025-03-19' },
    ],
    ['5.0', '2025-01-01', 'out-of-support', { nextReleased: '2023-02-15' }],
  ])('%s on %s is %s', (version, today, kind, facts) => {
    expect(judgeVersion(version, HISTORY, today)).toMatchObject({ kind, ...facts });
  });

  it.each(['', 'latest', '6', '6.2406.0.1001.7', '1.2.x'])('cannot judge %p', (version) => {
    expect(judgeVersion(version, HISTORY, '2026-01-01')).toEqual({ kind: 'unknown' });
  });

  it('cannot judge without a history', () => {
    expect(judgeVersion('6.2406.0.1001', [], '2026-01-01')).toEqual({ kind: 'unknown' });
  });
});

describe('version arithmetic', () => {
  it.each<[string, string, number]>([
    ['6.2406.0.1001', '6.2510.3.2002', -1],
    ['6.2406.0.2002', '6.2406.0.1002', 1],
    ['6.2406.0', '6.2406.0.0', 0],
    ['6.10.0.0', '6.9.0.0', 1],
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareVersions(parseVersion(a)!, parseVersion(b)!))).toBe(sign);
  });

  it.each([
    ['2022-05-04', 6, '2022-11-04'],
    ['2025-07-22', 18, '2027-01-22'],
    ['2024-08-31', 6, '2025-03-03'],
  ])('%s + %d months = %s', (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });
});
