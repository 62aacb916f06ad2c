/** Byte helpers for the readers that judge lines from their bytes (iis-bytes.ts, line-windows.ts). */
const SPACE = 0x20;
const decoder = new TextDecoder('utf-8');

/** Whitespace as String.prototype.trim sees it, for ASCII bytes. */
export function isSpace(c: number): boolean {
  return c === SPACE || (c >= 0x09 && c <= 0x0d);
}

/** Whether `word` (lower case) follows at `at`, in any case. */
export function follows(b: Uint8Array, at: number, e: number, word: readonly number[]): boolean {
  if (at + word.length > e) return false;
  for (let i = 0; i < word.length; i++) if ((b[at + i] | 0x20) !== word[i]) return false;
  return true;
}

export function hashOf(b: Uint8Array, length: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < length; i++) hash = Math.imul(hash ^ b[i], 0x01000193);
  return hash >>> 0;
}

export function sameKey(key: string, b: Uint8Array, length: number): boolean {
  if (key.length !== length) return false;
  for (let i = 0; i < length; i++) if (key.charCodeAt(i) !== b[i]) return false;
  return true;
}

/** ASCII bytes as a string. */
export function ascii(b: Uint8Array, s: number, e: number): string {
  return e - s < 256 ? String.fromCharCode(...b.subarray(s, e)) : decoder.decode(b.subarray(s, e));
}

/** Two byte arrays as one (a copy). */
export function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
