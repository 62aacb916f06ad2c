import type { LogInput, LogRecord } from '../../model/log-record';
import { strayLineRecord } from './text-lines';

const DEFAULT_FIELDS =
  'date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken';
/** Lines about NDES or the certificate registration point; every other request is skipped unread. */
const RELEVANT = /\/CertificateRegistrationSvc|mscep/i;

/** Where each needed column sits, from a `#Fields:` line. */
export interface Columns {
  count: number;
  date: number;
  time: number;
  method: number;
  uri: number;
  status: number;
  substatus: number;
  win32: number;
}

function columnsOf(fields: string): Columns {
  const names = fields.trim().split(/\s+/);
  const at = (name: string) => names.indexOf(name);
  return {
    count: names.length,
    date: at('date'),
    time: at('time'),
    method: at('cs-method'),
    uri: at('cs-uri-stem'),
    status: at('sc-status'),
    substatus: at('sc-substatus'),
    win32: at('sc-win32-status'),
  };
}

/** One folded request: the record, and the key it was folded under. */
export type IisFold = LogRecord & { repeats: { count: number; lastTime?: string } };

/**
 * The IIS lines of one piece of a log, folded: identical requests (method, path and the three
 * status columns) become one record with a count and their first and last times; lines of other
 * logs are kept as text lines. Shared by the text reader and the byte reader (iis-bytes.ts), so
 * both read a line the same way.
 */
export class IisFolder {
  readonly folded = new Map<string, IisFold>();
  readonly strays: LogRecord[] = [];
  private readonly cells: string[] = [];
  /** The request added last, for a reader that indexes them (iis-bytes.ts). */
  lastAdded?: { key: string; fold: IisFold };

  constructor(public columns: Columns) {}

  /** Reads one line (without its newline). */
  line(line: string): void {
    const first = line.charCodeAt(0);
    if (first === 35 /* # */) {
      if (line.startsWith('#Fields:')) this.columns = columnsOf(line.slice(8));
      return;
    }
    // Every IIS row starts with its date; a line that doesn't is another log's, pasted alongside.
    if (!(first >= 48 && first <= 57)) {
      const stray = line.trim() ? strayLineRecord(line) : undefined;
      if (stray) this.strays.push(stray);
      return;
    }
    const { cells, columns } = this;
    if (!RELEVANT.test(line) || !splitInto(line.trim(), cells, columns.count)) return;
    const cell = (i: number) => (i >= 0 ? cells[i] : '');
    const status = cell(columns.status);
    if (!/^\d{3}$/.test(status)) return;
    const time = `${cell(columns.date)} ${cell(columns.time)}`.trim();
    const method = cell(columns.method);
    const uri = cell(columns.uri);
    const substatus = cell(columns.substatus);
    const win32 = cell(columns.win32);
    const key = `${method} ${uri} ${status} ${substatus} ${win32}`;
    const seen = this.folded.get(key);
    if (seen) {
      seen.repeats.count++;
      seen.repeats.lastTime = time;
      return;
    }
    this.add(key, { method, uri, status, substatus, win32, time });
  }

  /** A request not seen before in this piece, under its key. */
  add(
    key: string,
    r: {
      method: string;
      uri: string;
      status: string;
      substatus: string;
      win32: string;
      time: string;
    }
  ): IisFold {
    const fold: IisFold = {
      provider: 'IIS',
      time: r.time,
      text: '',
      http: { status: r.status, substatus: r.substatus, win32: r.win32, uri: r.uri },
      // The URI is in the finding's headline; the source says which log and method.
      context: { time: r.time, source: `IIS ${r.method}` },
      repeats: { count: 1, lastTime: r.time },
    };
    this.folded.set(key, fold);
    this.lastAdded = { key, fold };
    return fold;
  }

  /** The piece's records; stray lines belong to an IIS log only when it has rows. */
  records(): LogRecord[] {
    return this.folded.size ? [...this.folded.values(), ...this.strays] : [];
  }
}

/** The columns a piece starts with: the `#Fields:` an earlier piece set, else IIS's defaults. */
export function startColumns(header?: string): Columns {
  return columnsOf(header?.startsWith('#Fields:') ? header.slice(8) : DEFAULT_FIELDS);
}

/**
 * IIS W3C log lines for the NDES and certificate registration URLs, read with the `#Fields:`
 * header (the latest one applies). Lines for other sites are skipped with one test each, and
 * identical requests are folded into one record (see IisFolder), so a web server's whole log reads
 * at the speed of a scan. Lines of other logs pasted or saved alongside (a device's console line,
 * an event's description) are read as text lines, so nothing that says something failed is dropped.
 */
export function readIisLog({ text, header }: LogInput): LogRecord[] {
  const folder = new IisFolder(startColumns(header));
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    folder.line(text.slice(start, end));
    start = end + 1;
  }
  return folder.records();
}

/** Splits a line on single spaces into `cells`; false unless it has exactly `count` of them. */
function splitInto(line: string, cells: string[], count: number): boolean {
  let at = 0;
  for (let i = 0; i < count; i++) {
    const space = line.indexOf(' ', at);
    if (space < 0 !== (i === count - 1)) return false;
    cells[i] = line.slice(at, space < 0 ? line.length : space);
    at = space + 1;
  }
  return true;
}
