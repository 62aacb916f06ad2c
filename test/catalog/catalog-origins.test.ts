import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogFile } from '../../src/catalog/catalog-file';
import { findProjectRoot } from '../../src/files/project-root';

const dir = join(findProjectRoot(), 'catalog');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && f !== 'catalog.schema.json')
  .map((f) => ({ f, data: JSON.parse(readFileSync(join(dir, f), 'utf8')) as CatalogFile }))
  .filter(({ data }) => data.origin);

describe('catalogs that state their origin', () => {
  it('include the generated and source-family catalogs', () => {
    expect(files.map(({ f }) => f)).toEqual(
      expect.arrayContaining(['apple.json', 'iis-status.json', 'third-party-ca.json'])
    );
  });

  it.each(files)(
    '$f: curated and named-only entries partition the file by their steps',
    ({ data }) => {
      const origin = data.origin;
      const own = data.entries.filter((e) => !e.extends);
      expect([...(origin?.curated ?? []), ...(origin?.namedOnly ?? [])].sort()).toEqual(
        own.map((e) => e.key).sort()
      );
      for (const e of own) expect((e.steps ?? []).length > 0).toBe(origin?.curated.includes(e.key));
      expect(origin?.sources.length).toBeGreaterThan(0);
    }
  );
});
