export type TokenType = 'hex' | 'number' | 'word' | 'cjk';

/** A piece of a question: a hex literal, a (possibly signed) decimal number, a word or a Japanese run. */
export interface Token {
  type: TokenType;
  text: string;
  /** Offsets in the scanned text, so readers can look at the characters around a token. */
  start: number;
  end: number;
}

/** Eight hex digits with an HRESULT failure prefix: an HRESULT whose 0x was left out. */
const BARE_HRESULT = /^(?:80[0-9a-f]{2}|87d1|c00[0-9a-f])[0-9a-f]{4}$/i;

/** A question is read up to this many tokens; a paste is read record by record. */
const MAX_TOKENS = 20_000;

/**
 * Splits text into tokens: `0x411`, `-2146762487`, `20502`, `CRPSCEPChallenge_Expired`, and runs
 * of Japanese script (`チャレンジの期限切れ`). A digit run glued to letters (`ndes01`, `KB5014754`) is
 * one word. One pass, no regular expressions, so the cost is linear whatever the input.
 */
export function scanTokens(text: string, limit = MAX_TOKENS): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n && tokens.length < limit) {
    const c = text.charCodeAt(i);
    let j: number;
    let type: TokenType;
    if (c === 48 && (text[i + 1] === 'x' || text[i + 1] === 'X') && isHex(text.charCodeAt(i + 2))) {
      j = i + 2;
      while (j < n && isHex(text.charCodeAt(j))) j++;
      type = j < n && isWordChar(text.charCodeAt(j)) ? 'word' : 'hex';
    } else if (
      isDigit(c) ||
      (c === 45 && isDigit(text.charCodeAt(i + 1)) && !isWordChar(text.charCodeAt(i - 1)))
    ) {
      j = i + 1;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      type = j < n && isWordChar(text.charCodeAt(j)) ? 'word' : 'number';
    } else if (isWordStart(c)) {
      j = i + 1;
      type = 'word';
    } else if (isJapanese(c)) {
      j = i + 1;
      while (j < n && isJapanese(text.charCodeAt(j))) j++;
      tokens.push({ type: 'cjk', text: text.slice(i, j), start: i, end: j });
      i = j;
      continue;
    } else {
      i++;
      continue;
    }
    if (type === 'word') j = skipWord(text, j);
    const written = text.slice(i, j);
    // An HRESULT written without 0x (`800B0109`, `80070005`, `87D1FDE8`) is read as if it had one.
    if (j - i === 8 && BARE_HRESULT.test(written))
      tokens.push({ type: 'hex', text: `0x${written}`, start: i, end: j });
    else tokens.push({ type, text: written, start: i, end: j });
    i = j;
  }
  return tokens;
}

function skipWord(text: string, from: number): number {
  let j = from;
  while (j < text.length && isWordChar(text.charCodeAt(j))) j++;
  return j;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function isWordStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

export function isWordChar(c: number): boolean {
  return isWordStart(c) || isDigit(c);
}

/** Hiragana, katakana (with the long-vowel mark), CJK ideographs and 々. */
export function isJapanese(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    c === 0x3005
  );
}

/** True when the text contains any Japanese script. */
export function containsJapanese(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isJapanese(text.charCodeAt(i))) return true;
  return false;
}
