import type { EventFields } from '../readers/event-record';
import { codeOf } from '../readers/xml-scan';
import { BinXmlError } from './chunk-bytes';
import type { ChunkXml, Instance, Part, TemplateElement } from './binxml';
import { BINXML_TYPE } from './evtx-values';

type Values = Instance['values'] | undefined;
type Node = TemplateElement | Instance;
/** Where in the event an element sits: only these parts are read. */
type Place = 'root' | 'event' | 'system' | 'data' | 'user';

/** The System fields read, and the attribute or text each comes from. */
const SYSTEM_TEXT = new Set(['EventID', 'Level', 'Channel', 'Computer']);
const SYSTEM_ATTRIBUTE: ReadonlyMap<string, string> = new Map([
  ['Provider', 'Name'],
  ['TimeCreated', 'SystemTime'],
]);
const MAX_DEPTH = 32;
/** Nodes one record may visit, templates and nested values included. */
const MAX_VISITS = 20_000;
/**
 * Characters one record may render, template text and substituted values alike, as a pasted
 * message is capped: past it the record is cut there and says so (see `cut`).
 */
export const MAX_RECORD_CHARS = 100_000;

/**
 * The fields of one record's event, read straight from its BinXml: the System fields the
 * diagnosis needs (provider, event id, level, time, channel, computer) and the EventData values
 * or UserData leaves. Everything else (keywords, correlation, security, execution) is never
 * rendered, which is most of the work a full rendering would do.
 */
export function extractEvent(
  xml: ChunkXml,
  start: number,
  end: number
): Omit<EventFields, 'eventId' | 'data' | 'time'> & {
  eventId?: string;
  time(): string | undefined;
  data(): EventFields['data'];
  /** True when the record's text reached MAX_RECORD_CHARS and the rest was left (known after data()). */
  cut(): boolean;
} {
  const system: Record<string, string> = {};
  const data: Array<{ name?: string; value: string }> = [];
  // EventData and UserData are read only if asked for: most records of a saved log are not.
  const later: Array<() => void> = [];
  let timeOf: (() => string) | undefined;
  // Templates are shared, so a crafted chain of instances could be walked exponentially often:
  // a record may visit only so many nodes (real events visit a few dozen).
  let budget = MAX_VISITS;
  // A template can repeat one large value into a thousand elements in a few nodes: what the
  // record renders is counted too, and reading stops at the cap with what was read so far.
  let chars = MAX_RECORD_CHARS;
  let cut = false;
  const take = (text: string): string => {
    if (text.length <= chars) {
      chars -= text.length;
      return text;
    }
    cut = true;
    const kept = text.slice(0, chars);
    chars = 0;
    return kept;
  };
  const textOf = (list: readonly Part[], values: Values): string => {
    let text = '';
    for (const p of list) {
      if (cut) break;
      text += take(typeof p === 'string' ? p : xml.valueString(values, p.sub));
    }
    return text.trim();
  };
  const visit = (nodes: Node[], values: Values, place: Place, depth: number): void => {
    if (depth > MAX_DEPTH) throw new BinXmlError('nesting too deep');
    if (cut) return;
    budget -= nodes.length + 1;
    if (budget < 0) throw new BinXmlError('too many nodes for one record');
    for (const node of nodes) {
      if (cut) return;
      if ('template' in node) {
        visit(node.template, node.values, place, depth + 1);
        continue;
      }
      const name = node.name;
      if (place === 'root') {
        if (name === 'Event') visit(elements(node), values, 'event', depth + 1);
        if (name === 'Event') visitBinXml(node, values, 'event', depth);
      } else if (place === 'event') {
        const inner: Place | undefined =
          name === 'System'
            ? 'system'
            : name === 'EventData'
              ? 'data'
              : name === 'UserData'
                ? 'user'
                : undefined;
        if (!inner) continue;
        const read = () => {
          visit(elements(node), values, inner, depth + 1);
          visitBinXml(node, values, inner, depth);
        };
        if (inner === 'system') read();
        else later.push(read);
      } else if (place === 'system') {
        const attribute = SYSTEM_ATTRIBUTE.get(name);
        if (attribute) {
          const a = node.attributes.find((x) => x.name === attribute);
          // The time is rendered only for records that are read (see time()).
          if (a && name === 'TimeCreated') timeOf = () => timeText(xml, a.parts, values);
          else if (a) system[name] = textOf(a.parts, values);
        } else if (SYSTEM_TEXT.has(name)) system[name] = textOf(parts(node), values);
      } else if (place === 'data') {
        if (name !== 'Data') continue;
        const label = node.attributes.find((x) => x.name === 'Name');
        const dataName = label ? textOf(label.parts, values) : undefined;
        const items = arrayOf(xml, node, values);
        if (items)
          for (const value of items) {
            if (cut) break;
            data.push({ name: dataName || undefined, value: take(value) });
          }
        else data.push({ name: dataName || undefined, value: textOf(parts(node), values) });
      } else {
        const children = elements(node);
        if (children.length || hasBinXml(node, values)) {
          visit(children, values, 'user', depth + 1);
          visitBinXml(node, values, 'user', depth);
        } else {
          // CAPI2 keeps a result's code in a `value` attribute beside its text.
          const attr = node.attributes.find((x) => x.name === 'value');
          const code = attr ? codeOf(textOf(attr.parts, values)) : '';
          const text = textOf(parts(node), values);
          data.push({ name, value: [text, code].filter(Boolean).join(' ') });
        }
      }
    }
  };
  /** An element whose content is a BinXml value: its elements, at the same place. */
  const visitBinXml = (node: TemplateElement, values: Values, place: Place, depth: number) => {
    for (const child of node.children) {
      if (typeof child === 'string' || !('sub' in child)) continue;
      const value = values?.[child.sub];
      if (value?.type === BINXML_TYPE)
        visit(
          xml.fragment(value.at, value.at + value.size, depth + 1),
          undefined,
          place,
          depth + 1
        );
    }
  };
  visit(xml.fragment(start, end), undefined, 'root', 0);
  return {
    eventId: system.EventID,
    provider: system.Provider || undefined,
    channel: system.Channel || undefined,
    levelCode: system.Level || undefined,
    time: () => timeOf?.() || undefined,
    computer: system.Computer || undefined,
    data() {
      for (const read of later.splice(0)) read();
      return data;
    },
    cut: () => cut,
  };
}

function elements(node: TemplateElement): Node[] {
  return node.children.filter((c): c is Node => typeof c !== 'string' && !('sub' in c));
}

function parts(node: TemplateElement): Part[] {
  return node.children.filter((c): c is Part => typeof c === 'string' || 'sub' in c);
}

function hasBinXml(node: TemplateElement, values: Values): boolean {
  return node.children.some(
    (c) => typeof c !== 'string' && 'sub' in c && values?.[c.sub]?.type === BINXML_TYPE
  );
}

/** A time attribute's text, outside the record's budget: read after the data, it is never cut. */
function timeText(xml: ChunkXml, list: readonly Part[], values: Values): string {
  let text = '';
  for (const p of list) text += typeof p === 'string' ? p : xml.valueString(values, p.sub);
  return text.trim().slice(0, 64);
}

/** An element whose only content is an array value stands for one element per item. */
function arrayOf(xml: ChunkXml, node: TemplateElement, values: Values): string[] | undefined {
  if (node.children.length !== 1) return undefined;
  const only = node.children[0];
  return typeof only !== 'string' && 'sub' in only ? xml.valueItems(values, only.sub) : undefined;
}
