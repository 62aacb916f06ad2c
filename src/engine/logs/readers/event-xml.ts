import type { LogInput, LogRecord } from '../../model/log-record';
import { eventRecord } from './event-record';
import { allElementTexts, attribute, elementText, leafElements, sliceElements } from './xml-scan';

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
  return eventRecord({
    eventId,
    provider: attribute(xml, '<Provider', 'Name'),
    channel: elementText(xml, 'Channel'),
    levelCode: elementText(xml, 'Level'),
    time: attribute(xml, '<TimeCreated', 'SystemTime'),
    computer: elementText(xml, 'Computer'),
    data: [...allElementTexts(xml, 'Data'), ...userData(xml)],
  });
}

/** The leaves of an event's UserData (CAPI2 and other providers write their fields there). */
function userData(xml: string): Array<{ name: string; value: string }> {
  const start = xml.indexOf('<UserData');
  if (start < 0) return [];
  const end = xml.indexOf('</UserData>', start);
  return leafElements(xml.slice(xml.indexOf('>', start) + 1, end < 0 ? xml.length : end));
}
