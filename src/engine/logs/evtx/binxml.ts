import { BinXmlError, ChunkBytes } from './chunk-bytes';
import { arrayItems, BINXML_TYPE, isArrayType, valueText } from './evtx-values';

/**
 * BinXml as .evtx chunks store it ([MS-EVEN6] 2.2.12, with names and templates referenced by
 * their offset in the chunk): a record is a template instance, a template is a tree of elements
 * whose text and attributes may be substitutions, and the instance carries the values. Names and
 * templates are parsed once per chunk and reused by every record that references them.
 */

/** Text, or a reference to a substitution value of the template instance. */
export type Part = string | { sub: number; optional: boolean };

export interface TemplateElement {
  name: string;
  /** Index of a value the element depends on ([MS-EVEN6]); 0xffff for none. Kept, not used. */
  dependency: number;
  attributes: Array<{ name: string; parts: Part[] }>;
  children: Array<TemplateElement | Part | Instance>;
}

/** A template instance: the template's elements and the values to substitute. */
export interface Instance {
  template: Array<TemplateElement | Instance>;
  values: Array<{ type: number; at: number; size: number }>;
}

const ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);
const MAX_DEPTH = 32;

/** One chunk's bytes with its caches of names and templates. */
export class ChunkXml extends ChunkBytes {
  private readonly templates = new Map<number, Array<TemplateElement | Instance>>();

  /** The nodes (elements and template instances) of the BinXml fragment at [start, end). */
  fragment(start: number, end: number, depth = 0): Array<TemplateElement | Instance> {
    return this.parse(start, end, depth).nodes;
  }

  /** A substitution value as text ('' for null, missing or BinXml values). */
  valueString(values: Instance['values'] | undefined, index: number): string {
    const value = values?.[index];
    if (!value || value.type === BINXML_TYPE) return '';
    return valueText(this.bytes.subarray(value.at, value.at + value.size), value.type);
  }

  /** An array value's items as text; undefined when the value is not an array. */
  valueItems(values: Instance['values'] | undefined, index: number): string[] | undefined {
    const value = values?.[index];
    if (!value || !isArrayType(value.type)) return undefined;
    return arrayItems(this.bytes.subarray(value.at, value.at + value.size), value.type);
  }

  private parse(
    start: number,
    end: number,
    depth: number
  ): { nodes: Array<TemplateElement | Instance>; at: number } {
    if (depth > MAX_DEPTH) throw new BinXmlError('nesting too deep');
    const nodes: Array<TemplateElement | Instance> = [];
    let at = start;
    while (at < end) {
      const token = this.bytes[at];
      if (token === 0x00) return { nodes, at: at + 1 };
      if (token === 0x0f) at += 4;
      else if ((token & 0xbf) === 0x01) {
        const read = this.element(at, end, depth);
        nodes.push(read.element);
        at = read.at;
      } else if (token === 0x0c) {
        const read = this.instance(at, end, depth);
        nodes.push(read.instance);
        at = read.at;
      } else if (token === 0x0a) at = this.skipName(at + 1);
      else if (token === 0x0b) at += 3 + 2 * this.u16(at + 1);
      else throw new BinXmlError(`unexpected token 0x${token.toString(16)} at ${at}`);
    }
    return { nodes, at };
  }

  private element(
    start: number,
    end: number,
    depth: number
  ): { element: TemplateElement; at: number } {
    const withAttributes = this.bytes[start] === 0x41;
    // The dependency id is optional (absent in BinXml substitution values): without it, the
    // element size comes first and is plausible; with it, those bytes read as a size too large.
    const hasDependency = this.u32(start + 1) + 5 > end - start;
    const dependency = hasDependency ? this.u16(start + 1) : 0xffff;
    let at = start + (hasDependency ? 7 : 5);
    const name = this.name(at);
    at = this.skipName(at);
    if (withAttributes) at += 4;
    const element: TemplateElement = { name, dependency, attributes: [], children: [] };
    while (at < end && (this.bytes[at] & 0xbf) === 0x06) {
      const attributeName = this.name(at + 1);
      const read = this.parts(this.skipName(at + 1), end);
      element.attributes.push({ name: attributeName, parts: read.parts });
      at = read.at;
    }
    const close = this.bytes[at];
    if (close === 0x03) return { element, at: at + 1 };
    if (close !== 0x02) throw new BinXmlError(`unclosed start element at ${at}`);
    at++;
    while (at < end) {
      const token = this.bytes[at];
      if (token === 0x04) return { element, at: at + 1 };
      if ((token & 0xbf) === 0x01) {
        const read = this.element(at, end, depth + 1);
        element.children.push(read.element);
        at = read.at;
      } else if (token === 0x0c) {
        const read = this.instance(at, end, depth + 1);
        element.children.push(read.instance);
        at = read.at;
      } else if (token === 0x0a) at = this.skipName(at + 1);
      else if (token === 0x0b) at += 3 + 2 * this.u16(at + 1);
      else {
        const read = this.parts(at, end);
        if (read.at === at)
          throw new BinXmlError(`unexpected token 0x${token.toString(16)} at ${at}`);
        element.children.push(...read.parts);
        at = read.at;
      }
    }
    throw new BinXmlError('element runs past the end');
  }

  /** Text, character and entity references, CDATA and substitutions, as far as they go. */
  private parts(start: number, end: number): { parts: Part[]; at: number } {
    const parts: Part[] = [];
    let at = start;
    while (at < end) {
      const token = this.bytes[at] & 0xbf;
      if (token === 0x05) {
        const chars = this.u16(at + 2);
        parts.push(this.utf16(at + 4, chars));
        at += 4 + 2 * chars;
      } else if (token === 0x0d || token === 0x0e) {
        parts.push({ sub: this.u16(at + 1), optional: token === 0x0e });
        at += 4;
      } else if (token === 0x08) {
        parts.push(String.fromCodePoint(this.u16(at + 1)));
        at += 3;
      } else if (token === 0x09) {
        const entity = this.name(at + 1);
        parts.push(ENTITIES.get(entity) ?? `&${entity};`);
        at = this.skipName(at + 1);
      } else if (token === 0x07) {
        const chars = this.u16(at + 1);
        parts.push(this.utf16(at + 3, chars));
        at += 3 + 2 * chars;
      } else break;
    }
    return { parts, at };
  }

  private instance(start: number, end: number, depth: number): { instance: Instance; at: number } {
    const definition = this.u32(start + 6);
    let at = start + 10;
    let template = this.templates.get(definition);
    if (definition === at) {
      const size = this.u32(definition + 20);
      at = definition + 24 + size;
      if (!template) {
        template = this.parse(definition + 24, at, depth + 1).nodes;
        this.templates.set(definition, template);
      }
    } else if (!template) {
      if (definition + 24 > this.bytes.length) throw new BinXmlError('template outside the chunk');
      const size = this.u32(definition + 20);
      template = this.parse(
        definition + 24,
        Math.min(definition + 24 + size, this.bytes.length),
        depth + 1
      ).nodes;
      this.templates.set(definition, template);
    }
    const count = this.u32(at);
    if (count > 4096) throw new BinXmlError('too many values');
    at += 4;
    const values: Instance['values'] = [];
    let valueAt = at + 4 * count;
    for (let i = 0; i < count; i++) {
      const size = this.u16(at + 4 * i);
      values.push({ type: this.bytes[at + 4 * i + 2], at: valueAt, size });
      valueAt += size;
    }
    if (valueAt > Math.min(end, this.bytes.length))
      throw new BinXmlError('values run past the record');
    return { instance: { template, values }, at: valueAt };
  }
}
