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
