import type { LogFormat, LogReader, ReadResult } from '../model/log-record';
import { readEventLogTable } from './readers/event-log-table';
import { readEventViewerExport } from './readers/event-viewer-export';
import { readEventViewerText } from './readers/event-viewer-text';
import { readEventXml } from './readers/event-xml';
import { readFormatList } from './readers/format-list';
import { readIisLog } from './readers/iis-log';
import { readNdesPluginLog } from './readers/ndes-plugin-log';
import { readTraceXml } from './readers/trace-xml';
import { readWinEventTable } from './readers/win-event-table';

/**
 * Every format a paste can hold, one reader each. A paste may mix formats, so every reader runs;
 * Event Viewer text may carry `Event Xml:` copies of its own records, which are not read twice.
 */
export const LOG_READERS: readonly LogReader[] = [
  { format: 'event-viewer-text', read: readEventViewerText },
  { format: 'event-viewer-export', read: readEventViewerExport },
  { format: 'event-xml', read: readEventXml, unless: 'event-viewer-text' },
  { format: 'trace-xml', read: readTraceXml },
  { format: 'get-winevent-table', read: readWinEventTable },
  { format: 'get-eventlog-table', read: readEventLogTable },
  { format: 'powershell-list', read: readFormatList },
  { format: 'iis', read: readIisLog },
  { format: 'ndes-plugin', read: readNdesPluginLog },
];

/**
 * Finds log records in a paste. Every reader scans with indexOf and split, so the cost stays
 * linear in the size of the paste. Returns undefined when nothing is shaped like a log record.
 */
export function readRecords(text: string): ReadResult | undefined {
  const input = { text, lines: text.split('\n') };
  const formats: LogFormat[] = [];
  const records: ReadResult['records'] = [];
  for (const reader of LOG_READERS) {
    if (reader.unless && formats.includes(reader.unless)) continue;
    const found = reader.read(input);
    if (found.length === 0) continue;
    formats.push(reader.format);
    for (const record of found) records.push({ record, format: reader.format });
  }
  // The IIS reader keeps other logs' lines as text; where another reader read them, it did so better.
  const kept =
    formats.length > 1 ? records.filter((r) => r.format !== 'iis' || r.record.http) : records;
  return kept.length ? { formats, records: kept } : undefined;
}
