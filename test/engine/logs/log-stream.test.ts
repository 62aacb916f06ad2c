import { Diagnosis } from '../../../src/engine/logs/diagnosis';
import { LogStream } from '../../../src/engine/logs/log-stream';
import { readRecords } from '../../../src/engine/logs/read-records';
import { builtInCatalog } from '../../helpers/answers';
import { logFixture } from '../../helpers/fixtures';
import { iisLog, textLog } from '../../helpers/generate-logs';

/**
 * A file read in pieces gives the same findings as the whole text read at once: records are never
 * split between pieces, headers carry over, and identical IIS lines folded into one record still
 * count one by one.
 */
const catalog = builtInCatalog();

/** Findings as `id… ×count`, for comparison. */
function summary(answer: ReturnType<Diagnosis['finish']>): string[] {
  return answer.findings.map(
    (f) =>
      `${[f.event?.id, ...f.codes.map((c) => c.id), ...f.windows.map((w) => w.key)].filter(Boolean).join('+')} ×${f.count}`
  );
}

function whole(text: string) {
  const diagnosis = new Diagnosis(catalog, 'en', { bulk: true });
  for (const { record, format } of readRecords(text)?.records ?? []) diagnosis.add(record, format);
  return diagnosis.finish();
}

function inPieces(text: string, piece: number) {
  const stream = new LogStream(catalog, 'en');
  for (let at = 0; at < text.length; at += piece) stream.push(text.slice(at, at + piece));
  return stream.end();
}

/** A fixture repeated until the text passes `chars`, so it spans several 1 MB pieces. */
function repeated(fixture: string, chars: number, keepFirstLine = false): string {
  const text = logFixture(fixture);
  const [first, ...rest] = text.split('\n');
  const body = keepFirstLine ? rest.join('\n') : text;
  const parts = keepFirstLine ? [first] : [];
  let size = 0;
  while (size < chars) {
    parts.push(body);
    size += body.length;
  }
  return parts.join(keepFirstLine ? '\n' : '\n\n');
}

describe('a log read in pieces', () => {
  it.each([
    ['an IIS log', iisLog(3_000_000)],
    ['Event Viewer text', repeated('event-viewer-text-many.txt', 2_500_000)],
    ['Event Viewer XML', repeated('event-xml-many.xml', 2_500_000)],
    ['an Event Viewer CSV export', repeated('event-viewer-export.csv', 2_500_000, true)],
    ['an NDESPlugin.log', repeated('ndesplugin.log', 2_500_000)],
    ['a service trace log', repeated('crp.svclog', 2_500_000)],
  ])('%s gives the same findings as read whole', (_name, text) => {
    const expected = summary(whole(text));
    expect(expected.length).toBeGreaterThan(0);
    for (const piece of [65_536, 1_000_003])
      expect(summary(inPieces(text, piece))).toEqual(expected);
  });

  it('counts every record of a text log, and its failures', () => {
    const answer = inPieces(textLog(2_000_000), 300_000);
    expect(answer.findings[0]).toMatchObject({ severity: 'error' });
    expect(answer.findings[0].count).toBeGreaterThan(100);
  });
});

describe('a small file that mixes formats', () => {
  it('gets the diagnosis the same text gets pasted: every reader reads it', () => {
    for (const text of [
      logFixture('iis.log') + logFixture('ndesplugin.log'),
      logFixture('ndesplugin.log') + logFixture('iis.log'),
      logFixture('event-viewer-text.txt') + logFixture('iis.log'),
    ]) {
      const answer = inPieces(text, 4096);
      expect(answer.formats.length).toBeGreaterThan(1);
      expect(summary(answer)).toEqual(summary(whole(text)));
    }
  });
});

describe('a log whose start misleads', () => {
  const IIS_HEAD = [
    '#Software: Microsoft Internet Information Services 10.0',
    '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken',
  ].join('\n');
  const probe = (i: number) =>
    `2024-05-01 00:${String(i % 60).padStart(2, '0')}:00 10.0.0.5 GET /owa/healthcheck.htm - 443 - 10.0.0.9 HealthProbe/1.0 - 200 0 0 ${i % 50}`;
  const failure =
    '2024-05-01 10:00:00 10.0.0.5 GET /certsrv/mscep/mscep.dll/pkiclient.exe operation=GetCACaps 443 - 10.1.1.1 Dalvik/2.1 - 500 0 1346 15';

  it('reads an IIS log as IIS when its first 64 KB are requests for other sites', () => {
    const lines = [IIS_HEAD, ...Array.from({ length: 2_000 }, (_, i) => probe(i)), failure];
    const answer = inPieces(lines.join('\n'), 65_536);
    expect(answer.formats).toEqual(['iis']);
    expect(answer.findings.map((f) => f.http?.status)).toContain('500');
  });

  it('keeps the provider of each Get-WinEvent group when the table spans pieces', () => {
    const table = logFixture('get-winevent-table.txt');
    const [head, rows] = [table.slice(0, table.indexOf('-----------')), table.split('\n').slice(6)];
    const routine =
      '3/14/2019 7:59:12 AM         10010 Information      StartedConnectorService ...';
    // One provider group, then a second whose failures arrive only pieces later.
    const text = [
      head + table.slice(table.indexOf('-----------')).split('\n')[0],
      ...rows,
      '',
      '   ProviderName: Microsoft-Windows-CertificateServicesClient-CertEnroll',
      '',
      'TimeCreated                     Id LevelDisplayName Message',
      '-----------                     -- ---------------- -------',
      ...Array.from({ length: 40_000 }, () => routine),
      ...rows,
    ].join('\n');
    expect(summary(inPieces(text, 65_536))).toEqual(summary(whole(text)));
  });
});

describe('text with no record boundary', () => {
  it('holds a bounded amount while an endless line or an unclosed record streams in', () => {
    for (const [opening, filler] of [
      ['', 'x'.repeat(65_536)],
      ['<Event><System><EventID>20502</EventID></System><EventData><Data>', 'y'.repeat(65_536)],
    ]) {
      const stream = new LogStream(catalog, 'en');
      let most = 0;
      stream.push(opening);
      for (let i = 0; i < 320; i++) {
        stream.push(filler);
        most = Math.max(most, (stream as unknown as { pending: string }).pending.length);
      }
      const answer = stream.end();
      expect(answer.kind).toBe('log');
      // 20 MB went in; at most one 4 MB cut and one more piece were ever held.
      expect(most).toBeLessThanOrEqual(4 * 1024 * 1024 + 2 * 65_536);
    }
  });
});
