import type { LogInput, LogRecord } from '../../model/log-record';
import { rowRecord } from './record-context';

const HEADER = /^TimeCreated\s+Id\s+LevelDisplayName\s+Message$/;

/** `Get-WinEvent` default table: `ProviderName: …`, then TimeCreated, Id, LevelDisplayName, Message. */
export function readWinEventTable({ lines }: LogInput): LogRecord[] {
  const records: LogRecord[] = [];
  let provider: string | undefined;
  let inTable = false;
  for (const raw of lines) {
    const trimmed = raw.trim();
    if (trimmed.startsWith('ProviderName:')) {
      provider = trimmed.slice('ProviderName:'.length).trim();
      continue;
    }
    if (HEADER.test(trimmed)) {
      inTable = true;
      continue;
    }
    if (!inTable || trimmed === '' || trimmed.startsWith('---')) continue;
    const parts = trimmed.split(/\s+/);
    let k = 2;
    while (k < parts.length && k < 5 && !/^\d{1,6}$/.test(parts[k])) k++;
    if (k >= parts.length - 1 || !/^\d{1,6}$/.test(parts[k])) continue;
    const time = parts.slice(0, k).join(' ');
    if (!time.includes(':')) continue;
    const text = parts.slice(k + 2).join(' ');
    const level = parts[k + 1];
    records.push(rowRecord({ eventId: parts[k], provider, level, time, text }));
  }
  return records;
}
