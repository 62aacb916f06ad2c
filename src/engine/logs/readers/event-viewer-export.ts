import type { LogInput, LogRecord } from '../../model/log-record';
import { contextFrom } from './record-context';
import { levelFromName } from './event-record';

/**
 * Event Viewer's "Save All Events As…" CSV (comma) and text (tab-separated) files: a header row
 * `Level, Date and Time, Source, Event ID, Task Category` (English or Japanese), then one row per
 * event whose sixth field, the description, has no header and may span lines inside quotes. The
 * parser is one pass over the characters, so the cost is linear whatever the quoting.
 */

const HEADERS: ReadonlyArray<readonly string[]> = [
  ['level', 'date and time', 'source', 'event id', 'task category'],
  ['レベル', '日付と時刻', 'ソース', 'イベント id', 'タスクのカテゴリ'],
];

export function readEventViewerExport({ text, header }: LogInput): LogRecord[] {
  // A later piece of a file gets the column row as `header` and starts with rows.
  const fromHeader = header ? headerStart(header) : undefined;
  const start = fromHeader ? { at: 0, delimiter: fromHeader.delimiter } : headerStart(text);
  if (!start) return [];
  const records: LogRecord[] = [];
  for (const row of rows(text, start.at, start.delimiter)) {
    const [levelName, time, source, eventId, , ...rest] = row;
    const level = levelFromName(levelName);
    if (!level || !/^\d{1,6}$/.test((eventId ?? '').trim())) continue;
    const description = rest.join(start.delimiter).replace(/\r\n?/g, '\n').trim();
    const provider = source?.trim() || undefined;
    records.push({
      eventId: (eventId as string).trim(),
      provider,
      level,
      time: time?.trim() || undefined,
      text: description,
      context: {
        ...contextFrom(description),
        time: time?.trim() || undefined,
        level,
        source: provider,
      },
    });
  }
  return records;
}

/** Where the first data row starts, and the delimiter the header uses; undefined without a header. */
function headerStart(text: string): { at: number; delimiter: string } | undefined {
  const head = text.slice(0, 400).replace(/^\uFEFF/, '');
  const lineEnd = head.indexOf('\n');
  const line = (lineEnd < 0 ? head : head.slice(0, lineEnd)).trim().toLowerCase();
  for (const delimiter of [',', '\t']) {
    const cells = line.split(delimiter).map((c) => c.trim().replace(/^"|"$/g, ''));
    if (HEADERS.some((h) => h.every((name, i) => cells[i] === name))) {
      const offset = text.length - text.replace(/^\uFEFF/, '').length;
      return { at: offset + (lineEnd < 0 ? head.length : lineEnd + 1), delimiter };
    }
  }
  return undefined;
}

/**
 * The rows after the header: fields split on the delimiter; a quoted field may hold the delimiter,
 * line breaks and doubled quotes. Scans with indexOf, each character at most twice.
 */
function* rows(text: string, from: number, delimiter: string): Generator<string[]> {
  const n = text.length;
  let row: string[] = [];
  let i = from;
  let newline = -1;
  let nextDelimiter = -1;
  while (i < n) {
    let field: string;
    if (text[i] === '"') {
      field = '';
      let j = i + 1;
      for (;;) {
        const quote = text.indexOf('"', j);
        if (quote < 0) {
          field += text.slice(j);
          j = n;
          break;
        }
        field += text.slice(j, quote);
        if (text[quote + 1] === '"') {
          field += '"';
          j = quote + 2;
        } else {
          j = quote + 1;
          break;
        }
      }
      i = j;
      // Anything after the closing quote up to the next delimiter or line break is dropped.
    } else field = '';
    if (newline < i) {
      const nl = text.indexOf('\n', i);
      newline = nl < 0 ? n : nl;
    }
    if (nextDelimiter < i) {
      const d = text.indexOf(delimiter, i);
      nextDelimiter = d < 0 ? n : d;
    }
    const end = Math.min(newline, nextDelimiter);
    const afterQuote = i > from && text[i - 1] === '"' && field !== '';
    if (!afterQuote) field += text.slice(i, end);
    row.push(field.replace(/\r$/, ''));
    if (end === newline) {
      yield row;
      row = [];
    }
    i = end + 1;
  }
  if (row.length) yield row;
}
