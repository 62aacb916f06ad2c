import type { Catalog } from '../../catalog/catalog-types';
import { hexKey, httpKey, keysOfDecimal, normalizeHexDigits } from '../../catalog/code-keys';
import {
  decodeHresult,
  decodeHttpStatus,
  decodeNumber,
  windowsCodeByName,
} from '../windows/decode-windows-code';
import type { MentionSink } from './mention-sink';
import { isNamespaceName, readNamespaced } from './read-namespace';
import { readNumberRole } from './read-number';
import { wordAt } from './read-http-context';
import type { Token } from './scan-tokens';
import { nearestNames } from './suggest-nearest';

/** Everything a token reader needs: the catalog, the text and its tokens, and where mentions go. */
export interface TokenReading {
  catalog: Catalog;
  text: string;
  tokens: readonly Token[];
  sink: MentionSink;
  /** Reading a log record: stricter about numbers, no did-you-mean. */
  inLog: boolean;
  /** Did-you-mean costs an edit-distance pass over the names: how many are still allowed. */
  didYouMeanLeft: number;
  /** Numbers the text writes inside a namespace (an Apple error domain), by offset. */
  namespaced: ReadonlyMap<number, string>;
}

const words = (list: string) => new Set(list.split(' '));
/** `EventID20502`, `event20502`, `ID20502`: an event word glued to its number. */
const GLUED_EVENT = /^(?:event|eventid|id)(\d{1,6})$/i;
/** Hex literals longer than this are data (keyword masks, hashes), not codes. */
const MAX_CODE_DIGITS = 16;
/** Labels after which a hex value is a time stamp, an offset or an id, never an error code. */
const NOT_A_CODE_AFTER = words(
  'stamp timestamp offset time id pid tid address handle keywords flags thumbprint serial serialnumber version ' +
    'keyusage usage keyspec keylength'
);
/** In a log record, a decimal HRESULT counts only after these words (record ids and counters are long numbers too). */
const ERROR_BEFORE = words('error errorcode hresult hr result code status win32 exception');

/** `0x80094800`, `0x411`: a curated code, a Windows code by family, or "not in the catalog" within its family. */
export function readHex(r: TokenReading, token: Token, i: number): void {
  const digits = normalizeHexDigits(token.text);
  if (!digits || digits.length > MAX_CODE_DIGITS || NOT_A_CODE_AFTER.has(wordAt(r.tokens, i - 1)))
    return;
  const entries = r.catalog.codesByKey.get(hexKey(digits));
  if (entries) return r.sink.addEntries(entries, 'code', token.text, token.start);
  if (digits.length > 8) return;
  const value = parseInt(digits, 16);
  if (value < 0x10000) {
    if (r.inLog && value === 0) return;
    // Outside the retired connector's range (0x400–0x41F), a small hex value after an error word is
    // a Win32 or WinHTTP error written in hex: 'Error 0x52e', 'error code 0x2f8f'.
    const win32 =
      (value < 0x400 || value > 0x41f) && ERROR_BEFORE.has(wordAt(r.tokens, i - 1))
        ? decodeNumber(r.catalog.windowsCodes, value)
        : undefined;
    if (win32) return r.sink.addWindows(win32, 'code', token.text, token.start);
    return r.sink.addUnknownCode(token.text, 'connector', value, token.start);
  }
  const code = decodeHresult(r.catalog.windowsCodes, value);
  if (code) r.sink.addWindows(code, 'code', token.text, token.start);
  else r.sink.addUnknownCode(token.text, 'hresult', value, token.start);
}

/** A decimal number, in the role the words around it give (see read-number.ts). */
export function readNumber(r: TokenReading, token: Token, i: number): void {
  const namespace = r.namespaced.get(token.start);
  if (namespace) return readNamespaced(r.catalog, r.sink, token, namespace);
  const role = readNumberRole(r.text, r.tokens, i);
  const value = token.text;
  const at = token.start;
  if (role === 'event') return r.sink.addEvent(value, at);
  if (role === 'hresult') {
    if (r.inLog && !ERROR_BEFORE.has(wordAt(r.tokens, i - 1))) return;
    const entries = keysOfDecimal(value).flatMap((k) => r.catalog.codesByKey.get(k) ?? []);
    if (entries.length) return r.sink.addEntries(entries, 'code', value, at);
    const code = decodeHresult(r.catalog.windowsCodes, Number(value));
    if (code) return r.sink.addWindows(code, 'code', value, at);
    return r.sink.addUnknownCode(value, 'hresult', Number(value) >>> 0, at);
  }
  // In a log, an HTTP status comes only from the IIS reader's columns.
  if (role === 'http' && !r.inLog) {
    const entries = r.catalog.codesByKey.get(httpKey(value));
    if (entries) return r.sink.addEntries(entries, 'code', `HTTP ${value}`, at);
    // A status we don't curate still has its generic meaning (404 Not Found, 429 Too Many Requests).
    const status = decodeHttpStatus(Number(value));
    if (status)
      return r.sink.once(`windows:${status.key}`, {
        type: 'windows',
        code: status,
        via: 'code',
        token: status.key,
        at,
      });
    return r.sink.addUnknownCode(`HTTP ${value}`, 'http', Number(value), at);
  }
  if (role === 'code')
    return readDecimalCode(r, token, wordAt(r.tokens, i - 1), wordAt(r.tokens, i - 2));
  if (role === 'bare' && !r.inLog) readBare(r, token);
}

function readDecimalCode(r: TokenReading, token: Token, prev: string, before: string): void {
  const value = token.text;
  const at = token.start;
  const three = /^\d{3}$/.test(value);
  if (prev === 'code' && three && (before === 'status' || before === 'http')) {
    const http = r.catalog.codesByKey.get(httpKey(value));
    if (http) return r.sink.addEntries(http, 'code', `HTTP ${value}`, at);
  } else if (prev === 'code' && three) {
    // "code 411", "diag code 403": the legacy connector's codes are written as decimal-looking hex.
    const connector = r.catalog.codesByKey.get(hexKey(value.replace(/^0+(?=.)/, '')));
    if (connector) return r.sink.addEntries(connector, 'code', value, at);
    if (value.startsWith('4'))
      return r.sink.addUnknownCode(`0x${value}`, 'connector', parseInt(value, 16), at);
    const http = r.catalog.codesByKey.get(httpKey(value));
    if (http) return r.sink.addEntries(http, 'code', `HTTP ${value}`, at);
  }
  const entries = keysOfDecimal(value).flatMap((k) => r.catalog.codesByKey.get(k) ?? []);
  if (entries.length) return r.sink.addEntries(entries, 'code', value, at);
  const code = decodeNumber(r.catalog.windowsCodes, Number(value));
  if (code) return r.sink.addWindows(code, 'code', value, at);
  if (!r.inLog) r.sink.addUnknownCode(value, 'decimal', Number(value), at);
}

/** A number nothing qualifies: a catalog event, a did-you-mean HTTP status, or a curated decimal code. */
function readBare(r: TokenReading, token: Token): void {
  const value = token.text;
  if (
    value.length >= 3 &&
    value.length <= 6 &&
    r.catalog.eventsByNumber.has(String(Number(value)))
  ) {
    return r.sink.addEvent(value, token.start);
  }
  // A success status is never offered as a problem to choose: only 4xx and 5xx get a did-you-mean.
  if (/^[45]\d\d$/.test(value)) {
    const http = r.catalog.codesByKey.get(httpKey(value));
    if (http)
      return r.sink.once(`http?:${value}`, {
        type: 'didYouMean',
        token: value,
        suggestions: http,
        at: token.start,
      });
  }
  if (value.length >= 4) {
    const entries = keysOfDecimal(value).flatMap((k) => r.catalog.codesByKey.get(k) ?? []);
    if (entries.length) return r.sink.addEntries(entries, 'code', value, token.start);
  }
  // WinHTTP's 12001–12199 are distinctive enough to name on their own ('12029 from the device').
  if (/^12[01]\d\d$/.test(value)) {
    const code = decodeNumber(r.catalog.windowsCodes, Number(value));
    if (code?.family === 'winhttp') r.sink.addWindows(code, 'code', value, token.start);
  }
}

/** A word: a glued event number, an entry or Windows code name, or a near miss of a name. */
export function readWord(r: TokenReading, token: Token): void {
  const glued = GLUED_EVENT.exec(token.text);
  if (glued) return r.sink.addEvent(glued[1], token.start);
  const lower = token.text.toLowerCase();
  const entries = r.catalog.byName.get(lower);
  if (entries && (isIdentifierLike(token.text) || r.tokens.length === 1)) {
    return r.sink.addEntries(entries, 'name', token.text, token.start);
  }
  if (!isIdentifierLike(token.text) || isNamespaceName(r.catalog, token.text)) return;
  const code = token.text.includes('_')
    ? windowsCodeByName(r.catalog.windowsCodes, token.text)
    : undefined;
  if (code) return r.sink.addWindows(code, 'name', token.text, token.start);
  if (
    !entries &&
    !r.inLog &&
    token.text.length >= 8 &&
    r.didYouMeanLeft > 0 &&
    !r.sink.has(`name:${lower}`)
  ) {
    r.didYouMeanLeft--;
    const suggestions = nearestNames(r.catalog, token.text);
    if (suggestions.length)
      r.sink.once(`name:${lower}`, {
        type: 'didYouMean',
        token: token.text,
        suggestions,
        at: token.start,
      });
  }
}

/** `CRPSCEPChallenge_Expired`, `RevokeCert_Failure`, `ScepVerifyFailure`, `E_FAIL`: names, not prose. */
function isIdentifierLike(word: string): boolean {
  if (word.includes('_')) return true;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const p = word.charCodeAt(i - 1);
    if (c >= 65 && c <= 90 && p >= 97 && p <= 122) return true;
  }
  return false;
}
