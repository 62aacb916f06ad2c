import { decodeXML } from 'entities';

/**
 * Small XML helpers: finding record blocks in a paste and reading WCF trace records. They scan with
 * indexOf only, so the cost stays linear whatever the paste holds. Event records are read inside
 * their block with a real XML tokenizer (event-xml.ts).
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

/** A status code written as eight hex digits without `0x` (CAPI2's `value`), with its `0x`. */
export function codeOf(value: string | undefined): string {
  return value && /^[0-9A-Fa-f]{8}$/.test(value) ? `0x${value.toUpperCase()}` : '';
}
