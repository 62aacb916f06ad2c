import type { Catalog, CatalogEntry, Language } from '../catalog/catalog-types';
import { normalizeHexDigits } from '../catalog/code-keys';
import type { EntryRef } from './model/answer';
import { chooseLanguage } from './question/choose-language';
import { findMentions } from './question/find-mentions';
import { sanitizeText } from './question/sanitize-text';
import { scanTokens } from './question/scan-tokens';
import { searchKeywords } from './question/search-keywords';
import { nearestCodes, nearestEvents } from './question/suggest-nearest';
import { refEntry } from './entries/view-entry';

export interface FoundEntries {
  language: Language;
  results: EntryRef[];
}

export interface FindOptions {
  locale?: string;
  language?: Language;
  limit?: number;
}

const DEFAULT_LIMIT = 25;
/** Longest query read: a search box holds a few words, not a paste. */
const MAX_QUERY_CHARS = 500;
/** Catalogs whose failures come first in the empty-query list: today's connector, then the legacy codes. */
const FAILURE_ORDER = ['certificate-connector', 'legacy-connector', 'windows'];

/**
 * Entries for a search box that fills as the admin types: the entries the text names (codes,
 * events, names, then keywords), then entries whose code, event number or name starts with (or,
 * for names and summaries, contains) it. An empty query lists the failures, today's connector first.
 */
export function findEntries(
  catalog: Catalog,
  query: string,
  options: FindOptions = {}
): FoundEntries {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const { language, text } = chooseLanguage(
    sanitizeText(query.slice(0, MAX_QUERY_CHARS)),
    options.locale,
    options.language
  );
  const q = text.trim();
  const picked: CatalogEntry[] = [];
  const add = (entry: CatalogEntry | undefined) => {
    if (entry && !picked.includes(entry) && picked.length < limit) picked.push(entry);
  };

  if (q === '') {
    for (const catalogId of FAILURE_ORDER) {
      catalog.entries
        .filter(
          (e) =>
            e.catalogId === catalogId &&
            e.severity === 'error' &&
            (e.kind === 'code' || e.log !== 'Operational')
        )
        .forEach(add);
    }
    return { language, results: picked.map((e) => refEntry(catalog, e, language)) };
  }

  const byId = catalog.byId.get(q);
  if (byId) add(byId);
  const { mentions } = findMentions(catalog, q);
  for (const mention of mentions) {
    if (mention.type === 'entries') mention.entries.forEach(add);
    else if (mention.type === 'unknown') {
      const near =
        mention.tokenKind === 'event'
          ? nearestEvents(catalog, mention.value)
          : nearestCodes(catalog, mention.family, mention.value);
      near.forEach(add);
    } else if (mention.type === 'didYouMean') mention.suggestions.forEach(add);
  }
  if (mentions.length === 0) searchKeywords(catalog, scanTokens(q), q).entries.forEach(add);

  const lower = q.toLowerCase();
  const digits = normalizeHexDigits(q);
  const decimal = /^\d{1,6}$/.test(q) ? q : undefined;
  for (const entry of catalog.entries) {
    const entryDigits = entry.kind === 'code' ? normalizeHexDigits(entry.key) : undefined;
    if (digits && entryDigits?.startsWith(digits)) add(entry);
    else if (decimal && entry.kind === 'event' && entry.key.startsWith(decimal)) add(entry);
    else if (lower.length >= 3 && entry.name.toLowerCase().includes(lower)) add(entry);
    else if (
      lower.length >= 2 &&
      (entry.summary[language].toLowerCase().includes(lower) ||
        entry.keywords[language].some((k) => k.toLowerCase().includes(lower)))
    ) {
      add(entry);
    }
  }
  return { language, results: picked.map((e) => refEntry(catalog, e, language)) };
}
