import type { Catalog, CatalogEntry } from '../catalog/catalog-types';
import { decimalLookupKeys } from '../catalog/load-catalog';
import { normalizeHexDigits } from '../catalog/normalize-code';
import type { MatchKind } from './answer';
import type { Token } from './scan-tokens';
import { narrowCandidates } from './narrow-candidates';
import { nearestNames } from './suggest-nearest';

/** Something the text names, in the order it appears. */
export type Mention =
  | { type: 'entries'; entries: CatalogEntry[]; via: MatchKind; token: string }
  | { type: 'unknownCode'; token: string; digits: string }
  | { type: 'unknownEvent'; token: string; value: number }
  | { type: 'didYouMean'; token: string; suggestions: CatalogEntry[] };

const EVENT_WORDS = new Set(['event', 'events', 'eventid', 'id', 'evt']);
const CODE_WORDS = new Set(['code', 'diag', 'diagnostic', 'コード', '診断コード']);
const ERROR_WORDS = new Set(['error', 'err', 'win32', 'status', 'hresult', 'エラー']);
const SHORT_QUESTION_TOKENS = 3;
/** Hex literals longer than this are data (keywords masks, hashes), not codes. */
const MAX_CODE_DIGITS = 16;

/**
 * Finds every code, event number and entry name in the tokens, in order and without repeats.
 * Codes are looked up by their written digits; an event number counts when it follows a word
 * such as "event", "ID" or "イベント", or when it is a catalog event on its own. A decimal error
 * number counts after "error", "status" or "win32"; elsewhere only when `bareDecimals` is on (a
 * question may be just "2148204809"; a log line is full of numbers that are not codes).
 */
export function findMentions(catalog: Catalog, tokens: Token[], wholeText: string, options: { bareDecimals?: boolean } = {}): Mention[] {
  const bareDecimals = options.bareDecimals ?? true;
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

  const wholeWord = tokens.length === 1 ? wholeText.trim().toLowerCase() : undefined;
  const lowerText = wholeText.toLowerCase();
  /** Short questions ("1000", "what is 4005") may name events by a bare number; prose may not. */
  const bareEventsAllowed = tokens.length <= SHORT_QUESTION_TOKENS || lowerText.includes('certificateconnectors');
  const events = (value: number) => {
    const found = catalog.eventsByNumber.get(String(value));
    return found ? narrowCandidates(catalog, found, wholeText) : undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const prev = wordBefore(tokens, i);
    if (token.type === 'hex') {
      const digits = normalizeHexDigits(token.text);
      if (!digits || digits.length > MAX_CODE_DIGITS) continue;
      const entries = catalog.codesByDigits.get(digits);
      if (entries) emitEntries(entries, 'code', token.text);
      else once(`code:${digits}`, { type: 'unknownCode', token: token.text, digits });
    } else if (token.type === 'number') {
      const text = token.text;
      const value = Number(text);
      if (EVENT_WORDS.has(prev) || prev.endsWith('イベント')) {
        if (text.startsWith('-') || text.length > 6) continue;
        const entries = events(value);
        if (entries?.length) emitEntries(entries, 'event', text);
        else once(`event:${value}`, { type: 'unknownEvent', token: text, value });
      } else if (prev === 'http' && /^\d{3}$/.test(text)) {
        const entries = catalog.codesByDigits.get(`#HTTP${text}`);
        if (entries) emitEntries(entries, 'code', `HTTP ${text}`);
      } else if (CODE_WORDS.has(prev) && /^\d{3}$/.test(text)) {
        const digits = text.replace(/^0+(?=.)/, '');
        const entries = catalog.codesByDigits.get(digits);
        if (entries) emitEntries(entries, 'code', text);
        else once(`code:${digits}`, { type: 'unknownCode', token: `0x${text}`, digits });
      } else {
        const bare = text.length <= 6 && (text.length >= 5 || bareEventsAllowed) ? events(value) : undefined;
        if (bare?.length) {
          emitEntries(bare, 'event', text);
          continue;
        }
        if (!ERROR_WORDS.has(prev) && (!bareDecimals || text.replace('-', '').length < 4)) continue;
        const codes = decimalLookupKeys(text).flatMap((k) => catalog.codesByDigits.get(k) ?? []);
        if (codes.length) emitEntries(codes, 'code', text);
      }
    } else if (token.type === 'word') {
      const lower = token.text.toLowerCase();
      const entries = catalog.byName.get(lower);
      const nameLike = isIdentifierLike(token.text) || wholeWord === lower;
      if (entries && nameLike) emitEntries(entries, 'name', token.text);
      else if (!entries && isIdentifierLike(token.text) && token.text.length >= 8) {
        const suggestions = nearestNames(catalog, token.text);
        if (suggestions.length) once(`name:${lower}`, { type: 'didYouMean', token: token.text, suggestions });
      }
    }
  }
  return mentions;
}

/** The lower-case word or Japanese run just before token i, skipping nothing else. */
function wordBefore(tokens: Token[], i: number): string {
  const prev = tokens[i - 1];
  if (!prev || (prev.type !== 'word' && prev.type !== 'cjk')) return '';
  return prev.text.toLowerCase();
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
