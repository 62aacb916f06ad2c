import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliChild } from '../helpers/cli-child';
import { BENCH_KINDS } from '../helpers/bench-files';

/**
 * The command line's memory on the bench's files: a file is read in pieces, so its peak resident
 * memory grows little with the file's size (the budget is 150 MB in all, which `npm run bench`
 * reports on 1 GB files; the CLI starts at about 120). Run from the sources, whose compiler adds
 * to the baseline, so the budget is checked on what the file adds: a 25 MB file against a 1 MB
 * one of the same kind.
 */
const GROWTH_MB = 30;
const dir = mkdtempSync(join(tmpdir(), 'cd-memory-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('peak memory of the command line on a large file', () => {
  it.each(BENCH_KINDS.map((k) => [k.name, k] as const))(
    '%s',
    async (name, kind) => {
      const path = (mb: number) => {
        const file = join(dir, `${name.replace(/[^a-z]+/gi, '-')}${mb}.bin`);
        kind.write(file, mb * 1_000_000);
        return file;
      };
      const small = await runCliChild([path(1), '--json']);
      const large = await runCliChild([path(25), '--json']);
      // The large file is read whole: it has over ten times the small one's records.
      expect(JSON.parse(large.stdout).answer.recordCount).toBeGreaterThanOrEqual(
        JSON.parse(small.stdout).answer.recordCount * 10
      );
      expect(large.peakRssMb - small.peakRssMb).toBeLessThan(GROWTH_MB);
    },
    60_000
  );
});
