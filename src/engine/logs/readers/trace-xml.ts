import type { LogInput, LogRecord } from '../../model/log-record';
import { contextFrom } from './record-context';
import { attribute, elementText, sliceElements } from './xml-scan';

/** WCF service trace logs (.svclog): `<E2ETraceEvent>` records, as the CRP and the legacy connector write. */
export function readTraceXml({ text }: LogInput): LogRecord[] {
  return sliceElements(text, '<E2ETraceEvent', '</E2ETraceEvent>').map((xml) => {
    const body = elementText(xml, 'ApplicationData') ?? '';
    const time = attribute(xml, '<TimeCreated', 'SystemTime');
    const computer = elementText(xml, 'Computer');
    const source = attribute(xml, '<Source', 'Name');
    const level = attribute(xml, '<SubType', 'Name');
    return {
      provider: source,
      level,
      time,
      text: body,
      context: { ...contextFrom(body), computer, time, level, source },
    };
  });
}
