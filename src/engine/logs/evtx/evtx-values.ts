import { decodeUtf16le } from './utf16';
/**
 * Substitution values of .evtx records as text, the way Event Viewer's XML view writes them
 * ([MS-EVEN6] 2.2.12.3): numbers in decimal, hex types with 0x, GUIDs in braces, SIDs as S-1-…,
 * times as ISO 8601 UTC. Type 0x21 (BinXml) is not text: the caller parses it.
 */

export const BINXML_TYPE = 0x21;
const ARRAY = 0x80;
/** Windows FILETIME counts 100 ns since 1601-01-01; the Unix epoch is this many ms later. */
const FILETIME_UNIX_MS = 11644473600000;

const latin1 = new TextDecoder('latin1');

/** A value of `type` stored in `bytes` (its whole stored length) as text. */
export function valueText(bytes: Uint8Array, type: number): string {
  if (type & ARRAY) return arrayText(bytes, type);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.length;
  switch (type) {
    case 0x00:
      return '';
    case 0x01:
      return trimNuls(decodeUtf16le(bytes));
    case 0x02:
      return trimNuls(latin1.decode(bytes));
    case 0x03:
      return n >= 1 ? String(view.getInt8(0)) : '';
    case 0x04:
      return n >= 1 ? String(view.getUint8(0)) : '';
    case 0x05:
      return n >= 2 ? String(view.getInt16(0, true)) : '';
    case 0x06:
      return n >= 2 ? String(view.getUint16(0, true)) : '';
    case 0x07:
      return n >= 4 ? String(view.getInt32(0, true)) : '';
    case 0x08:
      return n >= 4 ? String(view.getUint32(0, true)) : '';
    case 0x09:
      return n >= 8 ? view.getBigInt64(0, true).toString() : '';
    case 0x0a:
      return n >= 8 ? view.getBigUint64(0, true).toString() : '';
    case 0x0b:
      return n >= 4 ? String(view.getFloat32(0, true)) : '';
    case 0x0c:
      return n >= 8 ? String(view.getFloat64(0, true)) : '';
    case 0x0d:
      return n >= 1 ? (bytes.some((b) => b !== 0) ? 'true' : 'false') : '';
    case 0x0e:
      return hex(bytes);
    case 0x0f:
      return n >= 16 ? guidText(view) : '';
    case 0x10:
    case 0x14:
    case 0x15:
      return n >= 8
        ? `0x${view.getBigUint64(0, true).toString(16)}`
        : n >= 4
          ? `0x${view.getUint32(0, true).toString(16)}`
          : '';
    case 0x11:
      return n >= 8 ? fileTimeText(view.getUint32(4, true), view.getUint32(0, true)) : '';
    case 0x12:
      return n >= 16 ? systemTimeText(view) : '';
    case 0x13:
      return sidText(bytes);
    default:
      return hex(bytes);
  }
}

/** An array value's items: strings are NUL-terminated; other types repeat their fixed size. */
export function arrayItems(bytes: Uint8Array, type: number): string[] {
  const itemType = type & ~ARRAY;
  if (itemType === 0x01) {
    const items = decodeUtf16le(bytes).split('\u0000');
    if (items.length > 1 && items[items.length - 1] === '') items.pop();
    return items;
  }
  const size = FIXED_SIZES[itemType];
  if (!size) return [hex(bytes)];
  const items: string[] = [];
  for (let at = 0; at + size <= bytes.length; at += size)
    items.push(valueText(bytes.subarray(at, at + size), itemType));
  return items;
}

export function isArrayType(type: number): boolean {
  return (type & ARRAY) !== 0;
}

function arrayText(bytes: Uint8Array, type: number): string {
  return arrayItems(bytes, type).join(', ');
}

const FIXED_SIZES: Readonly<Record<number, number>> = {
  0x03: 1,
  0x04: 1,
  0x05: 2,
  0x06: 2,
  0x07: 4,
  0x08: 4,
  0x09: 8,
  0x0a: 8,
  0x0b: 4,
  0x0c: 8,
  0x0d: 4,
  0x0f: 16,
  0x11: 8,
  0x12: 16,
  0x14: 4,
  0x15: 8,
};

/** FILETIME (its high and low 32 bits) as ISO 8601 UTC with milliseconds; empty when out of range. */
export function fileTimeText(high: number, low: number): string {
  const ms = Math.floor((high * 4294967296 + low) / 10000) - FILETIME_UNIX_MS;
  const date = new Date(ms);
  return Number.isFinite(date.getTime()) && ms > -FILETIME_UNIX_MS ? date.toISOString() : '';
}

function systemTimeText(view: DataView): string {
  const at = (i: number) => view.getUint16(i * 2, true);
  const date = new Date(Date.UTC(at(0), at(1) - 1, at(3), at(4), at(5), at(6), at(7)));
  return Number.isFinite(date.getTime()) ? date.toISOString() : '';
}

function guidText(view: DataView): string {
  const h = (value: number, digits: number) =>
    value.toString(16).toUpperCase().padStart(digits, '0');
  const tail: string[] = [];
  for (let i = 8; i < 16; i++) tail.push(h(view.getUint8(i), 2));
  return `{${h(view.getUint32(0, true), 8)}-${h(view.getUint16(4, true), 4)}-${h(view.getUint16(6, true), 4)}-${tail.slice(0, 2).join('')}-${tail.slice(2).join('')}}`;
}

/** A SID: revision, authority (48-bit big-endian), then 32-bit sub-authorities. */
function sidText(bytes: Uint8Array): string {
  if (bytes.length < 8) return '';
  let authority = 0;
  for (let i = 2; i < 8; i++) authority = authority * 256 + bytes[i];
  const parts = [`S-${bytes[0]}-${authority}`];
  const count = Math.min(bytes[1], Math.floor((bytes.length - 8) / 4));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < count; i++) parts.push(String(view.getUint32(8 + i * 4, true)));
  return parts.join('-');
}

function hex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).toUpperCase().padStart(2, '0');
  return out;
}

function trimNuls(text: string): string {
  const end = text.indexOf('\u0000');
  return end < 0 ? text : text.slice(0, end);
}
