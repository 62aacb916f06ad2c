import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogFile } from '../../src/catalog/catalog-file';
import { findProjectRoot } from '../../src/files/project-root';
import { answerIds, ask, builtInCatalog, diagnose } from '../helpers/answers';

const root = findProjectRoot();
const file = JSON.parse(
  readFileSync(join(root, 'catalog', 'iis-status.json'), 'utf8')
) as CatalogFile;
const catalog = builtInCatalog();
const entry = (code: string) => catalog.byId.get(`iis-status:code:HTTP ${code}`);
const HEADER =
  '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken';

describe('IIS substatus codes (KB 943891)', () => {
  it('holds the substatuses the Microsoft page lists, with their IIS names', () => {
    // Values read from the page by hand, not from the data file.
    const expected: Array<[string, RegExp]> = [
      ['401.1', /Logon failed/],
      ['401.504', /host name/],
      ['403.7', /Client certificate required/],
      ['403.12', /Mapper denied access/],
      ['403.13', /Client certificate revoked/],
      ['403.16', /untrusted or invalid/],
      ['403.17', /expired or is not yet valid/],
      ['404.15', /Query string too long/],
      ['500.19', /Configuration data is invalid/],
      ['502.3', /Forwarder connection error/],
      ['503.2', /Concurrent request limit/],
    ];
    for (const [code, name] of expected) expect(entry(code)?.name).toMatch(name);
    expect(file.entries).toHaveLength(105);
  });

  it('says in its origin which entries are curated and which are named only, and they partition the file', () => {
    const origin = file.origin;
    expect(origin?.curated).toEqual(
      expect.arrayContaining(['HTTP 403.16', 'HTTP 403.7', 'HTTP 500.19', 'HTTP 404.15'])
    );
    const keys = file.entries.map((e) => e.key).sort();
    expect([...(origin?.curated ?? []), ...(origin?.namedOnly ?? [])].sort()).toEqual(keys);
    for (const e of file.entries) {
      const curated = origin?.curated.includes(e.key);
      expect((e.steps ?? []).length > 0).toBe(curated);
    }
    expect(entry('404.7')?.namedOnly).toBe(true);
    expect(entry('403.16')?.namedOnly).toBe(false);
  });

  it('never calls a client-certificate substatus the expected browser 403', () => {
    for (const code of ['403.7', '403.12', '403.13', '403.16', '403.17']) {
      const e = entry(code);
      expect(e?.severity).toBe('error');
      const text = [e?.summary.en, ...(e?.steps ?? []).map((s) => s.en)].join(' ');
      expect(text).not.toMatch(/\bis expected\b|想定どおりです/);
    }
  });

  it('keeps 500.0 and 503.0 on the curated HTTP 500 and 503', () => {
    expect(catalog.byId.get('windows:code:HTTP 500')?.aliases).toContain('HTTP 500.0');
    expect(catalog.byId.get('windows:code:HTTP 503')?.aliases).toContain('HTTP 503.0');
    expect(entry('500.0')).toBeUndefined();
  });

  it("reads NDES_Plugin's 403 16 in an IIS log as 403.16, with the untrusted-root code beside it", () => {
    const log = `${HEADER}\n2019-03-14 09:41:07 10.0.0.15 POST /CertificateRegistrationSvc/Certificate/VerifyRequest - 443 - 10.0.0.15 NDES_Plugin - 403 16 2148204809 453`;
    const ids = answerIds(diagnose(log));
    expect(ids[0]).toBe('iis-status:code:HTTP 403.16');
    expect(ids).toContain('windows:code:0x800B0109');
  });

  it("reads 500 0 as mscep.dll's curated 500 and 500.19 as a configuration error", () => {
    const log = `${HEADER}\n2019-03-14 09:42:10 10.0.0.15 GET /certsrv/mscep/mscep.dll operation=PKIOperation 443 - 10.0.0.15 Dalvik/2.1.0 - 500 0 0 359`;
    expect(answerIds(diagnose(log))[0]).toBe('windows:code:HTTP 500');
    const ids = answerIds(ask('HTTP Error 500.19 - Internal Server Error'));
    expect(ids[0]).toBe('iis-status:code:HTTP 500.19');
    expect(entry('500.19')?.summary.en).toMatch(/not mscep\.dll's own 500/);
  });
});

describe('IIS substatuses beside the statuses they detail', () => {
  it('are never offered as the nearest thing to another status', () => {
    // 200 and 204 are successes: a substatus of 400 or 403 is no neighbour of theirs.
    for (const text of ['IIS log: status 200 on GetCACaps, is that OK?', 'what is HTTP 418']) {
      const ids = answerIds(ask(text));
      expect(ids.some((id) => /^iis-status:code:HTTP \d{3}\.\d+$/.test(id))).toBe(false);
    }
  });
});
