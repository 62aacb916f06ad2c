import type { Catalog, CatalogEntry } from '../../catalog/catalog-types';
import type { Token } from './scan-tokens';

const STOPWORDS = new Set(
  (
    'a an and are about be can code codes connector do does error event events explain fix for from get got hey hi how i id ' +
    'in intune is it its keeps me mean meaning means my of on or our please see seeing show tell that the this to vs versus ' +
    'was we were what whats when where which why with you certificate certificates cert'
  ).split(' ')
);

const MAX_TERMS = 40;
const MAX_RESULTS = 5;

interface IndexedEntry {
  entry: CatalogEntry;
  strong: Set<string>;
  medium: Set<string>;
  weak: Set<string>;
  ja: { strong: string[]; medium: string[] };
}

const indexes = new WeakMap<Catalog, IndexedEntry[]>();

/**
 * Entries that match the words of a question, best first. English words are compared after a
 * light stemming; Japanese runs match the entry's Japanese keywords and name as substrings, since
 * Japanese is written without spaces. Only entries close to the best score are returned.
 */
export function searchKeywords(catalog: Catalog, tokens: Token[]): CatalogEntry[] {
  const terms = new Set<string>();
  const runs = new Set<string>();
  for (const t of tokens) {
    if (terms.size + runs.size >= MAX_TERMS) break;
    if (t.type === 'word') {
      const w = t.text.toLowerCase();
      if (w.length > 1 && !STOPWORDS.has(w)) terms.add(stem(w));
    } else if (t.type === 'cjk' && t.text.length >= 2) {
      runs.add(t.text);
    }
  }
  if (terms.size === 0 && runs.size === 0) return [];

  const scored: Array<{ entry: CatalogEntry; score: number; hits: number }> = [];
  for (const item of indexFor(catalog)) {
    let score = 0;
    let hits = 0;
    for (const term of terms) {
      const w = item.strong.has(term) ? 3 : item.medium.has(term) ? 2 : item.weak.has(term) ? 1 : 0;
      if (w) {
        score += w;
        hits++;
      }
    }
    for (const run of runs) {
      let matched = 0;
      for (const k of item.ja.strong) if (run.includes(k) || k.includes(run)) matched++;
      if (matched) {
        score += 3 * matched;
        hits += matched;
      } else if (item.ja.medium.some((text) => text.includes(run))) {
        score += 1;
        hits++;
      }
    }
    // One weak hit (a word of a long meaning text) is chance, not relevance.
    if (score >= 3 || hits >= Math.min(2, terms.size + runs.size))
      scored.push({ entry: item.entry, score, hits });
  }
  if (scored.length === 0) return [];
  scored.sort(
    (a, b) =>
      b.hits - a.hits ||
      b.score - a.score ||
      severityRank(b.entry) - severityRank(a.entry) ||
      kindRank(b.entry) - kindRank(a.entry)
  );
  const top = scored[0];
  return scored
    .filter((s) => s.hits === top.hits && s.score * 2 >= top.score)
    .slice(0, MAX_RESULTS)
    .map((s) => s.entry);
}

function indexFor(catalog: Catalog): IndexedEntry[] {
  let index = indexes.get(catalog);
  if (!index) {
    index = catalog.entries.map((entry) => ({
      entry,
      strong: new Set([...entry.keywords.en.flatMap(words), ...words(splitName(entry.name))]),
      medium: new Set(words(entry.summary.en)),
      weak: new Set(words(entry.meaning.en)),
      ja: {
        strong: [...entry.keywords.ja, entry.name].filter((k) => k.length >= 2),
        medium: [entry.summary.ja, entry.meaning.ja],
      },
    }));
    indexes.set(catalog, index);
  }
  return index;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !STOPWORDS.has(w))
    .map(stem);
}

/** `CRPSCEPChallenge_Expired` → `CRPSCEP Challenge Expired`. */
function splitName(name: string): string {
  return name.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2');
}

function stem(word: string): string {
  for (const suffix of ['ing', 'ed', 'es', 's', 'y']) {
    if (word.length - suffix.length >= 4 && word.endsWith(suffix))
      return word.slice(0, -suffix.length);
  }
  return word;
}

/** Codes are narrower than events, so they come first on a tie. */
function kindRank(entry: CatalogEntry): number {
  return entry.kind === 'code' ? 1 : 0;
}

function severityRank(entry: CatalogEntry): number {
  return entry.severity === 'error'
    ? 3
    : entry.severity === 'warning'
      ? 2
      : entry.severity === 'info'
        ? 1
        : 0;
}
