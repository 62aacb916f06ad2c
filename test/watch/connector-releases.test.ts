import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConnectorReleases } from '../../src/files/load-connector-releases';
import { judgeVersion } from '../../src/watch/support-window';

describe('data/connector-releases.json', () => {
  const releases = loadConnectorReleases();

  it('lists the unified connector from its first release, newest first', () => {
    expect(releases.length).toBeGreaterThanOrEqual(15);
    expect(releases[releases.length - 1]).toEqual({
      version: '6.2107.45.0',
      released: '2021-07-29',
    });
    const days = releases.map((r) => r.released);
    expect(days).toEqual([...days].sort().reverse());
  });

  it('reproduces the overview page’s own example: 6.2202.38.0 leaves support on 4 Nov 2022', () => {
    // "when 6.2203.12.0 released on May 4, 2022, the previous version 6.2202.38.0 drops from
    // support on November 4, 2022 … should continue to function until November 2023".
    const before = judgeVersion('6.2202.38.0', releases, '2022-11-03');
    expect(before).toMatchObject({ kind: 'superseded', supportEnds: '2022-11-04' });
    const after = judgeVersion('6.2202.38.0', releases, '2022-11-04');
    expect(after).toMatchObject({ kind: 'out-of-support', supportEnded: '2022-11-04' });
    expect(after.kind === 'out-of-support' && after.worksUntil.slice(0, 7)).toBe('2023-11');
  });

  it.each([
    ['not a list', '{"releases": {}}'],
    ['a bad date', '{"releases": [{"version": "6.1.1.1", "released": "2022-02-30"}]}'],
    ['a bad version', '{"releases": [{"version": "six", "released": "2022-02-01"}]}'],
    [
      'a version twice',
      '{"releases": [{"version": "6.1.1.1", "released": "2022-02-01"}, {"version": "6.1.1.1", "released": "2022-03-01"}]}',
    ],
  ])('refuses a file with %s', (_name, text) => {
    const dir = mkdtempSync(join(tmpdir(), 'releases-'));
    writeFileSync(join(dir, 'r.json'), text);
    expect(() => loadConnectorReleases(join(dir, 'r.json'))).toThrow(/release|list/);
  });
});
