import { digestDue, localTime } from '../../src/watch/plan-digest';

describe('localTime', () => {
  it.each<[string, string, string, number]>([
    ['2026-12-08T00:30:00Z', 'UTC', '2026-12-08', 0],
    ['2026-12-08T00:30:00Z', 'Asia/Tokyo', '2026-12-08', 9],
    ['2026-12-08T00:30:00Z', 'America/Los_Angeles', '2026-12-07', 16],
    ['2026-07-08T00:30:00Z', 'America/Los_Angeles', '2026-07-07', 17],
    ['2026-12-08T00:30:00Z', 'Not/A_Zone', '2026-12-08', 0],
    ['2026-12-08T00:30:00Z', '', '2026-12-08', 0],
  ])('%s in %p is %s, hour %d', (iso, zone, day, hour) => {
    expect(localTime(Date.parse(iso), zone)).toEqual({ day, hour });
  });
});

describe('digestDue', () => {
  it.each<[string, string, number, string | undefined, string | undefined]>([
    ['before the hour', '2026-12-08T08:59:00Z', 9, undefined, undefined],
    ['at the hour, never sent', '2026-12-08T09:00:00Z', 9, undefined, '2026-12-08'],
    ['later that day, sent yesterday', '2026-12-08T15:00:00Z', 9, '2026-12-07', '2026-12-08'],
    ['later that day, already sent', '2026-12-08T15:00:00Z', 9, '2026-12-08', undefined],
    ['just before midnight, sent', '2026-12-08T23:59:00Z', 9, '2026-12-08', undefined],
    ['hour 0, next day', '2026-12-09T00:00:00Z', 0, '2026-12-08', '2026-12-09'],
  ])('UTC, %s', (_name, iso, hour, last, due) => {
    expect(digestDue(Date.parse(iso), 'UTC', hour, last)).toBe(due);
  });

  it('follows the conversation’s time zone: 9:00 in Tokyo is 00:00 UTC', () => {
    expect(digestDue(Date.parse('2026-12-08T00:00:00Z'), 'Asia/Tokyo', 9, '2026-12-07')).toBe(
      '2026-12-08'
    );
    expect(
      digestDue(Date.parse('2026-12-07T23:59:00Z'), 'Asia/Tokyo', 9, '2026-12-07')
    ).toBeUndefined();
  });
});
