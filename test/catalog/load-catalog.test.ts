import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CatalogError } from '../../src/catalog/catalog-error';
import { hexKey } from '../../src/catalog/code-keys';
import { loadCatalog } from '../../src/files/load-catalog';
import { LANGUAGES } from '../../src/catalog/catalog-types';

function catalogDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cd-catalog-'));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

const text = (s: string) => ({ en: s, ja: `${s} (ja)` });
const goodEntry = {
  kind: 'code',
  key: '0x00000001',
  name: 'Test_Code',
  severity: 'error',
  hops: { reportedBy: 'connector', faultAt: ['ca'] },
  summary: text('summary'),
  meaning: text('meaning'),
  steps: [text('step')],
};

describe('loadCatalog', () => {
  it('loads the built-in catalogs with every text in both languages', () => {
    const catalog = loadCatalog();
    expect(catalog.entries.length).toBeGreaterThanOrEqual(31);
    for (const entry of catalog.entries) {
      for (const lang of LANGUAGES) {
        expect(entry.summary[lang].length).toBeGreaterThan(0);
        expect(entry.meaning[lang].length).toBeGreaterThan(0);
        for (const step of entry.steps) expect(step[lang].length).toBeGreaterThan(0);
      }
      // Only an entry its file lists as named only may come without next steps.
      expect(entry.steps.length > 0 || entry.namedOnly).toBe(true);
      expect(entry.links.length).toBeGreaterThan(0);
      for (const link of entry.links) expect(link.url).toMatch(/^https:\/\//);
    }
  });

  it('names the file, the entry and the field of a schema error', () => {
    const dir = catalogDir({
      'bad.json': {
        id: 'bad',
        title: text('Bad'),
        entries: [goodEntry, { ...goodEntry, key: '0x2', severity: 'fatal' }],
      },
    });
    expect(() => loadCatalog({ builtinDir: dir })).toThrow(CatalogError);
    expect(() => loadCatalog({ builtinDir: dir })).toThrow(
      /bad\.json: entries\[1\] \(code 0x2\), field "severity": must be equal to one of the allowed values/
    );
  });

  it('names a missing required field', () => {
    const { meaning: _meaning, ...noMeaning } = goodEntry;
    const dir = catalogDir({ 'x.json': { id: 'x', title: text('X'), entries: [noMeaning] } });
    expect(() => loadCatalog({ builtinDir: dir })).toThrow(
      /x\.json: entries\[0\] \(code 0x00000001\), field "meaning": is required/
    );
  });

  it('rejects a related code that the catalog does not have', () => {
    const event = { ...goodEntry, kind: 'event', key: '1', codes: ['0x00000001', '0x00000002'] };
    const dir = catalogDir({
      'x.json': { id: 'x', title: text('X'), entries: [goodEntry, event] },
    });
    expect(() => loadCatalog({ builtinDir: dir })).toThrow(
      /entries\[1\] \(event 1\), field "codes\[1\]": 0x00000002 is not a code of catalog x/
    );
  });

  it('rejects malformed JSON with the file name', () => {
    const dir = catalogDir({ 'broken.json': '{ "id": ' });
    expect(() => loadCatalog({ builtinDir: dir })).toThrow(/broken\.json: not valid JSON/);
  });

  it('rejects an unknown link name', () => {
    const dir = catalogDir({
      'x.json': { id: 'x', title: text('X'), entries: [{ ...goodEntry, links: ['nowhere'] }] },
    });
    expect(() => loadCatalog({ builtinDir: dir })).toThrow(/field "links\[0\]": no link "nowhere"/);
  });

  it('does not let prototype keys match anything', () => {
    const catalog = loadCatalog();
    expect(catalog.byName.get('__proto__')).toBeUndefined();
    expect(catalog.byName.get('constructor')).toBeUndefined();
    expect(catalog.codesByKey.get(hexKey('toString'))).toBeUndefined();
    expect(catalog.byId.get('__proto__')).toBeUndefined();
  });

  it('fails clearly when the folder is missing', () => {
    const dir = join(tmpdir(), 'cd-missing-' + Date.now());
    expect(() => loadCatalog({ teamDir: dir })).toThrow(
      /cannot read the catalog folder.*CATALOG_DIR/
    );
    mkdirSync(dir);
  });
});
