import type { Catalog, CatalogEntry, Language } from '../catalog/catalog-types';
import { normalizeHexDigits } from '../catalog/normalize-code';
import type { EntryRef } from './answer';
import { chooseLanguage } from './choose-language';
import { explain } from './explain';
import { refEntry } from './view-entry';

export interface SearchResult {
  language: Language;
  results: EntryRef[];
}

const DEFAULT_LIMIT = 25;
/** Catalogs whose failures come first in the empty-query list: today's connector, then the legacy codes. */
const FAILURE_ORDER = ['certificate-connector', 'legacy-connector', 'windows'];

/**
 * Entries for a search box that fills as the admin types: what explain() finds for the text,
 * then entries whose code, event number or name starts with (or, for names and summaries,
 * contains) it. An empty query lists the failures, today's connector first.
 */
export function searchCatalog(catalog: Catalog, query: string, options: { locale?: string; language?: Language; limit?: number } = {}): SearchResult {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const { language, text } = chooseLanguage(query.slice(0, 500), options.locale, options.language);
  const q = text.trim();
  const picked: CatalogEntry[] = [];
  const add = (entry: CatalogEntry | undefined) => {
    if (entry && !picked.includes(entry) && picked.length < limit) picked.push(entry);
  };

  if (q === '') {
    for (const catalogId of FAILURE_ORDER) {
      catalog.entries.filter((e) => e.catalogId === catalogId && e.severity === 'error' && (e.kind === 'code' || e.log !== 'Operational')).forEach(add);
    }
    return { language, results: picked.map((e) => refEntry(catalog, e, language)) };
  }

  const answer = explain(q, { catalog, language });
  if (answer.kind === 'lookup') {
    for (const item of answer.items) {
      if (item.type === 'entry') add(catalog.byId.get(item.entry.id));
      else item.suggestions.forEach((s) => add(catalog.byId.get(s.id)));
    }
  }

  const lower = q.toLowerCase();
  const digits = normalizeHexDigits(q);
  const decimal = /^\d{1,6}$/.test(q) ? q : undefined;
  for (const entry of catalog.entries) {
    const entryDigits = entry.kind === 'code' ? normalizeHexDigits(entry.key) : undefined;
    if (digits && entryDigits?.startsWith(digits)) add(entry);
    else if (decimal && entry.kind === 'event' && entry.key.startsWith(decimal)) add(entry);
    else if (lower.length >= 3 && entry.name.toLowerCase().includes(lower)) add(entry);
    else if (lower.length >= 2 && (entry.summary[language].toLowerCase().includes(lower) || entry.keywords[language].some((k) => k.toLowerCase().includes(lower)))) add(entry);
  }
  return { language, results: picked.map((e) => refEntry(catalog, e, language)) };
}
