import type { Catalog, CatalogEntry, CodeContext } from '../../catalog/catalog-types';
import { hexKey, httpKey, keysOfDecimal, normalizeHexDigits } from '../../catalog/code-keys';
import type { MatchKind } from '../answer';
import { narrowCandidates } from '../narrow-candidates';
import {
  decodeHresult,
  decodeNumber,
  windowsCodeByKey,
  windowsCodeByName,
  type WindowsCodeView,
} from '../windows/decode-windows-code';
import { readNumberRole, wordAt } from './read-number';
import { scanTokens, type Token } from './scan-tokens';
import { nearestNames } from './suggest-nearest';

/** The family an unknown code belongs to, so that suggestions stay within it. */
export type CodeFamily = 'connector' | 'hresult' | 'decimal' | 'http';

/** Something the text names, where it stands. */
export type Mention =
  | { type: 'entries'; entries: CatalogEntry[]; via: MatchKind; token: string; at: number }
  | { type: 'windows'; code: WindowsCodeView; via: MatchKind; token: string; at: number }
  | {
      type: 'unknown';
      token: string;
      tokenKind: 'code' | 'event';
      family: CodeFamily;
      value: number;
      at: number;
    }
  | { type: 'didYouMean'; token: string; suggestions: CatalogEntry[]; at: number };

/** What a text names, and the cues it holds for the contexts of codes. */
export interface Mentions {
  mentions: Mention[];
  /** Entry id → the contexts whose cues appear in the text, with how many times. */
  cues: Map<string, Map<CodeContext, number>>;
}

export interface FindOptions {
  /**
   * Reading a log record rather than a question: decimal numbers count as codes only after words
   * such as "error" or "win32", bare numbers never count as events, and no did-you-mean is worked out.
   */
  inLog?: boolean;
}

/** `EventID20502`, `event20502`, `ID20502`: an event word glued to its number. */
const GLUED_EVENT = /^(?:event|eventid|id)(\d{1,6})$/i;
/** Hex literals longer than this are data (keyword masks, hashes), not codes. */
const MAX_CODE_DIGITS = 16;
/** Labels after which a hex value is a time stamp, an offset or an id, never an error code. */
const NOT_A_CODE_AFTER = new Set([
  'stamp',
  'timestamp',
  'offset',
  'time',
  'id',
  'pid',
  'tid',
  'address',
  'handle',
  'keywords',
  'flags',
  'thumbprint',
  'serial',
  'serialnumber',
  'version',
]);
/** In a log record, a decimal HRESULT counts only after these words (record ids and counters are long numbers too). */
const ERROR_BEFORE = new Set([
  'error',
  'errorcode',
  'hresult',
  'hr',
  'result',
  'code',
  'status',
  'win32',
  'exception',
]);
/** Did-you-mean costs an edit-distance pass over the names: at most this many per text. */
const MAX_DID_YOU_MEAN = 4;

/**
 * Finds every code, event number, name and identifying phrase in a text, in the order written and
 * without repeats. Numbers count only in the role the words around them give (see read-number.ts).
 */
export function findMentions(catalog: Catalog, text: string, options: FindOptions = {}): Mentions {
  const inLog = options.inLog ?? false;
  const tokens = scanTokens(text);
  const mentions: Mention[] = [];
  const seen = new Set<string>();
  let didYouMeanLeft = MAX_DID_YOU_MEAN;
  const once = (key: string, mention: Mention) => {
    if (seen.has(key)) return;
    seen.add(key);
    mentions.push(mention);
  };
  const addEntries = (
    entries: readonly CatalogEntry[],
    via: MatchKind,
    token: string,
    at: number
  ) => {
    const fresh = [...new Set(entries)].filter((e) => !seen.has(e.id));
    for (const e of fresh) seen.add(e.id);
    if (fresh.length) mentions.push({ type: 'entries', entries: fresh, via, token, at });
  };
  /** A generic code, or the catalog's entry for the same value when it curates one. */
  const addWindows = (code: WindowsCodeView, via: MatchKind, token: string, at: number) => {
    const curated =
      code.family === 'win32' || code.family === 'winhttp'
        ? []
        : catalog.codesByKey.get(hexKey(code.key.slice(2).replace(/^0+(?=.)/, '')));
    if (curated?.length) addEntries(curated, via, token, at);
    else once(`windows:${code.key}`, { type: 'windows', code, via, token, at });
  };
  const addEvent = (number: string, at: number) => {
    const found = catalog.eventsByNumber.get(String(Number(number)));
    const entries = found ? narrowCandidates(catalog, found, text) : [];
    if (entries.length) addEntries(entries, 'event', number, at);
    else
      once(`event:${Number(number)}`, {
        type: 'unknown',
        token: number,
        tokenKind: 'event',
        family: 'decimal',
        value: Number(number),
        at,
      });
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === 'hex') readHex(token, i);
    else if (token.type === 'number') readNumber(token, i);
    else if (token.type === 'word') readWord(token);
  }
  const cues = new Map<string, Map<CodeContext, number>>();
  const spans: Array<[number, number]> = [];
  for (const match of catalog.phrases.find(text)) {
    const target = match.target;
    if (target.kind === 'entry') {
      const entry = catalog.byId.get(target.id);
      if (entry) addEntries([entry], 'phrase', '', match.start);
      if (entry) spans.push([match.start, match.end]);
    } else if (target.kind === 'windows') {
      const code = windowsCodeByKey(catalog.windowsCodes, target.key);
      if (code && code.value !== 0) addWindows(code, 'phrase', '', match.start);
    } else {
      const counts = cues.get(target.id) ?? new Map<CodeContext, number>();
      counts.set(target.context, (counts.get(target.context) ?? 0) + 1);
      cues.set(target.id, counts);
    }
  }
  // A number inside a known message belongs to that message: "(400) Bad Request" in a sign-in error.
  const inSpan = (m: Mention) => spans.some(([start, end]) => m.at >= start && m.at < end);
  const kept = mentions.filter(
    (m) => !((m.type === 'unknown' || m.type === 'didYouMean') && inSpan(m))
  );
  kept.sort((a, b) => a.at - b.at);
  return { mentions: kept, cues };

  function readHex(token: Token, i: number): void {
    const digits = normalizeHexDigits(token.text);
    if (!digits || digits.length > MAX_CODE_DIGITS || NOT_A_CODE_AFTER.has(wordAt(tokens, i - 1)))
      return;
    const entries = catalog.codesByKey.get(hexKey(digits));
    if (entries) return addEntries(entries, 'code', token.text, token.start);
    if (digits.length > 8) return;
    const value = parseInt(digits, 16);
    if (value < 0x10000) {
      if (!(inLog && value === 0)) {
        once(`code:${digits}`, {
          type: 'unknown',
          token: token.text,
          tokenKind: 'code',
          family: 'connector',
          value,
          at: token.start,
        });
      }
      return;
    }
    const code = decodeHresult(catalog.windowsCodes, value);
    if (code) addWindows(code, 'code', token.text, token.start);
    else
      once(`code:${digits}`, {
        type: 'unknown',
        token: token.text,
        tokenKind: 'code',
        family: 'hresult',
        value,
        at: token.start,
      });
  }

  function readNumber(token: Token, i: number): void {
    const role = readNumberRole(text, tokens, i);
    const value = token.text;
    if (role === 'event') return addEvent(value, token.start);
    if (role === 'hresult') {
      if (inLog && !ERROR_BEFORE.has(wordAt(tokens, i - 1))) return;
      const entries = keysOfDecimal(value).flatMap((k) => catalog.codesByKey.get(k) ?? []);
      if (entries.length) return addEntries(entries, 'code', value, token.start);
      const code = decodeHresult(catalog.windowsCodes, Number(value));
      if (code) return addWindows(code, 'code', value, token.start);
      return once(`code:${value}`, {
        type: 'unknown',
        token: value,
        tokenKind: 'code',
        family: 'hresult',
        value: Number(value) >>> 0,
        at: token.start,
      });
    }
    if (role === 'http') {
      const entries = catalog.codesByKey.get(httpKey(value));
      if (entries) return addEntries(entries, 'code', `HTTP ${value}`, token.start);
      return once(`http:${value}`, {
        type: 'unknown',
        token: `HTTP ${value}`,
        tokenKind: 'code',
        family: 'http',
        value: Number(value),
        at: token.start,
      });
    }
    if (role === 'code')
      return readDecimalCode(token, wordAt(tokens, i - 1), wordAt(tokens, i - 2));
    if (role === 'bare' && !inLog) readBare(token);
  }

  function readDecimalCode(token: Token, prev: string, before: string): void {
    const value = token.text;
    // "code 411", "diag code 403": the legacy connector's codes are written as decimal-looking hex.
    if (prev === 'code' && /^\d{3}$/.test(value) && before !== 'status' && before !== 'http') {
      const connector = catalog.codesByKey.get(hexKey(value.replace(/^0+(?=.)/, '')));
      if (connector) return addEntries(connector, 'code', value, token.start);
      const http = catalog.codesByKey.get(httpKey(value));
      if (http && !value.startsWith('4'))
        return addEntries(http, 'code', `HTTP ${value}`, token.start);
      if (value.startsWith('4')) {
        return once(`code:${value}`, {
          type: 'unknown',
          token: `0x${value}`,
          tokenKind: 'code',
          family: 'connector',
          value: parseInt(value, 16),
          at: token.start,
        });
      }
    }
    if (prev === 'code' && (before === 'status' || before === 'http') && /^\d{3}$/.test(value)) {
      const http = catalog.codesByKey.get(httpKey(value));
      if (http) return addEntries(http, 'code', `HTTP ${value}`, token.start);
    }
    const entries = keysOfDecimal(value).flatMap((k) => catalog.codesByKey.get(k) ?? []);
    if (entries.length) return addEntries(entries, 'code', value, token.start);
    const code = decodeNumber(catalog.windowsCodes, Number(value));
    if (code) return addWindows(code, 'code', value, token.start);
    if (!inLog)
      once(`code:${value}`, {
        type: 'unknown',
        token: value,
        tokenKind: 'code',
        family: 'decimal',
        value: Number(value),
        at: token.start,
      });
  }

  function readBare(token: Token): void {
    const value = token.text;
    if (value.length >= 3 && value.length <= 6) {
      const events = catalog.eventsByNumber.get(String(Number(value)));
      if (events) return addEvent(value, token.start);
    }
    if (/^[1-5]\d\d$/.test(value)) {
      const http = catalog.codesByKey.get(httpKey(value));
      if (http)
        return once(`http?:${value}`, {
          type: 'didYouMean',
          token: value,
          suggestions: http,
          at: token.start,
        });
    }
    if (value.length >= 4) {
      const entries = keysOfDecimal(value).flatMap((k) => catalog.codesByKey.get(k) ?? []);
      if (entries.length) addEntries(entries, 'code', value, token.start);
    }
  }

  function readWord(token: Token): void {
    const glued = GLUED_EVENT.exec(token.text);
    if (glued) return addEvent(glued[1], token.start);
    const lower = token.text.toLowerCase();
    const entries = catalog.byName.get(lower);
    const wholeText = tokens.length === 1;
    if (entries && (isIdentifierLike(token.text) || wholeText))
      return addEntries(entries, 'name', token.text, token.start);
    if (!isIdentifierLike(token.text)) return;
    const code = token.text.includes('_')
      ? windowsCodeByName(catalog.windowsCodes, token.text)
      : undefined;
    if (code) return addWindows(code, 'name', token.text, token.start);
    if (
      !entries &&
      !inLog &&
      token.text.length >= 8 &&
      didYouMeanLeft > 0 &&
      !seen.has(`name:${lower}`)
    ) {
      didYouMeanLeft--;
      const suggestions = nearestNames(catalog, token.text);
      if (suggestions.length)
        once(`name:${lower}`, {
          type: 'didYouMean',
          token: token.text,
          suggestions,
          at: token.start,
        });
    }
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
