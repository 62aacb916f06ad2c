import { decodeXML } from 'entities';

/**
 * Small XML helpers for event records. They scan with indexOf only, so the cost stays linear
 * whatever the paste holds, and they never build a tree: a record is a few kilobytes at most.
 */

/** Every `<open …>…</close>` block, in order; an unclosed last block runs to the end. */
export function sliceElements(text: string, open: string, close: string): string[] {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    const start = text.indexOf(open, i);
    if (start < 0) break;
    const next = text[start + open.length];
    if (next !== ' ' && next !== '>' && next !== '\n' && next !== '\r' && next !== '\t') {
      i = start + open.length;
      continue;
    }
    const endAt = text.indexOf(close, start);
    const end = endAt < 0 ? text.length : endAt + close.length;
    out.push(text.slice(start, end));
    i = end;
  }
  return out;
}

/** The decoded text of the first `<name>` element, or undefined when it is absent or empty-tagged. */
export function elementText(xml: string, name: string): string | undefined {
  const open = `<${name}`;
  let at = xml.indexOf(open);
  while (at >= 0) {
    const after = xml[at + open.length];
    if (after === '>' || after === ' ') {
      const gt = xml.indexOf('>', at);
      if (gt < 0 || xml[gt - 1] === '/') return undefined;
      const close = xml.indexOf(`</${name}>`, gt);
      return close < 0 ? undefined : decodeXML(xml.slice(gt + 1, close).trim());
    }
    at = xml.indexOf(open, at + open.length);
  }
  return undefined;
}

/** Every `<name Name="…">value</name>` element, with its Name attribute when it has one. */
export function allElementTexts(
  xml: string,
  name: string
): Array<{ name?: string; value: string }> {
  const out: Array<{ name?: string; value: string }> = [];
  let i = 0;
  for (;;) {
    const open = xml.indexOf(`<${name}`, i);
    if (open < 0) break;
    const gt = xml.indexOf('>', open);
    if (gt < 0) break;
    const after = xml[open + name.length + 1];
    if ((after !== '>' && after !== ' ') || xml[gt - 1] === '/') {
      i = gt + 1;
      continue;
    }
    const close = xml.indexOf(`</${name}>`, gt);
    if (close < 0) break;
    const tag = xml.slice(open, gt);
    out.push({
      name: attribute(tag, `<${name}`, 'Name'),
      value: decodeXML(xml.slice(gt + 1, close).trim()),
    });
    i = close + name.length + 3;
  }
  return out;
}

/** The decoded value of `attr` on the first tag that starts with `tagStart`. */
export function attribute(xml: string, tagStart: string, attr: string): string | undefined {
  const at = xml.indexOf(tagStart);
  if (at < 0) return undefined;
  const gt = xml.indexOf('>', at);
  const tag = xml.slice(at, gt < 0 ? Math.min(xml.length, at + 500) : gt);
  // Event Viewer's "Save As XML" quotes with ', wevtutil and pastes of the XML view with ".
  let key = tag.indexOf(`${attr}=`);
  while (key >= 0 && !/\s/.test(tag[key - 1] ?? '')) key = tag.indexOf(`${attr}=`, key + 1);
  if (key < 0) return undefined;
  const quote = tag[key + attr.length + 1];
  if (quote !== '"' && quote !== "'") return undefined;
  const start = key + attr.length + 2;
  const end = tag.indexOf(quote, start);
  return end < 0 ? undefined : decodeXML(tag.slice(start, end));
}

/** Leaves to read in one UserData block: more would be a crafted record, not an event. */
const MAX_LEAVES = 200;

/**
 * The leaf elements of an XML fragment (elements with text or attributes and no child elements), in
 * order, as `name: text`; a `value` attribute holding a status code is kept beside the text (CAPI2
 * writes `<Result value="80092013">The revocation…</Result>`). Scans with indexOf only.
 */
export function leafElements(xml: string): Array<{ name: string; value: string }> {
  const out: Array<{ name: string; value: string }> = [];
  let at = xml.indexOf('<');
  while (at >= 0 && out.length < MAX_LEAVES) {
    const gt = xml.indexOf('>', at);
    if (gt < 0) break;
    const first = xml[at + 1];
    if (first !== '/' && first !== '?' && first !== '!') {
      const tag = xml.slice(at + 1, gt);
      const name = /^[\w.:-]+/.exec(tag)?.[0] ?? '';
      const code = codeOf(attribute(`<${tag}`, '<', 'value'));
      const selfClosing = tag.endsWith('/');
      const next = xml.indexOf('<', gt + 1);
      const closes = next >= 0 && xml.startsWith(`</${name}>`, next);
      if (name && (selfClosing || closes)) {
        const text = selfClosing ? '' : decodeXML(xml.slice(gt + 1, next).trim());
        const value = [text, code].filter(Boolean).join(' ');
        if (value) out.push({ name, value });
      }
    }
    at = xml.indexOf('<', gt + 1);
  }
  return out;
}

/** A status code written as eight hex digits without `0x` (CAPI2's `value`), with its `0x`. */
export function codeOf(value: string | undefined): string {
  return value && /^[0-9A-Fa-f]{8}$/.test(value) ? `0x${value.toUpperCase()}` : '';
}
