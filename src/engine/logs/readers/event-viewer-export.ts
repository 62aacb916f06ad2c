import type { LogInput, LogRecord } from '../../model/log-record';
import { contextFrom } from './record-context';
import { levelFromName } from './event-record';
import { parse } from 'csv-parse/sync';

/**
 * Event Viewer's "Save All Events As…" CSV (comma) and text (tab-separated) files: a header row
 * `Level, Date and Time, Source, Event ID, Task Category` (English or Japanese), then one row per
 * event whose sixth field, the description, has no header and may span lines inside quotes. Rows
 * are read with csv-parse (RFC 4180 quoting, linear cost) rather than by hand.
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

/** csv-parse's options for an export's rows: the description may hold extra delimiters unquoted. */
const ROW_OPTIONS = {
  relax_column_count: true,
  relax_quotes: true,
  skip_empty_lines: true,
  skip_records_with_error: true,
} as const;

/**
 * The rows after the header, read by csv-parse: a quoted field may hold the delimiter, line breaks
 * and doubled quotes, CRLF or LF. A paste or a file piece cut inside a quoted description is read
 * as if the quote closed at the end, as Event Viewer would have written it.
 */
function rows(text: string, from: number, delimiter: string): string[][] {
  const body = text.slice(from);
  let cutInQuotes = false;
  const read = (input: string): string[][] =>
    parse(input, {
      ...ROW_OPTIONS,
      delimiter,
      on_skip: (error) => {
        if (error?.code === 'CSV_QUOTE_NOT_CLOSED') cutInQuotes = true;
      },
    }) as string[][];
  const records = read(body);
  return cutInQuotes ? read(`${body}"`) : records;
}
