import type { HttpStatus, RecordContext } from '../answer';

/** The log formats the readers understand. */
export type LogFormat =
  | 'event-viewer-text'
  | 'event-xml'
  | 'trace-xml'
  | 'get-winevent-table'
  | 'get-eventlog-table'
  | 'powershell-list'
  | 'iis'
  | 'ndes-plugin';

/** One record read from a paste, whatever its format. */
export interface LogRecord {
  /** Decimal event id as written, when the format has one. */
  eventId?: string;
  /** Provider / Source name, when the format names it. */
  provider?: string;
  /** Log or channel name, when the format names it. */
  channel?: string;
  /** Event Viewer level, normalized: Error, Warning, Information, … */
  level?: string;
  time?: string;
  /** The free text of the record (description, message, data) where codes are looked for. */
  text: string;
  context: RecordContext;
  /** IIS lines: the HTTP status, substatus and win32 status columns. */
  http?: HttpStatus;
}

/** What a paste holds: the formats found, in table order, and every record with its format. */
export interface ReadResult {
  formats: LogFormat[];
  records: Array<{ record: LogRecord; format: LogFormat }>;
}

/** The paste, split once, as every reader receives it. */
export interface LogInput {
  text: string;
  lines: readonly string[];
}

/** One format: a name and a reader that returns its records (none when the text is not in it). */
export interface LogReader {
  format: LogFormat;
  read(input: LogInput): LogRecord[];
  /** Skip this reader when that format already found records (copies of the same events). */
  unless?: LogFormat;
}
