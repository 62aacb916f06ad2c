import type { LogInput, LogRecord } from '../../model/log-record';
import { rowRecord } from './record-context';

const LIST_KEYS = new Set([
  'timecreated',
  'timegenerated',
  'providername',
  'source',
  'id',
  'eventid',
  'instanceid',
  'message',
  'leveldisplayname',
  'entrytype',
  'machinename',
  'logname',
  'level',
]);

/** PowerShell `Format-List` output of Get-WinEvent or Get-EventLog: `Key : value` blocks. */
export function readFormatList({ lines }: LogInput): LogRecord[] {
  const records: LogRecord[] = [];
  let fields: Record<string, string> | undefined;
  let lastKey = '';
  const flush = () => {
    const record = fields ? toRecord(fields) : undefined;
    if (record) records.push(record);
    fields = undefined;
    lastKey = '';
  };
  for (const raw of lines) {
    const line = raw.replace(/\r$/, '');
    const colon = line.indexOf(':');
    const key = colon > 0 ? line.slice(0, colon).trim().toLowerCase() : '';
    if (
      colon > 0 &&
      LIST_KEYS.has(key) &&
      /^\S/.test(line) &&
      /\s:\s?/.test(line.slice(colon - 1, colon + 2))
    ) {
      if (fields && fields[key] !== undefined) flush();
      fields ??= {};
      fields[key] = line.slice(colon + 1).trim();
      lastKey = key;
    } else if (fields && lastKey === 'message' && /^\s+\S/.test(line)) {
      fields.message += '\n' + line.trim();
    } else if (line.trim() === '' && fields && lastKey !== 'message') {
      flush();
    } else if (line.trim() === '' && fields) {
      lastKey = '';
    }
  }
  flush();
  return records;
}

function toRecord(fields: Record<string, string>): LogRecord | undefined {
  const id = fields.id || fields.eventid || fields.instanceid;
  if (!id || (fields.message === undefined && !fields.timecreated && !fields.timegenerated))
    return undefined;
  const eventId = id.trim();
  if (!/^\d{1,6}$/.test(eventId)) return undefined;
  return rowRecord({
    eventId,
    provider: fields.providername || fields.source,
    channel: fields.logname,
    level: fields.leveldisplayname || fields.entrytype,
    time: fields.timecreated || fields.timegenerated,
    computer: fields.machinename,
    text: fields.message ?? '',
  });
}
