import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findProjectRoot } from '../../src/files/project-root';

const root = findProjectRoot();

/** Runs the generator's check in a child process: it formats through prettier, which jest cannot load. */
function check(...args: string[]) {
  const script = join(root, 'scripts', 'generate-catalog-types.ts');
  return spawnSync(process.execPath, ['--import', 'tsx', script, '--check', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
}

describe('catalog file types', () => {
  it('are the ones generated from catalog/catalog.schema.json (run `npm run generate` after a schema change)', () => {
    const run = check();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('catches a types file that does not match the schema (the check is not a no-op)', () => {
    const stale = join(mkdtempSync(join(tmpdir(), 'cd-types-')), 'catalog-file.ts');
    writeFileSync(stale, 'export interface CatalogFile { id: string }\n');
    const run = check(stale);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/out of date/);
  });
});
