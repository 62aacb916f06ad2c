export type TokenType = 'hex' | 'number' | 'word' | 'cjk';

export interface Token {
  type: TokenType;
  text: string;
}

/** Tokens past this many are not read: a question never needs more, and a paste goes to the log reader. */
export const MAX_TOKENS = 20_000;

/**
 * Splits text into hex literals (`0x411`), decimal numbers (`20502`, `-2146875392`), latin words
 * (`CRPSCEPChallenge_Expired`, `Event`) and runs of Japanese script (`チャレンジの期限切れ`).
 * One pass, no regular expressions, so the cost is linear whatever the input.
 */
export function scanTokens(text: string, limit = MAX_TOKENS): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n && tokens.length < limit) {
    const c = text.charCodeAt(i);
    if (c === 48 && (text[i + 1] === 'x' || text[i + 1] === 'X') && isHex(text.charCodeAt(i + 2))) {
      let j = i + 2;
      while (j < n && isHex(text.charCodeAt(j))) j++;
      if (j < n && isWordChar(text.charCodeAt(j))) {
        j = skipWord(text, j);
        tokens.push({ type: 'word', text: text.slice(i, j) });
      } else {
        tokens.push({ type: 'hex', text: text.slice(i, j) });
      }
      i = j;
    } else if (
      isDigit(c) ||
      (c === 45 && isDigit(text.charCodeAt(i + 1)) && !isWordChar(text.charCodeAt(i - 1)))
    ) {
      let j = i + 1;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      if (j < n && isWordChar(text.charCodeAt(j))) {
        j = skipWord(text, j);
        tokens.push({ type: 'word', text: text.slice(i, j) });
      } else {
        tokens.push({ type: 'number', text: text.slice(i, j) });
      }
      i = j;
    } else if (isWordStart(c)) {
      const j = skipWord(text, i + 1);
      tokens.push({ type: 'word', text: text.slice(i, j) });
      i = j;
    } else if (isJapanese(c)) {
      let j = i + 1;
      while (j < n && isJapanese(text.charCodeAt(j))) j++;
      tokens.push({ type: 'cjk', text: text.slice(i, j) });
      i = j;
    } else {
      i++;
    }
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

function isWordChar(c: number): boolean {
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
