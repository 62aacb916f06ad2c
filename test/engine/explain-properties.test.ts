import fc from 'fast-check';
import type { Answer } from '../../src/engine';
import { answerIds, ask, builtInCatalog } from '../helpers/answers';

const catalog = builtInCatalog();
/**
 * Never throws and names only real entries. Cost is checked where it can be without a clock: the
 * growth on adversarial input (bounded-cost.test.ts) and `npm run bench`; a blow-up here would
 * still run into jest's timeout.
 */
function check(text: string, locale?: string): Answer {
  const answer = ask(text, { locale });
  expect(['help', 'lookup', 'log', 'flow']).toContain(answer.kind);
  for (const id of answerIds(answer)) expect(catalog.byId.has(id)).toBe(true);
  return answer;
}

const eventId = fc.oneof(
  fc.constantFrom(...catalog.entries.filter((e) => e.kind === 'event').map((e) => e.key)),
  fc.integer({ min: 0, max: 99999 }).map(String)
);
const code = fc.oneof(
  fc.constantFrom(...catalog.entries.filter((e) => e.kind === 'code').map((e) => e.key)),
  fc.integer({ min: 0, max: 0xffffffff }).map((n) => `0x${n.toString(16).padStart(8, '0')}`),
  fc.integer({ min: -2147483648, max: 4294967295 }).map(String)
);
const field = fc.string({ maxLength: 40 });
const guid = fc.uuid();

const textRecord = fc
  .record({
    id: eventId,
    code,
    source: fc.constantFrom(
      'Microsoft Intune Connector Service',
      'Microsoft-Intune-CertificateConnectors',
      'Application Error',
      'Other'
    ),
    computer: field,
    device: guid,
    level: fc.constantFrom('Error', 'Warning', 'Information', ''),
  })
  .map(
    (r) =>
      `Log Name:      X\nSource:        ${r.source}\nDate:          3/14/2019 9:41:07 AM\nEvent ID:      ${r.id}\nLevel:         ${r.level}\nComputer:      ${r.computer}\nDescription:\nDevice ID: ${r.device}\nDiagnostic Code: ${r.code}\n`
  );
const xmlRecord = fc
  .record({ id: eventId, code, data: field, provider: field })
  .map(
    (r) =>
      `<Event xmlns="x"><System><Provider Name="${r.provider}"/><EventID Qualifiers="0">${r.id}</EventID><Level>2</Level></System><EventData><Data>${r.data}</Data><Data>${r.code}</Data></EventData></Event>`
  );
const tableRow = fc
  .record({ id: eventId, code, msg: field })
  .map((r) => `3/14/2019 9:41:07 AM  ${r.id} Error  ${r.msg} Diagnostic Code: ${r.code}`);
const iisLine = fc
  .record({
    status: fc.integer({ min: 100, max: 599 }),
    sub: fc.integer({ min: 0, max: 50 }),
    win32: fc.oneof(code, fc.constant('0')),
    uri: fc.constantFrom(
      '/CertificateRegistrationSvc/Certificate/VerifyRequest',
      '/certsrv/mscep/mscep.dll',
      '/x'
    ),
  })
  .map(
    (r) =>
      `2019-03-14 09:41:07 10.0.0.15 POST ${r.uri} - 443 - 10.0.0.15 NDES_Plugin - ${r.status} ${r.sub} ${r.win32} 453`
  );
const logShaped = fc
  .array(fc.oneof(textRecord, xmlRecord, tableRow, iisLine, field), { minLength: 1, maxLength: 12 })
  .map((parts) => {
    const header =
      'TimeCreated                     Id LevelDisplayName Message\n-----------                     -- ---------------- -------\n';
    return header + parts.join('\n');
  });
/** A log with pieces cut off or spliced at random places. */
const broken = fc
  .tuple(logShaped, fc.nat(), fc.nat())
  .map(([log, a, b]) => log.slice(a % (log.length + 1)) + log.slice(0, b % (log.length + 1)));

describe('explain() on generated input (fast-check)', () => {
  it('never throws, stays fast, names only real entries: arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 2000, unit: 'binary' }),
        fc.option(fc.constantFrom('ja-JP', 'en-US', 'xx')),
        (text, locale) => void check(text, locale ?? undefined)
      ),
      { numRuns: 300 }
    );
  });

  it('…on log-shaped strings, whole or broken', () => {
    fc.assert(
      fc.property(fc.oneof(logShaped, broken), (text) => void check(text)),
      { numRuns: 300 }
    );
  });

  it('finds every catalog event written as a text record from its own source', () => {
    const legacy = catalog.entries.filter(
      (e) => e.catalogId === 'legacy-connector' && e.kind === 'event'
    );
    fc.assert(
      fc.property(fc.constantFrom(...legacy), guid, (entry, device) => {
        const answer = check(
          `Log Name: Microsoft Intune Connector\nSource: Microsoft Intune Connector Service\nEvent ID: ${entry.key}\nDescription:\nDevice ID: ${device}\nDiagnostic Code: 0x00000000\n`
        );
        if (answer.kind !== 'log') throw new Error('not read as a log');
        expect(answer.findings[0].event?.id).toBe(entry.id);
        expect(answer.findings[0].context.deviceId).toBe(device);
      }),
      { numRuns: 100 }
    );
  });
});
