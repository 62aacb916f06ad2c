import type { LogInput, LogRecord } from '../../model/log-record';
import { strayLineRecord } from './text-lines';

const DEFAULT_FIELDS =
  'date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken';
/** Lines about NDES or the certificate registration point; every other request is skipped unread. */
const RELEVANT = /\/CertificateRegistrationSvc|mscep/i;

/** Where each needed column sits, from a `#Fields:` line. */
interface Columns {
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

/**
 * IIS W3C log lines for the NDES and certificate registration URLs, read with the `#Fields:`
 * header (the latest one applies). Lines for other sites are skipped with one test each, and
 * identical requests (method, path and the three status columns) are folded into one record with
 * a count and their first and last times, so a web server's whole log reads at the speed of a scan.
 * Lines of other logs pasted or saved alongside (a device's console line, an event's description)
 * are read as text lines, so nothing that says something failed is dropped.
 */
export function readIisLog({ text, header }: LogInput): LogRecord[] {
  const folded = new Map<string, LogRecord & { repeats: { count: number; lastTime?: string } }>();
  let columns = columnsOf(header?.startsWith('#Fields:') ? header.slice(8) : DEFAULT_FIELDS);
  const cells: string[] = [];
  const strays: LogRecord[] = [];
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    const first = line.charCodeAt(0);
    if (first === 35 /* # */) {
      if (line.startsWith('#Fields:')) columns = columnsOf(line.slice(8));
      continue;
    }
    // Every IIS row starts with its date; a line that doesn't is another log's, pasted alongside.
    if (!(first >= 48 && first <= 57)) {
      const stray = line.trim() ? strayLineRecord(line) : undefined;
      if (stray) strays.push(stray);
      continue;
    }
    if (!RELEVANT.test(line) || !splitInto(line.trim(), cells, columns.count)) continue;
    const cell = (i: number) => (i >= 0 ? cells[i] : '');
    const status = cell(columns.status);
    if (!/^\d{3}$/.test(status)) continue;
    const time = `${cell(columns.date)} ${cell(columns.time)}`.trim();
    const method = cell(columns.method);
    const uri = cell(columns.uri);
    const substatus = cell(columns.substatus);
    const win32 = cell(columns.win32);
    const key = `${method} ${uri} ${status} ${substatus} ${win32}`;
    const seen = folded.get(key);
    if (seen) {
      seen.repeats.count++;
      seen.repeats.lastTime = time;
      continue;
    }
    folded.set(key, {
      provider: 'IIS',
      time,
      text: '',
      http: { status, substatus, win32, uri },
      // The URI is in the finding's headline; the source says which log and method.
      context: { time, source: `IIS ${method}` },
      repeats: { count: 1, lastTime: time },
    });
  }
  // Stray lines belong to an IIS log only when it has rows: otherwise this text is not one.
  return folded.size ? [...folded.values(), ...strays] : [];
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
