import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogFile } from '../../src/catalog/catalog-file';
import { findProjectRoot } from '../../src/files/project-root';
import { builtInCatalog } from '../helpers/answers';

const root = findProjectRoot();
const file = JSON.parse(readFileSync(join(root, 'catalog', 'apple.json'), 'utf8')) as CatalogFile;
const catalog = builtInCatalog();
const code = (key: string) => catalog.byId.get(`apple:code:${key}`);

describe("Apple error codes (Apple's MDM Protocol Reference, Error Codes)", () => {
  it("holds Apple's SCEP and installation codes with Apple's names", () => {
    // Values read from Apple's table by hand, not from the data file.
    const expected: Array<[string, RegExp]> = [
      ['MCSCEPErrorDomain 22000', /Invalid key usage/],
      ['MCSCEPErrorDomain 22006', /Insufficient CACaps/],
      ['MCSCEPErrorDomain 22013', /Invalid PKIOperation response/],
      ['MCInstallationErrorDomain 4001', /Installation failure/],
      ['MCProfileErrorDomain 1009', /Profile installation failure/],
      ['MCCertificateErrorDomain 9006', /not an identity/],
      ['MCHTTPTransactionErrorDomain 23002', /Invalid server certificate/],
    ];
    for (const [key, name] of expected) expect(code(key)?.name).toMatch(name);
    const scep = file.entries.filter((e) => e.namespace?.name === 'MCSCEPErrorDomain');
    expect(scep.map((e) => e.namespace?.code)).toEqual(
      Array.from({ length: 14 }, (_, i) => String(22000 + i))
    );
  });

  it('keys every code by its domain, so no Apple number is indexed as a Windows code', () => {
    for (const e of file.entries.filter((x) => x.kind === 'code')) {
      expect(e.namespace?.kind).toBe('error-domain');
      expect(e.key).toBe(`${e.namespace?.name} ${e.namespace?.code}`);
    }
    expect(catalog.codesByKey.get('d:4001' as never)).toBeUndefined();
    expect(catalog.byNamespace.get('mcinstallationerrordomain:4001')?.[0].id).toBe(
      'apple:code:MCInstallationErrorDomain 4001'
    );
  });

  it('says which entries are curated and which are named only, and they partition the file', () => {
    const origin = file.origin;
    const keys = file.entries.map((e) => e.key).sort();
    expect([...(origin?.curated ?? []), ...(origin?.namedOnly ?? [])].sort()).toEqual(keys);
    for (const e of file.entries) {
      expect((e.steps ?? []).length > 0).toBe(origin?.curated.includes(e.key));
    }
    expect(code('MCSCEPErrorDomain 22013')?.namedOnly).toBe(false);
    expect(code('MCPayloadErrorDomain 2003')?.namedOnly).toBe(true);
  });

  it("marks a message's tie to a code as our reading, never as Apple's", () => {
    for (const e of file.entries.filter((x) => x.kind === 'message')) {
      expect(e.meaningInferred).toBe(true);
      expect(e.related?.every((r) => r.inference)).toBe(true);
    }
  });
});
