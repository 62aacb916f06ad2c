/**
 * The one place that says how a written code becomes an index key. Hex codes are keyed by their
 * digits as written (`0x00000411` → `x:411`), decimal Win32/WinHTTP numbers by their value
 * (`12175` → `d:12175`) and HTTP statuses by status and substatus (`403.16` → `h:403.16`). A 32-bit
 * HRESULT written in decimal, signed (PowerShell) or unsigned (IIS), is also found under its hex key.
 * Codes are matched as tokens, never by arithmetic: the legacy connector's codes skip 0x406, 0x407
 * and 0x40A–0x40F, so neighbouring values mean nothing.
 */
export type CodeKey = string & { readonly __codeKey: true };

/** `x:411` for the digits `411`. */
export function hexKey(digits: string): CodeKey {
  return `x:${digits}` as CodeKey;
}

/** `d:12175` for a decimal Win32, WinHTTP or MSI number. */
export function decimalKey(value: string): CodeKey {
  return `d:${value}` as CodeKey;
}

/** `h:500` or `h:403.16` for an HTTP status with an optional IIS substatus. */
export function httpKey(status: string, substatus?: string): CodeKey {
  return `h:${status}${substatus ? `.${substatus}` : ''}` as CodeKey;
}

/**
 * The digits of a hex code as written, without prefix or leading zeros, upper case:
 * `0x00000411` → `411`, `0X0FFFFFFFF` → `FFFFFFFF`, `0x0` → `0`.
 * Returns undefined for anything that is not `0x` followed by hex digits.
 */
export function normalizeHexDigits(token: string): string | undefined {
  if (token.length < 3 || token[0] !== '0' || (token[1] !== 'x' && token[1] !== 'X'))
    return undefined;
  for (let i = 2; i < token.length; i++) {
    if (!isHexDigit(token.charCodeAt(i))) return undefined;
  }
  let start = 2;
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

/**
 * The keys a catalog code spelling is indexed under: `0x…` by its digits, `HTTP 403.16` as an
 * HTTP key, a decimal number as a decimal key. Returns [] for anything else.
 */
export function keysOfCatalogCode(spelling: string): CodeKey[] {
  const digits = normalizeHexDigits(spelling);
  if (digits !== undefined) return [hexKey(digits)];
  const http = /^HTTP (\d{3})(?:\.(\d{1,3}))?$/.exec(spelling);
  if (http) return [httpKey(http[1], http[2])];
  if (/^-?\d{1,10}$/.test(spelling)) return keysOfDecimal(spelling);
  return [];
}

/**
 * The keys a decimal number is looked up under: itself, and the hex key of the 32-bit value when
 * it lies in the HRESULT range (a signed negative number or an unsigned one from 0x80000000).
 */
export function keysOfDecimal(value: string): CodeKey[] {
  const text = value.replace(/^\+/, '');
  const n = Number(text);
  const keys = [decimalKey(text)];
  if (
    Number.isSafeInteger(n) &&
    ((n >= 0x80000000 && n <= 0xffffffff) || (n < 0 && n >= -0x80000000))
  ) {
    keys.push(hexKey(normalizeHexDigits(formatHex32(n)) as string));
  }
  return keys;
}

/** The lookup key of a code inside a namespace: `mcsceperrordomain:22013`. */
export function namespaceKey(namespace: string, code: string): string {
  return `${namespace.toLowerCase()}:${code.toLowerCase()}`;
}
