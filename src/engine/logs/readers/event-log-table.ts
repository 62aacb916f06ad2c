import type { LogInput, LogRecord } from '../../model/log-record';
import { rowRecord } from './record-context';

const HEADER = /^\s*Index\s+Time\s+EntryType\s+Source\s+InstanceID\s+Message\s*$/;

/** `Get-EventLog` default table: Index Time EntryType Source InstanceID Message, cut at the header's columns. */
export function readEventLogTable({ lines }: LogInput): LogRecord[] {
  const records: LogRecord[] = [];
  let columns: { time: number; type: number; source: number; message: number } | undefined;
  for (const raw of lines) {
    const line = raw.replace(/\r$/, '');
    if (HEADER.test(line)) {
      columns = {
        time: line.indexOf('Time'),
        type: line.indexOf('EntryType'),
        source: line.indexOf('Source'),
        message: line.indexOf('Message'),
      };
      continue;
    }
    if (!columns || line.trim() === '' || line.trim().startsWith('---')) continue;
    // Source and InstanceID share a column span: the id is the digits at its end.
    const segment = line.slice(columns.source, columns.message).trimEnd();
    let digits = segment.length;
    while (
      digits > 0 &&
      segment.charCodeAt(digits - 1) >= 48 &&
      segment.charCodeAt(digits - 1) <= 57
    )
      digits--;
    const eventId = segment.slice(digits);
    if (!/^\d{1,6}$/.test(eventId)) continue;
    const provider = segment.slice(0, digits).trim();
    const time = line.slice(columns.time, columns.type).trim();
    const level = line.slice(columns.type, columns.source).trim();
    const text = line.slice(columns.message).trim();
    records.push(rowRecord({ eventId, provider, level, time, text }));
  }
  return records;
}
