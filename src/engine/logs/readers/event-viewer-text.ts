import type { LogInput, LogRecord } from '../log-record';
import { contextFrom } from './record-context';

/** The fields Event Viewer writes above the description (English UI). */
const FIELDS = new Set(
  'source|date|event id|task category|level|keywords|user|computer|opcode'.split('|')
);

/**
 * Event Viewer's "Copy details as text": blocks that start with `Log Name:`, fields up to
 * `Description:`, then the description. An `Event Xml:` copy after the description is ignored.
 * Admins often copy only some lines: any line that is not one of Event Viewer's fields counts
 * as description, with or without the `Description:` line.
 */
export function readEventViewerText({ text }: LogInput): LogRecord[] {
  if (text.indexOf('Log Name:') < 0) return [];
  const records: LogRecord[] = [];
  for (const block of text.split('Log Name:').slice(1)) {
    const xmlAt = block.indexOf('Event Xml:');
    const lines = (xmlAt >= 0 ? block.slice(0, xmlAt) : block).split('\n');
    const fields: Record<string, string> = { 'log name': lines[0].trim() };
    const description: string[] = [];
    let inDescription = false;
    for (const line of lines.slice(1)) {
      if (inDescription) {
        description.push(line);
        continue;
      }
      const colon = line.indexOf(':');
      const key = colon < 0 ? '' : line.slice(0, colon).trim().toLowerCase();
      if (key === 'description') {
        inDescription = true;
        description.push(line.slice(colon + 1));
      } else if (FIELDS.has(key)) fields[key] = line.slice(colon + 1).trim();
      else if (line.trim()) description.push(line);
    }
    const eventId = fields['event id'];
    if (!eventId || !/^\d{1,6}$/.test(eventId)) continue;
    const body = description.join('\n').trim();
    records.push({
      eventId,
      provider: fields['source'],
      channel: fields['log name'],
      level: fields['level'],
      time: fields['date'],
      text: body,
      context: {
        ...contextFrom(body),
        computer: fields['computer'] || undefined,
        time: fields['date'] || undefined,
        level: fields['level'] || undefined,
        source: fields['source'] || undefined,
      },
    });
  }
  return records;
}
