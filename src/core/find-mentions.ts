import type { Catalog, CatalogEntry } from '../catalog/catalog-types';
import { decimalLookupKeys } from '../catalog/load-catalog';
import { normalizeHexDigits } from '../catalog/normalize-code';
import type { MatchKind } from './answer';
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
const ERROR_WORDS = new Set(['error', 'err', 'win32', 'status', 'hresult', 'エラー']);
/** Hex literals longer than this are data (keywords masks, hashes), not codes. */
const MAX_CODE_DIGITS = 16;

/**
 * Finds every code, event number and entry name in the tokens, in order and without repeats.
 * Codes are looked up by their written digits; an event number counts when it follows a word
 * such as "event", "ID" or "イベント", or when it is a catalog event on its own.
 */
export function findMentions(catalog: Catalog, tokens: Token[], wholeText: string): Mention[] {
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
        const entries = catalog.eventsByNumber.get(String(value));
        if (entries) emitEntries(entries, 'event', text);
        else once(`event:${value}`, { type: 'unknownEvent', token: text, value });
      } else if (CODE_WORDS.has(prev) && /^\d{3}$/.test(text)) {
        const digits = text.replace(/^0+(?=.)/, '');
        const entries = catalog.codesByDigits.get(digits);
        if (entries) emitEntries(entries, 'code', text);
        else once(`code:${digits}`, { type: 'unknownCode', token: `0x${text}`, digits });
      } else {
        const events = text.length <= 6 ? catalog.eventsByNumber.get(String(value)) : undefined;
        if (events) {
          emitEntries(events, 'event', text);
          continue;
        }
        if (text.replace('-', '').length < 4 && !ERROR_WORDS.has(prev)) continue;
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
