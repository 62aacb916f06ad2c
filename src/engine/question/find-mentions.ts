import type { Catalog, CatalogEntry } from '../../catalog/catalog-types';
import { hexKey, httpKey, keysOfDecimal, normalizeHexDigits } from '../../catalog/code-keys';
import type { MatchKind } from '../answer';
import { narrowCandidates } from '../narrow-candidates';
import type { Token } from './scan-tokens';
import { nearestNames } from './suggest-nearest';

/** Something the text names, in the order it appears. */
export type Mention =
  | { type: 'entries'; entries: CatalogEntry[]; via: MatchKind; token: string }
  | { type: 'unknownCode'; token: string; digits: string }
  | { type: 'unknownEvent'; token: string; value: number }
  | { type: 'didYouMean'; token: string; suggestions: CatalogEntry[] };

const EVENT_WORDS = new Set(['event', 'events', 'eventid', 'id', 'evt']);
const CODE_WORDS = new Set(['code', 'diag', 'diagnostic', 'コード', '診断コード']);
const ERROR_WORDS = new Set([
  'error',
  'err',
  'win32',
  'hresult',
  'hr',
  'errorcode',
  'result',
  'エラー',
]);
const HTTP_WORDS = new Set(['http', 'status', 'iis']);
/** "process id 1234", "record id 5": ids of other things, not events. */
const OTHER_IDS = new Set([
  'process',
  'thread',
  'record',
  'eventrecord',
  'activity',
  'correlation',
  'session',
  'user',
  'device',
  'tenant',
  'request',
  'transaction',
  'object',
  'client',
  'app',
  'application',
]);
/** "1000 devices", "4000 times": a count, not an event. */
const COUNT_WORDS = new Set([
  'devices',
  'device',
  'users',
  'user',
  'times',
  'certs',
  'certificates',
  'requests',
  'records',
  'machines',
  'servers',
  'clients',
  'ms',
  'seconds',
  'minutes',
  'hours',
  'days',
  'kb',
  'mb',
  'gb',
  'bytes',
  'items',
  'entries',
  'rows',
  'lines',
  '台',
  '件',
  '回',
  '個',
  '人',
]);
/** `EventID20502`, `event20502`, `ID20502`: an event word glued to its number. */
const GLUED_EVENT = /^(?:event|eventid|id)(\d{1,6})$/i;
/** Hex literals longer than this are data (keywords masks, hashes), not codes. */
const MAX_CODE_DIGITS = 16;

export interface FindOptions {
  /**
   * Reading a log record rather than a question: decimal numbers count as codes only after words
   * such as "error" or "win32", and no did-you-mean is worked out for names (log lines are full of
   * numbers and CamelCase words that are neither).
   */
  inLog?: boolean;
}

/**
 * Finds every code, event number and entry name in the tokens, in order and without repeats.
 * Codes are looked up by their written digits; an event number counts when it follows a word such
 * as "event", "ID" or "イベント", or when it is a catalog event and not a count ("1000 devices").
 */
export function findMentions(
  catalog: Catalog,
  tokens: Token[],
  wholeText: string,
  options: FindOptions = {}
): Mention[] {
  const inLog = options.inLog ?? false;
  const mentions: Mention[] = [];
  const seen = new Set<string>();
  const once = (key: string, mention: Mention) => {
    if (seen.has(key)) return;
    seen.add(key);
    mentions.push(mention);
  };
  const emitEntries = (entries: CatalogEntry[], via: MatchKind, token: string) => {
    const fresh = entries.filter((e) => !seen.has(e.id));
    if (fresh.length === 0) return;
    for (const e of fresh) seen.add(e.id);
    mentions.push({ type: 'entries', entries: fresh, via, token });
  };
  const events = (value: number) => {
    const found = catalog.eventsByNumber.get(String(value));
    return found ? narrowCandidates(catalog, found, wholeText) : undefined;
  };
  const eventNumber = (text: string) => {
    const value = Number(text);
    const entries = events(value);
    if (entries?.length) emitEntries(entries, 'event', text);
    else once(`event:${value}`, { type: 'unknownEvent', token: text, value });
  };
  const wholeWord = tokens.length === 1 ? wholeText.trim().toLowerCase() : undefined;

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const prev = wordAt(tokens, i - 1);
    if (token.type === 'hex') {
      const digits = normalizeHexDigits(token.text);
      if (!digits || digits.length > MAX_CODE_DIGITS) continue;
      const entries = catalog.codesByKey.get(hexKey(digits));
      if (entries) emitEntries(entries, 'code', token.text);
      else once(`code:${digits}`, { type: 'unknownCode', token: token.text, digits });
    } else if (token.type === 'number') {
      const text = token.text;
      const before = wordAt(tokens, i - 2);
      if (EVENT_WORDS.has(prev) || prev.endsWith('イベント')) {
        if (text.startsWith('-') || text.length > 6 || (prev === 'id' && OTHER_IDS.has(before)))
          continue;
        eventNumber(text);
      } else if (
        /^\d{3}$/.test(text) &&
        (HTTP_WORDS.has(prev) || (CODE_WORDS.has(prev) && HTTP_WORDS.has(before)))
      ) {
        const entries = catalog.codesByKey.get(httpKey(text));
        if (entries) emitEntries(entries, 'code', `HTTP ${text}`);
      } else if (CODE_WORDS.has(prev) && /^\d{3}$/.test(text)) {
        const digits = text.replace(/^0+(?=.)/, '');
        const connector = catalog.codesByKey.get(hexKey(digits));
        const http = catalog.codesByKey.get(httpKey(text));
        if (connector) emitEntries(connector, 'code', text);
        else if (text.startsWith('4') && !http)
          once(`code:${digits}`, { type: 'unknownCode', token: `0x${text}`, digits });
        else if (http) emitEntries(http, 'code', `HTTP ${text}`);
      } else {
        const counted = COUNT_WORDS.has(wordAt(tokens, i + 1));
        const bare =
          text.length <= 6 && !text.startsWith('-') && !counted && !inLog
            ? events(Number(text))
            : undefined;
        if (bare?.length) {
          emitEntries(bare, 'event', text);
          continue;
        }
        if (!ERROR_WORDS.has(prev) && (inLog || text.replace('-', '').length < 4)) continue;
        const codes = keysOfDecimal(text).flatMap((k) => catalog.codesByKey.get(k) ?? []);
        if (codes.length) emitEntries(codes, 'code', text);
      }
    } else if (token.type === 'word') {
      const glued = GLUED_EVENT.exec(token.text);
      if (glued) {
        eventNumber(glued[1]);
        continue;
      }
      const lower = token.text.toLowerCase();
      const entries = catalog.byName.get(lower);
      const nameLike = isIdentifierLike(token.text) || wholeWord === lower;
      if (entries && nameLike) emitEntries(entries, 'name', token.text);
      else if (!entries && !inLog && isIdentifierLike(token.text) && token.text.length >= 8) {
        const suggestions = nearestNames(catalog, token.text);
        if (suggestions.length)
          once(`name:${lower}`, { type: 'didYouMean', token: token.text, suggestions });
      }
    }
  }
  return mentions;
}

/** The lower-case word or Japanese run at position i, or '' when it is something else. */
function wordAt(tokens: Token[], i: number): string {
  const token = tokens[i];
  if (!token || (token.type !== 'word' && token.type !== 'cjk')) return '';
  return token.text.toLowerCase();
}

/** `CRPSCEPChallenge_Expired`, `RevokeCert_Failure`, `ScepVerifyFailure`: names, not prose. */
function isIdentifierLike(word: string): boolean {
  if (word.includes('_')) return true;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const p = word.charCodeAt(i - 1);
    if (c >= 65 && c <= 90 && p >= 97 && p <= 122) return true;
  }
  return false;
}
