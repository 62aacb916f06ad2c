/**
 * Inputs built to make a parser work hard: repeated ambiguous numbers, repeated misspellings,
 * many tokens, deep or unclosed markup, one huge line. Each maker returns exactly `chars`
 * characters, so the same input can be timed at two sizes and the growth compared.
 */
export interface AdversarialInput {
  name: string;
  make(chars: number): string;
}

const repeat = (unit: string) => (chars: number) =>
  unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

export const ADVERSARIAL_INPUTS: AdversarialInput[] = [
  { name: 'ambiguous numbers "1000 "', make: repeat('1000 ') },
  { name: 'event numbers "event 20502 "', make: repeat('event 20502 ') },
  { name: 'hex codes "0x411 "', make: repeat('0x411 ') },
  { name: 'misspelled name', make: repeat('CRPSCEPChallenge_Expirex ') },
  { name: 'keywords', make: repeat('certificate connector error ndes revoke ') },
  { name: 'Japanese words', make: repeat('証明書コネクタのエラー ') },
  { name: 'many one-letter tokens', make: repeat('a b c d e f ') },
  { name: 'deep markup "<div>"', make: repeat('<div>') },
  { name: 'unclosed markup "<a href=\\""', make: repeat('<a href="') },
  { name: 'deep XML "<Event><System>"', make: repeat('<Event><System>') },
  { name: 'record fields "Date: "', make: repeat('Date: Event ID: Source: ') },
  { name: 'markdown links', make: repeat('[Fix](https://evil.example/x) ') },
  { name: 'GUIDs', make: repeat('5c0ffee0-1234-4abc-9def-00000000a1b2 ') },
  { name: 'one huge line "x"', make: repeat('x') },
  { name: 'one huge number "0"', make: repeat('0') },
  { name: 'line breaks only', make: repeat('\n') },
  { name: 'unknown HRESULTs, all distinct', make: distinctHresults },
  { name: 'unknown connector codes, distinct', make: distinctConnectorCodes },
];

/** Facilities of the HRESULTs in the catalog and in Windows' tables: security, certificates, Win32... */
const FACILITIES = [0x9, 0xb, 0x7, 0x19, 0x1, 0x4, 0xa, 0x10, 0x2, 0x3];

/**
 * HRESULT-shaped codes, each different (the low word is a multiplicative hash of the index) and
 * spread over the facilities that have real codes, so no cache of one answer helps: each is an
 * unknown code (or a generic Windows one) that gets its facility's nearest entries.
 */
function distinctHresults(chars: number): string {
  let out = '';
  for (let i = 0; out.length < chars; i++) {
    const low = Math.imul(i + 1, 2654435761) >>> 16;
    const value = (0x80000000 | (FACILITIES[i % FACILITIES.length] << 16) | low) >>> 0;
    out += `0x${value.toString(16).toUpperCase()} `;
  }
  return out.slice(0, chars);
}

/** Short codes in the connector's range (0x400…0xFFF), different for thousands: nearest by spelling. */
function distinctConnectorCodes(chars: number): string {
  let out = '';
  for (let i = 0; out.length < chars; i++) out += `0x${(0x400 + (i % 0xc00)).toString(16)} `;
  return out.slice(0, chars);
}
