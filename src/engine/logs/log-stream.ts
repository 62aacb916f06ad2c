import type { Catalog, Language } from '../../catalog/catalog-types';
import type { LogAnswer } from '../model/answer';
import { Diagnosis } from './diagnosis';
import type { LogFormat, LogInput, LogReader, LogRecord } from '../model/log-record';
import { LOG_READERS, readRecords } from './read-records';
import { LineWindows } from './line-windows';
import { IisByteReader } from './readers/iis-bytes';
import { readTextLines } from './readers/text-lines';
import { CUTS, type StreamFormat } from './stream-cuts';

/** Text read before the format is chosen. */
const SNIFF_CHARS = 64 * 1024;
/** Text handed to a reader at a time: big enough to amortise, small enough to keep memory flat. */
const BATCH_CHARS = 1024 * 1024;
const IIS_HEADER =
  /^#Software: Microsoft Internet Information Services|^#Fields:[^\n]*\bsc-status\b/m;
/** Text held while waiting for a record to end; past it the text is cut anyway. */
const MAX_PENDING_CHARS = 4 * BATCH_CHARS;

/** readTextLines scans the text itself, never its lines. */
const NO_LINES: readonly string[] = [];
const TEXT_LINES: LogReader = { format: 'text-log', read: readTextLines };

/**
 * Reads a log file's text as it arrives and diagnoses it like a paste: a file of up to 1 MB is read
 * whole by every reader, as a paste is; a larger one takes the format its first 64 KB show (the
 * reader that finds most records there, else plain text lines) and is read in 1 MB pieces cut
 * between records, so memory stays flat whatever the size. Records go to
 * one Diagnosis, so the answer is the same a paste of the whole file would get.
 */
export class LogStream {
  private pending = '';
  private format?: StreamFormat;
  private carried = '';
  private retryAt = 0;
  private readonly diagnosis: Diagnosis;
  private chars = 0;
  /** A piece has been read already: the file is larger than one piece. */
  private readAny = false;
  /** UTF-8 bytes held until the format is known (pushBytes). */
  private heldBytes: Uint8Array[] = [];
  private heldLength = 0;
  private decoder?: InstanceType<typeof TextDecoder>;
  /** An IIS log read from its bytes. */
  private iisBytes?: IisByteReader;
  /** A plain text log read from its bytes, a window of lines at a time. */
  private textWindows?: LineWindows;

  /** Several files can share one diagnosis (a folder of IIS logs): pass it in. */
  constructor(catalog: Catalog, language: Language, diagnosis?: Diagnosis) {
    this.diagnosis = diagnosis ?? new Diagnosis(catalog, language, { bulk: true });
  }

  /** Adds the next piece of text. */
  push(text: string): void {
    this.pending += text;
    this.chars += text.length;
    if (!this.format && this.pending.length < SNIFF_CHARS) return;
    this.format ??= chooseFormat(this.pending);
    if (this.pending.length >= Math.max(BATCH_CHARS, this.retryAt)) this.readPending(false);
  }

  /**
   * Adds the next bytes of a UTF-8 file. A file of over one piece whose first 64 KB are an IIS log
   * is read from its bytes (IisByteReader: only the lines that can matter are decoded); anything
   * else is decoded and read as text, as push() reads it.
   */
  pushBytes(chunk: Uint8Array): void {
    if (this.iisBytes) return this.addIis(this.iisBytes.push(chunk));
    if (this.textWindows) return this.textWindows.push(chunk);
    if (this.decoder) return this.push(this.decoder.decode(chunk, { stream: true }));
    this.heldBytes.push(chunk);
    this.heldLength += chunk.length;
    if (this.heldLength >= BATCH_CHARS) this.chooseFromBytes();
  }

  private chooseFromBytes(): void {
    const held = this.heldBytes;
    this.heldBytes = [];
    const head = concatBytes(held, SNIFF_CHARS);
    const format = chooseFormat(new TextDecoder('utf-8').decode(head));
    if (format.reader.format === 'iis') {
      this.format = format;
      this.readAny = true;
      this.iisBytes = new IisByteReader();
      for (const chunk of held) this.addIis(this.iisBytes.push(chunk));
      return;
    }
    if (format.reader === TEXT_LINES) {
      // Plain text lines are read line by line: windows of whole lines give the same records.
      this.format = format;
      this.readAny = true;
      const windows = (this.textWindows = new LineWindows((text) => {
        // A plain input, not inputOf's: an object with a getter outlives its young text (V8 may
        // make it in the old generation), and each 64 KB window would then be kept to the next
        // full collection (50 MB more peak memory on a 100 MB log).
        for (const record of readTextLines({ text, lines: NO_LINES }))
          this.diagnosis.add(record, 'text-log');
      }));
      for (const chunk of held) windows.push(chunk);
      return;
    }
    this.decoder = new TextDecoder('utf-8');
    for (const chunk of held) this.push(this.decoder.decode(chunk, { stream: true }));
  }

  private addIis(records: LogRecord[]): void {
    for (const record of records) this.diagnosis.add(record, 'iis');
  }

  /** Adds records read elsewhere (a binary log) to the same diagnosis. */
  pushRecord(record: LogRecord, format: LogFormat): void {
    this.diagnosis.add(record, format);
  }

  /**
   * For readers that can tell before building a record: whether it is worth building. A record not
   * wanted is counted as read (passed over) here.
   */
  wants(
    fields: Pick<LogRecord, 'provider' | 'channel' | 'eventId' | 'level'>,
    format: LogFormat
  ): boolean {
    if (this.diagnosis.wants(fields)) return true;
    this.diagnosis.passOver(format);
    return false;
  }

  /** Reads what is left and returns the diagnosis. */
  end(): LogAnswer {
    if (this.iisBytes) this.addIis(this.iisBytes.end());
    else if (this.textWindows) this.textWindows.end();
    else if (this.heldBytes.length || this.decoder) {
      // A file of under one piece, or one read as text: the rest of its bytes as text.
      this.decoder ??= new TextDecoder('utf-8');
      for (const chunk of this.heldBytes) this.push(this.decoder.decode(chunk, { stream: true }));
      this.heldBytes = [];
      this.push(this.decoder.decode());
    }
    // A file of up to one piece is read as a paste is, by every reader, so one that mixes
    // formats (an IIS log and NDESPlugin.log put together) gets the paste's diagnosis.
    if (!this.readAny && this.pending) {
      const read = readRecords(this.pending);
      if (read) {
        for (const { record, format } of read.records) this.diagnosis.add(record, format);
        this.pending = '';
      }
    }
    if (this.pending) {
      this.format ??= chooseFormat(this.pending);
      this.readPending(true);
    }
    return this.diagnosis.finish();
  }

  /** Characters read so far. */
  get size(): number {
    return this.chars;
  }

  private readPending(final: boolean): void {
    const format = this.format as StreamFormat;
    let at = final ? this.pending.length : format.cut(this.pending);
    // No record boundary in 4 MB (one endless line, a block never closed): cut at the last line
    // break, or anywhere, so memory stays bounded and nothing is scanned twice.
    if (at <= 0 && this.pending.length >= MAX_PENDING_CHARS)
      at = this.pending.lastIndexOf('\n') + 1 || this.pending.length;
    if (at <= 0) {
      // Look again only once another piece has arrived, so the text is not rescanned per push.
      this.retryAt = this.pending.length + BATCH_CHARS;
      return;
    }
    this.retryAt = 0;
    this.readAny = true;
    const piece = this.pending.slice(0, at);
    this.pending = this.pending.slice(at);
    const input = format.header
      ? inputOf(piece, this.carried || undefined)
      : inputOf(this.carried ? `${this.carried}\n${piece}` : piece);
    for (const record of format.reader.read(input))
      this.diagnosis.add(record, format.reader.format);
    if (format.carry) this.carried = format.carry(piece, this.carried);
  }
}

/** The first `max` bytes of the chunks, as one array. */
function concatBytes(chunks: readonly Uint8Array[], max: number): Uint8Array {
  const out = new Uint8Array(
    Math.min(
      max,
      chunks.reduce((n, c) => n + c.length, 0)
    )
  );
  let at = 0;
  for (const chunk of chunks) {
    if (at >= out.length) break;
    const part = chunk.subarray(0, out.length - at);
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A reader's input whose lines are split only if the reader asks for them. */
function inputOf(text: string, header?: string): LogInput {
  let lines: string[] | undefined;
  return {
    text,
    header,
    get lines() {
      return (lines ??= text.split('\n'));
    },
  };
}

/** The format whose reader finds most records in the first piece; plain text lines when none does. */
function chooseFormat(text: string): StreamFormat {
  const head = text.slice(0, SNIFF_CHARS);
  // An IIS log says so in its header, even when its first requests are for other sites.
  if (IIS_HEADER.test(head)) {
    const iis = LOG_READERS.find((r) => r.format === 'iis') as LogReader;
    return { reader: iis, ...CUTS.iis };
  }
  let best: { reader: LogReader; records: number } | undefined;
  for (const reader of LOG_READERS) {
    const records = reader.read(inputOf(head)).length;
    if (records > (best?.records ?? 0)) best = { reader, records };
  }
  const reader = best?.reader ?? TEXT_LINES;
  return { reader, ...CUTS[reader.format] };
}
