import type { RecordContext } from '../../model/answer';
import type { LogRecord } from '../../model/log-record';
import { rowRecord } from './record-context';

/** Windows event levels as Event Viewer names them; a Map so no key reaches a prototype. */
const EVENT_LEVELS: ReadonlyMap<string, string> = new Map([
  ['0', 'Information'],
  ['1', 'Critical'],
  ['2', 'Error'],
  ['3', 'Warning'],
  ['4', 'Information'],
  ['5', 'Verbose'],
]);

/** Event Viewer's level names, English and Japanese, as the paste readers name them. */
const LEVELS: ReadonlyMap<string, string> = new Map([
  ['information', 'Information'],
  ['warning', 'Warning'],
  ['error', 'Error'],
  ['critical', 'Critical'],
  ['verbose', 'Verbose'],
  ['情報', 'Information'],
  ['警告', 'Warning'],
  ['エラー', 'Error'],
  ['重大', 'Critical'],
  ['詳細', 'Verbose'],
]);

/** The English level name for a level as Event Viewer writes it in English or Japanese. */
export function levelFromName(name: string | undefined): string | undefined {
  return LEVELS.get((name ?? '').trim().toLowerCase());
}

/** The level name for a numeric level as a record holds it, or undefined for any other text. */
export function eventLevelName(levelCode: string | undefined): string | undefined {
  return levelCode === undefined ? undefined : EVENT_LEVELS.get(levelCode.trim());
}

/** A Windows event's fields, as Event Viewer's XML and .evtx files hold them. */
export interface EventFields {
  eventId: string;
  provider?: string;
  channel?: string;
  /** The numeric level (2 = Error). */
  levelCode?: string;
  time?: string;
  computer?: string;
  /** EventData `<Data>` values (named or not) and UserData leaves. */
  data: ReadonlyArray<{ name?: string; value: string }>;
}

/**
 * The log record of a Windows event, the same whether it came from pasted XML or an .evtx file:
 * the data values are its text (`Name: value` when named), and named values that identify the
 * device, CA, template or thumbprint go to its context.
 */
export function eventRecord(fields: EventFields): LogRecord {
  const { eventId, provider, channel, levelCode, time, computer, data } = fields;
  const text = data.map((d) => (d.name ? `${d.name}: ${d.value}` : d.value)).join('\n');
  const named: RecordContext = {};
  for (const d of data) {
    const name = (d.name ?? '').toLowerCase();
    if (name === 'deviceid') named.deviceId = d.value;
    if (name === 'caname') named.caName = d.value;
    if (name === 'template' || name === 'templatename') named.template = d.value;
    if (name === 'thumbprint') named.thumbprint = d.value;
  }
  const level = eventLevelName(levelCode);
  return rowRecord({ eventId, provider, channel, level, time, computer, text }, named);
}
