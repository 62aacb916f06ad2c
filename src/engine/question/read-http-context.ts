import { isDigit, type Token } from './scan-tokens';

/* Whether a number is an HTTP status, read from the words and characters around it. */

const words = (list: string) => new Set(list.split(' '));

/** Before a number: it is an HTTP status (when it looks like one). */
export const HTTP_WORDS = words(
  'http https status returns returned return returning response responds responded iis statuscode gives gave giving ' +
    'shows showed showing throws threw got gets getting get'
);
/** Words of an HTTP reason phrase right after the number: "500 Internal Server Error". */
const HTTP_REASONS = words(
  'internal forbidden unauthorized bad not service gateway request method ok created found moved'
);
/** Windows error families that are never an HTTP status: "Win32 500", "WinHttp 12152". */
const NOT_HTTP_ERROR = words('win32 winhttp wininet hresult hr exit exitcode result');
/** Japanese right after an HTTP status: "500 を返します", "500 - 内部サーバー エラー", "403 になります". */
const JA_HTTP_AFTER = [
  'を返',
  'が返',
  'になり',
  'が出',
  '内部サーバー',
  'サービスを利用',
  'アクセスが拒否',
];
/** Japanese particles between a word and a number: "IIS で 500", "NDES が 500". */
const JA_PARTICLES = words('で が は から に の');

/**
 * A three-digit number in HTTP context: a reason phrase or an IIS triplet after it; an error status
 * after "error" ("error 503 on NDES", "HTTP エラー 503", "NDES 500 error"), unless a Windows family
 * is named; Japanese around it ("ステータス 500", "IIS で 500", "500 を返します").
 */
export function readsAsHttp(
  text: string,
  tokens: readonly Token[],
  i: number,
  digits: string,
  prev: string,
  next: string
): boolean {
  if (HTTP_REASONS.has(next) || isIisTriplet(text, tokens, i)) return true;
  if (!/^[45]/.test(digits)) return false;
  const before = wordAt(tokens, i - 2);
  if (next.startsWith('エラー') || next === 'error') return true;
  if ((prev === 'error' || prev === 'エラー') && !NOT_HTTP_ERROR.has(before)) return true;
  if (prev.endsWith('ステータス') || prev.endsWith('ステータスコード')) return true;
  if (JA_PARTICLES.has(prev) && HTTP_WORDS.has(before)) return true;
  return tokens[i + 1]?.type === 'cjk' && JA_HTTP_AFTER.some((w) => next.startsWith(w));
}

/** `500.19`: a status and a one- or two-digit substatus, then the end of the number. */
export function isSubstatus(text: string, token: Token): boolean {
  if (text[token.end] !== '.') return false;
  let j = token.end + 1;
  while (j < text.length && j - token.end <= 3 && isDigit(text.charCodeAt(j))) j++;
  const width = j - token.end - 1;
  return width >= 1 && width <= 2 && !(text[j] === '.' && isDigit(text.charCodeAt(j + 1)));
}

/** IIS writes status, substatus and win32 status side by side: `403 16 2148204809`, `500 0 1346`. */
function isIisTriplet(text: string, tokens: readonly Token[], i: number): boolean {
  const [status, sub, win32] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (
    sub?.type !== 'number' ||
    win32?.type !== 'number' ||
    sub.text.length > 3 ||
    win32.text.startsWith('-')
  )
    return false;
  // Three columns separated by single spaces, the last one a whole number: not a piece of an address.
  const spaced =
    text[status.end] === ' ' && sub.start === status.end + 1 && win32.start === sub.end + 1;
  return spaced && !/[.:/]/.test(text[win32.end] ?? ' ');
}

/** The lower-case word or Japanese run at position i, or '' when it is something else. */
export function wordAt(tokens: readonly Token[], i: number): string {
  const token = tokens[i];
  if (!token || (token.type !== 'word' && token.type !== 'cjk')) return '';
  return token.text.toLowerCase();
}
