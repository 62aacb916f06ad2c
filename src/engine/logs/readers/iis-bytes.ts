import type { LogRecord } from '../../model/log-record';
import { ascii, follows, hashOf, isSpace, joined, sameKey } from './line-bytes';
import { type Columns, type IisFold, IisFolder, startColumns } from './iis-log';

const SPACE = 0x20;
const NEWLINE = 0x0a;
const MSCEP = [0x73, 0x63, 0x65, 0x70]; // "scep" after the m
const REGISTRATION = [...'certificateregistrationsvc'].map((c) => c.charCodeAt(0));
/** A line longer than this without a newline is read as it is, so memory stays bounded. */
const MAX_LINE_BYTES = 4 * 1024 * 1024;
const utf8 = new TextDecoder('utf-8');

/** A request folded from bytes: its key (as IisFolder keys it) and its last time, still as bytes. */
interface ByteFold {
  key: string;
  fold: IisFold;
  time: Uint8Array;
  timeLength: number;
  /** The time in `time` is later than the one in the record. */
  timeNewer: boolean;
}

/**
 * An IIS log in UTF-8 read from its bytes, with the answers of the text reader (readIisLog): each
 * line is judged from its bytes (a row of the NDES or registration URLs, in the `#Fields:` shape,
 * with a three-digit status), and a request already seen in the piece is counted without a string
 * being made. Only a new request, a `#` line, a line that is not a row and a line with non-ASCII
 * bytes are decoded, and those go through the text reader's own line reading (IisFolder), so both
 * paths fold into the same records.
 */
export class IisByteReader {
  private columns: Columns = startColumns();
  private rest: Uint8Array = new Uint8Array(0);
  private first = true;
  private folder = new IisFolder(this.columns);
  private byHash = new Map<number, ByteFold[]>();
  /** Folds whose last time is held as bytes only. */
  private dirty: ByteFold[] = [];
  private readonly starts = new Int32Array(64);
  private readonly ends = new Int32Array(64);
  private key = new Uint8Array(256);

  /** Reads the whole lines of the next bytes and returns their records (one piece). */
  push(chunk: Uint8Array): LogRecord[] {
    // A plain view (not a Buffer), so the line loops see one kind of array.
    let bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.first) {
      this.first = false;
      // The decoder the text path uses drops a byte-order mark; so does this reader.
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    }
    const last = bytes.lastIndexOf(NEWLINE);
    if (last < 0) {
      this.rest = joined(this.rest, bytes);
      if (this.rest.length >= MAX_LINE_BYTES) {
        this.line(this.rest, 0, this.rest.length);
        this.rest = new Uint8Array(0);
      }
      return this.piece();
    }
    let start = 0;
    if (this.rest.length) {
      const newline = bytes.indexOf(NEWLINE);
      const line = joined(this.rest, bytes.subarray(0, newline));
      this.line(line, 0, line.length);
      start = newline + 1;
    }
    while (start <= last) {
      const end = bytes.indexOf(NEWLINE, start);
      this.line(bytes, start, end);
      start = end + 1;
    }
    this.rest = new Uint8Array(bytes.subarray(last + 1)); // a copy: the chunk may be reused
    return this.piece();
  }

  /** Reads the last line (one without a newline) and returns its records. */
  end(): LogRecord[] {
    if (this.rest.length) this.line(this.rest, 0, this.rest.length);
    this.rest = new Uint8Array(0);
    return this.piece();
  }

  /** The records folded since the last piece; the next piece starts with the columns in force. */
  private piece(): LogRecord[] {
    this.settleTimes();
    const records = this.folder.records();
    this.columns = this.folder.columns;
    this.folder = new IisFolder(this.columns);
    this.byHash = new Map();
    this.dirty = [];
    return records;
  }

  private line(b: Uint8Array, s: number, e: number): void {
    const first = b[s];
    if (!(first >= 48 && first <= 57) || !this.row(b, s, e)) this.slowLine(b, s, e);
  }

  /** A line read as the text reader reads it, from its decoded text. */
  private slowLine(b: Uint8Array, s: number, e: number): void {
    // A row may repeat one folded from bytes: its time is brought up to date first.
    if (b[s] >= 48 && b[s] <= 57) this.settleTimes();
    const before = this.folder.lastAdded;
    this.folder.line(utf8.decode(b.subarray(s, e)));
    const added = this.folder.lastAdded;
    if (added && added !== before) this.index(added.key, added.fold);
    this.columns = this.folder.columns;
  }

  /**
   * A row read from its bytes; false when the line has a non-ASCII byte (the text reader then
   * reads it, trimming and matching as it does). A row that is not wanted is passed over.
   */
  private row(b: Uint8Array, s: number, e: number): boolean {
    const { columns, starts, ends } = this;
    let end = e;
    while (end > s && isSpace(b[end - 1])) end--;
    let relevant = false;
    let cells = 0;
    starts[0] = s;
    for (let i = s; i < end; i++) {
      const c = b[i];
      const kind = KIND[c];
      if (kind === PLAIN) continue;
      if (kind === OTHER) return false;
      if (kind === SPACE_KIND) {
        if (cells < 63) ends[cells] = i;
        cells++;
        if (cells < 64) starts[cells] = i + 1;
      } else if (!relevant) {
        relevant =
          (c | 0x20) === 0x6d ? follows(b, i + 1, e, MSCEP) : follows(b, i + 1, e, REGISTRATION);
      }
    }
    // Trailing whitespace after `end` may still hold a non-ASCII byte: the text path decides then.
    for (let i = end; i < e; i++) if (b[i] >= 0x80) return false;
    if (cells >= 63) return false; // more columns than this reader holds: the text reader reads it
    if (!relevant || cells + 1 !== columns.count) return true;
    ends[cells] = end;
    const status = columns.status;
    if (status < 0 || ends[status] - starts[status] !== 3) return true;
    for (let i = starts[status]; i < ends[status]; i++) if (b[i] < 48 || b[i] > 57) return true;
    // The key as IisFolder writes it: method, URI and the three statuses, space-separated.
    let length = 0;
    const fields = [columns.method, columns.uri, columns.status, columns.substatus, columns.win32];
    for (let f = 0; f < fields.length; f++) {
      if (f) length = this.putKey(length, SPACE);
      const col = fields[f];
      if (col < 0) continue;
      for (let i = starts[col]; i < ends[col]; i++) length = this.putKey(length, b[i]);
    }
    const hash = hashOf(this.key, length);
    const seen = this.byHash.get(hash)?.find((f) => sameKey(f.key, this.key, length));
    if (seen) {
      seen.fold.repeats.count++;
      this.setTime(seen, b);
      return true;
    }
    const cell = (col: number) => (col >= 0 ? ascii(b, starts[col], ends[col]) : '');
    const time = `${cell(columns.date)} ${cell(columns.time)}`.trim();
    const key = ascii(this.key, 0, length);
    const fold = this.folder.add(key, {
      method: cell(columns.method),
      uri: cell(columns.uri),
      status: cell(columns.status),
      substatus: cell(columns.substatus),
      win32: cell(columns.win32),
      time,
    });
    this.index(key, fold);
    return true;
  }

  private putKey(length: number, byte: number): number {
    if (length === this.key.length) {
      const bigger = new Uint8Array(length * 2);
      bigger.set(this.key);
      this.key = bigger;
    }
    this.key[length] = byte;
    return length + 1;
  }

  /** Keeps a repeat's time as bytes: `date time`, made a string once per piece. */
  private setTime(seen: ByteFold, b: Uint8Array): void {
    const { columns, starts, ends } = this;
    const date = columns.date;
    const time = columns.time;
    const dateLength = date >= 0 ? ends[date] - starts[date] : 0;
    const timeLength = time >= 0 ? ends[time] - starts[time] : 0;
    const length = dateLength + 1 + timeLength;
    if (seen.time.length < length) seen.time = new Uint8Array(length * 2);
    if (dateLength) seen.time.set(b.subarray(starts[date], ends[date]), 0);
    seen.time[dateLength] = SPACE;
    if (timeLength) seen.time.set(b.subarray(starts[time], ends[time]), dateLength + 1);
    seen.timeLength = length;
    if (!seen.timeNewer) this.dirty.push(seen);
    seen.timeNewer = true;
  }

  /** Writes the byte-held times into the records (before a piece ends or a line is decoded). */
  private settleTimes(): void {
    for (const f of this.dirty) {
      f.fold.repeats.lastTime = ascii(f.time, 0, f.timeLength).trim();
      f.timeNewer = false;
    }
    this.dirty = [];
  }

  private index(key: string, fold: IisFold): void {
    const codes = new Uint8Array(key.length);
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      if (c >= 0x80) return; // never the key of an ASCII row
      codes[i] = c;
    }
    const hash = hashOf(codes, codes.length);
    const entry = { key, fold, time: new Uint8Array(32), timeLength: 0, timeNewer: false };
    const list = this.byHash.get(hash);
    if (list) list.push(entry);
    else this.byHash.set(hash, [entry]);
  }
}

const PLAIN = 0;
const SPACE_KIND = 1;
/** `m`, `M` or `/`: where a relevant URL may start. */
const START = 2;
/** A non-ASCII byte: the line is read as text. */
const OTHER = 3;
const KIND = new Uint8Array(256);
KIND.fill(OTHER, 0x80);
KIND[SPACE] = SPACE_KIND;
KIND[0x6d] = KIND[0x4d] = KIND[0x2f] = START;
