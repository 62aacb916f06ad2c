import type { RecordContext } from '../../answer';
import type { LogInput, LogRecord } from '../log-record';
import { contextFrom } from './record-context';
import { allElementTexts, attribute, elementText, sliceElements } from './xml-scan';

/** Windows event levels as Event Viewer names them. */
export const EVENT_LEVELS: Readonly<Record<string, string>> = {
  '0': 'Information',
  '1': 'Critical',
  '2': 'Error',
  '3': 'Warning',
  '4': 'Information',
  '5': 'Verbose',
};

/** Event Viewer XML: `<Event>` elements, alone or inside an `<Events>` document. */
export function readEventXml({ text }: LogInput): LogRecord[] {
  return sliceElements(text, '<Event', '</Event>').flatMap((xml) => {
    const record = readEvent(xml);
    return record ? [record] : [];
  });
}

function readEvent(xml: string): LogRecord | undefined {
  const eventId = elementText(xml, 'EventID');
  if (!eventId || !/^\d{1,6}$/.test(eventId)) return undefined;
  const data = allElementTexts(xml, 'Data');
  const text = data.map((d) => (d.name ? `${d.name}: ${d.value}` : d.value)).join('\n');
  const named: RecordContext = {};
  for (const d of data) {
    const name = (d.name ?? '').toLowerCase();
    if (name === 'deviceid') named.deviceId = d.value;
    if (name === 'caname') named.caName = d.value;
    if (name === 'template' || name === 'templatename') named.template = d.value;
    if (name === 'thumbprint') named.thumbprint = d.value;
  }
  const levelCode = elementText(xml, 'Level');
  const time = attribute(xml, '<TimeCreated', 'SystemTime');
  const computer = elementText(xml, 'Computer');
  const provider = attribute(xml, '<Provider', 'Name');
  const level = levelCode !== undefined ? EVENT_LEVELS[levelCode] : undefined;
  return {
    eventId,
    provider,
    channel: elementText(xml, 'Channel'),
    level,
    time,
    text,
    context: { ...contextFrom(text), ...named, computer, time, level, source: provider },
  };
}
