/**
 * The digits of a hex code as written, without prefix or leading zeros, upper case:
 * `0x00000411` → `411`, `0X0FFFFFFFF` → `FFFFFFFF`, `0x0` → `0`.
 * Codes are matched on these digits as tokens, never by arithmetic: the connector's codes
 * skip 0x406, 0x407 and 0x40A–0x40F, so neighbouring values mean nothing.
 * Returns undefined for anything that is not `0x` followed by hex digits.
 */
export function normalizeHexDigits(token: string): string | undefined {
  if (token.length < 3 || token[0] !== '0' || (token[1] !== 'x' && token[1] !== 'X')) return undefined;
  let start = 2;
  for (let i = 2; i < token.length; i++) {
    if (!isHexDigit(token.charCodeAt(i))) return undefined;
  }
  while (start < token.length - 1 && token[start] === '0') start++;
  return token.slice(start).toUpperCase();
}

export function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** The canonical eight-digit form of a 32-bit value: 2148204809 → `0x800B0109`. */
export function formatHex32(value: number): string {
  return '0x' + (value >>> 0).toString(16).toUpperCase().padStart(8, '0');
}
