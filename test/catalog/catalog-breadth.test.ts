import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { createApp } from '../../src/app';
import { CatalogError } from '../../src/catalog/catalog-error';
import { loadConfig } from '../../src/config/load-config';
import type { LookupAnswer } from '../../src/engine';
import { loadCatalog } from '../../src/files/load-catalog';
import { findProjectRoot } from '../../src/files/project-root';
import { ask, builtInCatalog, foundKeys, lookup } from '../helpers/answers';

const root = findProjectRoot();
const catalog = builtInCatalog();
const ids = (answer: LookupAnswer) =>
  answer.items.flatMap((i) => (i.type === 'entry' ? [i.entry.id] : []));

describe("today's Certificate Connector", () => {
  const current = catalog.entries.filter((e) => e.catalogId === 'certificate-connector');

  it('holds every event of domain.md §2.3 with its log and task category', () => {
    const keys = current.map((e) => Number(e.key)).sort((a, b) => a - b);
    expect(keys).toHaveLength(61);
    for (const range of [1000, 2000, 3000, 4000, 5000])
      expect(keys.some((k) => k >= range && k < range + 1000)).toBe(true);
    for (const e of current) {
      expect(['Admin', 'Operational']).toContain(e.log);
      expect(['PKCS', 'PKCS Import', 'Revocation', 'SCEP', 'Connector Health']).toContain(
        e.taskCategory
      );
    }
    expect(catalog.catalogs.get('certificate-connector')?.channels).toEqual([
      'Microsoft-Intune-CertificateConnectors/Admin',
      'Microsoft-Intune-CertificateConnectors/Operational',
    ]);
  });

  it("uses the overview's description of every event: none is read from the name alone", () => {
    for (const e of current) expect(e.meaningInferred).toBe(false);
  });

  it('follows the overview where the old catalog did not (audit)', () => {
    const summary = (key: string) =>
      catalog.byId.get(`certificate-connector:event:${key}`)?.summary.en;
    expect(summary('2000')).toMatch(/downloaded PKCS Import/);
    expect(summary('3000')).toMatch(/downloaded revocation requests/);
    expect(summary('3001')).toMatch(/^Downloading revocation requests from Intune failed/);
    for (const key of ['1102', '1302', '2102', '3102'])
      expect(summary(key)).toMatch(/uploaded .* to Intune/);
    const steps = (key: string) =>
      (catalog.byId.get(`certificate-connector:event:${key}`)?.steps ?? [])
        .map((s) => s.en)
        .join(' ');
    expect(steps('3001')).not.toMatch(/Issue and Manage Certificates/);
    for (const key of ['1201', '1252', '1253'])
      expect(steps(key)).not.toMatch(/key storage provider/);
    for (const key of ['1001', '1201', '2001', '3001', '4001', '4002'])
      expect(steps(key)).not.toMatch(/validation script/i);
    for (const key of ['4001', '4005', '4007'])
      expect(steps(key)).not.toMatch(/Validate-NDESConfiguration/);
    for (const key of ['4001', '4005']) expect(steps(key)).not.toMatch(/\b201\b|\b204\b/);
    for (const key of ['5001', '5002']) expect(steps(key)).toMatch(/six months.*18 months/);
    for (const e of current) {
      for (const s of e.steps)
        if (/autoupdate\.msappproxy\.net/.test(s.en)) expect(['5001', '5002']).toContain(e.key);
    }
  });

  it('accepts both spellings of the SCEP success event', () => {
    expect(foundKeys(lookup('ScrepRequestSuccess'))).toEqual(['4000']);
    expect(foundKeys(lookup('ScepRequestSuccess'))).toEqual(['4000']);
  });

  it('points legacy events at the closest current events, as a labelled suggestion', () => {
    const item = lookup('event 20502').items[0];
    if (item.type !== 'entry') throw new Error('no entry');
    expect(item.entry.notice).toMatch(/stopped supporting it in September 2021/);
    expect(item.entry.related).toEqual([
      expect.objectContaining({ id: 'certificate-connector:event:4005', inference: true }),
    ]);
  });
});

describe('Windows, NDES and IIS codes', () => {
  it.each([
    ['0x80094800', '-2146875392'],
    ['0x800B0109', '2148204809'],
    ['0x800B0109', '-2146762487'],
    ['0x800706BA', 'WIN32: 1722'],
    ['0x80070057', 'error 87'],
    ['0x80004005', '-2147467259'],
    ['12175', '0x80072F8F'],
    ['1346', '0x80070542'],
  ])('%s and %s give the same answer', (hex, decimal) => {
    expect(ids(lookup(decimal))).toEqual(ids(lookup(hex)));
    expect(ids(lookup(hex))).toHaveLength(1);
  });

  it.each([
    ['CERTSRV_E_UNSUPPORTED_CERT_TYPE', '0x80094800'],
    ['error 12175', '12175'],
    ['HTTP 503', 'HTTP 503'],
    ['event 31', '31'],
    ['0x2AB0003', '0x2AB0003'],
  ])('%s → %s', (input, key) => {
    expect(foundKeys(lookup(input))).toEqual([key]);
  });

  it('explains an NDES event 31 paste and an IIS line', () => {
    const ndes = ask(
      'Log Name:      Application\nSource:        Microsoft-Windows-NetworkDeviceEnrollmentService\nEvent ID:      31\nLevel:         Error\nComputer:      NDES1.contoso.example\nDescription:\nThe Network Device Enrollment Service cannot submit the certificate request (0x80094800). 0x80004005'
    );
    if (ndes.kind !== 'log') throw new Error('not a log answer');
    expect(ndes.findings[0].event?.id).toBe('windows:event:31');
    expect(ndes.findings[0].codes.map((c) => c.key)).toEqual(['0x80094800', '0x80004005']);
    const xml31 = ask(
      '<Event xmlns="x"><System><Provider Name="Microsoft-Windows-NetworkDeviceEnrollmentService"/><EventID Qualifiers="0">31</EventID><Level>2</Level><Channel>Application</Channel></System><EventData Name="EVENT_MSCEP_FAIL_SUBMIT"><Data Name="ErrorCode">-2146875392</Data><Data Name="ErrorMessage">0x80004005</Data></EventData></Event>'
    );
    if (xml31.kind !== 'log') throw new Error('not a log answer');
    expect(xml31.findings[0].codes.map((c) => c.key)).toEqual(['0x80094800', '0x80004005']);
    const iis = ask(
      '2019-03-14 09:41:07 10.0.0.15 POST /CertificateRegistrationSvc/Certificate/VerifyRequest - 443 - 10.0.0.15 NDES_Plugin - 403 16 2148204809 453'
    );
    if (iis.kind !== 'log') throw new Error('not a log answer');
    expect(iis.findings[0].codes.map((c) => c.key)).toEqual(['HTTP 403.16', '0x800B0109']);
  });
});

describe('ambiguous numbers', () => {
  it('shows each meaning of event 1000, labelled with its catalog', () => {
    const answer = lookup('event 1000');
    expect(ids(answer)).toEqual([
      'certificate-connector:event:1000',
      'connector-setup:event:1000',
      'windows:event:1000',
    ]);
    for (const item of answer.items) expect(item).toMatchObject({ type: 'entry', ambiguous: true });
  });

  it('resolves event 1000 from the source in a paste', () => {
    const record = (source: string, text: string) =>
      `Log Name:      Application\nSource:        ${source}\nEvent ID:      1000\nLevel:         Error\nDescription:\n${text}`;
    const pick = (text: string) => {
      const answer = ask(text);
      return answer.kind === 'log' ? answer.findings[0]?.event?.id : undefined;
    };
    expect(pick(record('Microsoft-Intune-CertificateConnectors', 'PKCS request processed.'))).toBe(
      'certificate-connector:event:1000'
    );
    expect(pick(record('Application Error', 'Faulting application name: w3wp.exe'))).toBe(
      'windows:event:1000'
    );
    expect(
      pick(
        record(
          'Microsoft-Intune-CertificateConnectors',
          'The description for Event ID 1000 from source Microsoft-Intune-CertificateConnectors cannot be found.'
        )
      )
    ).toBe('connector-setup:event:1000');
    expect(pick(record('Some-Other-Provider', 'Something else.'))).toBeUndefined();
  });

  it('resolves a number from the channel named in a question', () => {
    expect(ids(lookup('event 1000 in Microsoft-Intune-CertificateConnectors/Admin'))).toEqual([
      'certificate-connector:event:1000',
    ]);
  });

  it('does not bring up the install message for other "cannot be found" questions', () => {
    expect(ids(lookup('thumbprint cannot be found - event 10302, about 1000 times'))).toEqual([
      'legacy-connector:event:10302',
    ]);
    expect(ids(lookup('Certificate could not be found on 1000 devices, code 0x404'))).toEqual([
      'legacy-connector:code:0x00000404',
    ]);
  });

  it.each([
    ['status code 403 on mscep.dll', 'windows:code:HTTP 403'],
    ['http 503', 'windows:code:HTTP 503'],
    ['code 403', 'legacy-connector:code:0x00000403'],
    ['diag code 411', 'legacy-connector:code:0x00000411'],
  ])('tells HTTP statuses from diagnostic codes: %s', (input, id) => {
    expect(ids(lookup(input))).toEqual([id]);
  });

  it('explains the harmless install message as harmless', () => {
    const answer = lookup(
      'Event ID 1000: The description for Event ID 1000 from source Microsoft-Intune-CertificateConnectors cannot be found'
    );
    expect(ids(answer)).toEqual(['connector-setup:event:1000']);
    const item = answer.items[0];
    if (item.type === 'entry') expect(item.entry.summary).toMatch(/^Harmless/);
  });
});

describe('team catalogs (CATALOG_DIR)', () => {
  const teamDir = join(root, 'examples', 'team-catalog');
  const withTeam = loadCatalog({ teamDir });

  it("extends an entry with the team's steps and links, marked as theirs", () => {
    const entry = withTeam.byId.get('legacy-connector:code:0x00000409');
    const teamSteps = entry?.steps.filter((s) => s.team) ?? [];
    expect(teamSteps.map((s) => s.en)).toEqual([expect.stringMatching(/#pki-oncall/)]);
    expect(entry?.links.filter((l) => l.team).map((l) => l.url)).toEqual([
      'https://wiki.fabrikam.example/pki/ndes-runbook',
    ]);
    expect(
      loadCatalog()
        .byId.get('legacy-connector:code:0x00000409')
        ?.steps.some((s) => s.team)
    ).toBe(false);
  });

  it('adds a new entry that the engine answers', () => {
    const answer = lookup('0x8007000D', { catalog: withTeam });
    const item = answer.items[0];
    if (item.type !== 'entry') throw new Error('not found');
    expect(item.entry).toMatchObject({ id: 'fabrikam-runbook:code:0x8007000D', team: true });
  });

  it('fails on a broken overlay naming file, entry and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-team-'));
    writeFileSync(
      join(dir, 'ours.json'),
      JSON.stringify({
        id: 'ours',
        title: { en: 'Ours', ja: 'ours' },
        entries: [
          {
            kind: 'code',
            key: '0x1',
            extends: 'legacy-connector:code:0x00000409',
            steps: [{ en: 'x' }],
          },
        ],
      })
    );
    expect(() =>
      createApp(loadConfig({ CATALOG_DIR: dir }), { logger: pino({ level: 'silent' }) })
    ).toThrow(CatalogError);
    expect(() => loadCatalog({ teamDir: dir })).toThrow(
      /ours\.json: entries\[0\] \(code 0x1\), field "steps\.0\.ja": is required/
    );
  });
});

describe('how-to topics and messages', () => {
  it('are named in Japanese on a Japanese card, not only in English', () => {
    const catalog = builtInCatalog();
    for (const entry of catalog.entries.filter((e) => e.kind === 'topic' || e.kind === 'message')) {
      expect(entry.title?.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      const answer = ask(entry.id, { language: 'ja' });
      if (answer.kind !== 'lookup' || answer.items[0].type !== 'entry')
        throw new Error(`${entry.id}: expected its entry`);
      expect(answer.items[0].entry.name).toBe(entry.title?.ja);
    }
  });
});
