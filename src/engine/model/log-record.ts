import type { HttpStatus, RecordContext } from './answer';

/** The log formats the readers understand. */
export type LogFormat =
  | 'event-viewer-text'
  | 'event-viewer-export'
  | 'event-xml'
  | 'trace-xml'
  | 'get-winevent-table'
  | 'get-eventlog-table'
  | 'powershell-list'
  | 'iis'
  | 'ndes-plugin'
  | 'evtx'
  | 'text-log';

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
  /**
   * The same record repeated (a reader may fold identical lines into one): how many, and the time
   * of the last one (`time` is the first's).
   */
  repeats?: { count: number; lastTime?: string };
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
  /**
   * A file read in pieces: the header line an earlier piece set and this one obeys (IIS
   * `#Fields:`, an Event Viewer export's column row), passed apart so the piece is not copied.
   */
  header?: string;
}

/** One format: a name and a reader that returns its records (none when the text is not in it). */
export interface LogReader {
  format: LogFormat;
  read(input: LogInput): LogRecord[];
  /** Skip this reader when that format already found records (copies of the same events). */
  unless?: LogFormat;
}
