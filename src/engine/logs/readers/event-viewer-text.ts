import type { LogInput, LogRecord } from '../../model/log-record';
import { levelFromName } from './event-record';
import { contextFrom } from './record-context';

/** The fields Event Viewer writes above the description, by their English and Japanese labels. */
const FIELDS: ReadonlyMap<string, string> = new Map([
  ...'source|date|event id|task category|level|keywords|user|computer|opcode'
    .split('|')
    .map((f): [string, string] => [f, f]),
  ['ソース', 'source'],
  ['日付', 'date'],
  ['イベント id', 'event id'],
  ['タスクのカテゴリ', 'task category'],
  ['レベル', 'level'],
  ['キーワード', 'keywords'],
  ['ユーザー', 'user'],
  ['コンピューター', 'computer'],
  ['オペコード', 'opcode'],
]);
/** The first line of a copied event, English or Japanese UI. */
const LOG_NAME = /^(?:Log Name|ログの名前)\s*[:：]/m;
const DESCRIPTION = new Set(['description', '説明']);

/**
 * Event Viewer's "Copy details as text": blocks that start with `Log Name:`, fields up to
 * `Description:`, then the description. An `Event Xml:` copy after the description is ignored.
 * Admins often copy only some lines: any line that is not one of Event Viewer's fields counts
 * as description, with or without the `Description:` line.
 */
export function readEventViewerText({ text }: LogInput): LogRecord[] {
  if (!LOG_NAME.test(text)) return [];
  const records: LogRecord[] = [];
  for (const block of text.split(new RegExp(LOG_NAME.source, 'm')).slice(1)) {
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
      const colon = labelEnd(line);
      const key = colon < 0 ? '' : line.slice(0, colon).trim().toLowerCase();
      const field = FIELDS.get(key);
      if (DESCRIPTION.has(key)) {
        inDescription = true;
        description.push(line.slice(colon + 1));
      } else if (field) fields[field] = line.slice(colon + 1).trim();
      else if (line.trim()) description.push(line);
    }
    const eventId = fields['event id'];
    if (!eventId || !/^\d{1,6}$/.test(eventId)) continue;
    const body = description.join('\n').trim();
    const level = levelFromName(fields['level']) ?? fields['level'];
    records.push({
      eventId,
      provider: fields['source'],
      channel: fields['log name'],
      level,
      time: fields['date'],
      text: body,
      context: {
        ...contextFrom(body),
        computer: fields['computer'] || undefined,
        time: fields['date'] || undefined,
        level: level || undefined,
        source: fields['source'] || undefined,
      },
    });
  }
  return records;
}

/** Where a line's label ends: its first colon, ASCII or full-width; -1 when it has none. */
function labelEnd(line: string): number {
  const ascii = line.indexOf(':');
  const wide = line.indexOf('：');
  return ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
}
