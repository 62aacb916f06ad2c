import type { RecordContext } from '../core/answer';

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
  http?: { status: string; substatus: string; win32: string; uri: string };
}

export interface ReadResult {
  /** A readable name of the format(s) found. */
  format: string;
  records: LogRecord[];
}
