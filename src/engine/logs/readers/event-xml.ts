import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { LogInput, LogRecord } from '../../model/log-record';
import { eventRecord } from './event-record';
import { codeOf, sliceElements } from './xml-scan';

/**
 * Event Viewer XML: `<Event>` elements, alone or inside an `<Events>` document. Each block is read
 * with saxes, a conforming XML tokenizer: CDATA, comments, entities and attribute values holding
 * `>` are read as XML defines them. A paste is often cut short or wrapped in prose, so well-formedness
 * errors are passed over and whatever was read up to them is kept.
 */
export function readEventXml({ text }: LogInput): LogRecord[] {
  return sliceElements(text, '<Event', '</Event>').flatMap((xml) => {
    const record = readEvent(xml);
    return record ? [record] : [];
  });
}

/** Leaves to read in one UserData block: more would be a crafted record, not an event. */
const MAX_LEAVES = 200;

/** System elements whose text we keep, and System elements whose attribute we keep. */
const SYSTEM_TEXTS = new Set(['EventID', 'Channel', 'Level', 'Computer']);
const SYSTEM_ATTRIBUTES: ReadonlyMap<string, string> = new Map([
  ['Provider', 'Name'],
  ['TimeCreated', 'SystemTime'],
]);

interface OpenElement {
  name: string;
  attributes: Record<string, string>;
  text: string;
  hasChildren: boolean;
  inUserData: boolean;
}

function readEvent(xml: string): LogRecord | undefined {
  const texts = new Map<string, string | undefined>();
  const attributes = new Map<string, string>();
  const data: Array<{ name?: string; value: string }> = [];
  const leaves: Array<{ name: string; value: string }> = [];
  const open: OpenElement[] = [];
  const parser = new SaxesParser({ fragment: true, xmlns: false, position: false });
  parser.on('error', () => undefined);
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const parent = open[open.length - 1];
    if (parent) parent.hasChildren = true;
    const inUserData = !!parent && (parent.inUserData || parent.name === 'UserData');
    const attribute = SYSTEM_ATTRIBUTES.get(tag.name);
    if (attribute && !attributes.has(tag.name) && typeof tag.attributes[attribute] === 'string')
      attributes.set(tag.name, tag.attributes[attribute]);
    // A self-closed <EventID/> or <Data/> holds no value: it counts as absent, as before.
    if (tag.isSelfClosing && SYSTEM_TEXTS.has(tag.name) && !texts.has(tag.name))
      texts.set(tag.name, undefined);
    open.push({
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      text: '',
      hasChildren: false,
      inUserData,
    });
  });
  const addText = (chunk: string): void => {
    const current = open[open.length - 1];
    if (current) current.text += chunk;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', (tag: SaxesTagPlain) => {
    const element = open.pop();
    if (!element) return;
    const value = element.text.trim();
    if (SYSTEM_TEXTS.has(tag.name) && !texts.has(tag.name)) texts.set(tag.name, value);
    if (tag.name === 'Data' && !tag.isSelfClosing)
      data.push({ name: element.attributes.Name, value });
    else if (element.inUserData && !element.hasChildren && leaves.length < MAX_LEAVES) {
      const leaf = [value, codeOf(element.attributes.value)].filter(Boolean).join(' ');
      if (leaf) leaves.push({ name: tag.name, value: leaf });
    }
  });
  parser.write(xml).close();
  const eventId = texts.get('EventID');
  if (!eventId || !/^\d{1,6}$/.test(eventId)) return undefined;
  return eventRecord({
    eventId,
    provider: attributes.get('Provider'),
    channel: texts.get('Channel') || undefined,
    levelCode: texts.get('Level') || undefined,
    time: attributes.get('TimeCreated'),
    computer: texts.get('Computer') || undefined,
    data: [...data, ...leaves],
  });
}
