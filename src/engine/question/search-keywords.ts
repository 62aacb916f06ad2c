import type { Catalog, CatalogEntry } from '../../catalog/catalog-types';
import type { Token } from './scan-tokens';

/** Words that carry no meaning for the catalog, in questions admins write. */
const STOPWORDS = new Set(
  (
    'a an and are about any anyone be been can cant could code codes connector do does doesnt dont error errors event events ' +
    'explain fix for from get gets getting got has have having hey hi how i id if in intune is isnt it its just keep keeps ' +
    'me mean meaning means my need no not of on one or our out please problem problems see seeing seems show some still tell ' +
    'that the them then there these they this to today up us vs versus was wasnt we were what whats when where which while ' +
    'why will with work working works would yet you your certificate certificates cert certs issue issues broken help ' +
    'anybody something somehow really again also after before since all every new old server servers our windows device devices ' +
    'installed install'
  ).split(' ')
);
/** Words that say something failed: a success entry is never offered for such a question. */
const FAILURE_WORDS = new Set([
  'fail',
  'fails',
  'failed',
  'failing',
  'failure',
  'failures',
  'error',
  'errors',
  'cannot',
  'cant',
  'not',
  'unable',
  'denied',
  'broken',
  'stuck',
  'wont',
  'doesnt',
]);
const FAILURE_JA = [
  '失敗',
  'エラー',
  'できない',
  'されない',
  'できません',
  'されません',
  '届かない',
  '拒否',
];
/** Words that name the retired connector or its logs. */
const RETIRED_WORDS =
  /legacy|old connector|ndesconnector|intune connector service|svclog|ndesplugin|旧/;
/** Japanese words too common in this domain to point at an entry. */
const JA_STOP = new Set([
  '証明書',
  'エラー',
  '問題',
  'コネクタ',
  'イベント',
  'コード',
  'について',
  'とは',
]);

const MAX_TERMS = 40;
/** Keyword phrases are looked for in the start of a question only: a long text is a paste, not words. */
const MAX_PHRASE_TEXT = 2000;
const MAX_RESULTS = 5;

interface IndexedEntry {
  entry: CatalogEntry;
  /** Multi-word English keywords, lower case: written out in a question, they count extra. */
  phrases: string[];
  strong: Set<string>;
  medium: Set<string>;
  weak: Set<string>;
  ja: { strong: string[]; medium: string[] };
}

export interface KeywordMatches {
  /** Entries close to the best score, best first. */
  entries: CatalogEntry[];
  /** Most of the question's words match the best entry's keywords or name: a fair closest match. */
  strong: boolean;
}

const indexes = new WeakMap<Catalog, IndexedEntry[]>();

/**
 * Entries that match the words of a question, best first. English words are compared after a
 * light stemming; Japanese runs match the entry's Japanese keywords and name as substrings, since
 * Japanese is written without spaces. Only entries close to the best score are returned, and no
 * success entry when the question says something failed.
 */
export function searchKeywords(
  catalog: Catalog,
  tokens: readonly Token[],
  text: string
): KeywordMatches {
  const terms = new Set<string>();
  const runs = new Set<string>();
  for (const t of tokens) {
    if (terms.size + runs.size >= MAX_TERMS) break;
    if (t.type === 'word') {
      const w = t.text.toLowerCase();
      if (w.length > 1 && !STOPWORDS.has(w) && !FAILURE_WORDS.has(w)) terms.add(stem(w));
    } else if (t.type === 'cjk' && t.text.length >= 2) {
      runs.add(t.text);
    }
  }
  if (terms.size === 0 && runs.size === 0) return { entries: [], strong: false };
  const failure = saysFailure(tokens, text);
  const lower = text.slice(0, MAX_PHRASE_TEXT).toLowerCase();

  const scored: Array<{ entry: CatalogEntry; score: number; hits: number; strongHits: number }> =
    [];
  for (const item of indexFor(catalog)) {
    if (failure && reportsSuccess(item.entry)) continue;
    let score = 0;
    let hits = 0;
    let strongHits = 0;
    for (const term of terms) {
      const w = item.strong.has(term) ? 3 : item.medium.has(term) ? 2 : item.weak.has(term) ? 1 : 0;
      if (w) {
        score += w;
        hits++;
        if (w === 3) strongHits++;
      }
    }
    for (const phrase of item.phrases) if (lower.includes(phrase)) score += 2;
    for (const run of runs) {
      let matched = 0;
      for (const k of item.ja.strong) if (run.includes(k) || k.includes(run)) matched++;
      if (matched) {
        score += 3 * matched;
        hits += 1;
        strongHits += 1;
      } else if (item.ja.medium.some((m) => m.includes(run))) {
        score += 1;
        hits++;
      }
    }
    // One weak hit (a word of a long meaning text) is chance, not relevance.
    if (score >= 3 || hits >= Math.min(2, terms.size + runs.size))
      scored.push({ entry: item.entry, score, hits, strongHits });
  }
  if (scored.length === 0) return { entries: [], strong: false };
  const howTo = asksHowTo(text);
  scored.sort(
    (a, b) =>
      b.hits - a.hits ||
      b.score - a.score ||
      (howTo ? topicRank(b.entry) - topicRank(a.entry) : 0) ||
      severityRank(b.entry) - severityRank(a.entry) ||
      kindRank(b.entry) - kindRank(a.entry)
  );
  const top = scored[0];
  let entries = scored
    .filter((s) => s.hits === top.hits && s.score * 4 > top.score * 3)
    .slice(0, MAX_RESULTS)
    .map((s) => s.entry);
  // The retired connector's entries give way to today's when both match, unless the question names it.
  const current = entries.filter((e) => !catalog.catalogs.get(e.catalogId)?.notice);
  if (current.length > 0 && current.length < entries.length && !RETIRED_WORDS.test(lower))
    entries = current;
  const asked = terms.size + runs.size;
  // Worth showing at all: a keyword or name hit, and most of a long question's words among the hits.
  if (top.strongHits === 0 || (asked > 2 && top.strongHits * 2 < asked))
    return { entries: [], strong: false };
  return { entries, strong: top.hits >= Math.min(2, asked) };
}

/** An event or code that reports a success or a normal step: never a match for "it failed". */
function reportsSuccess(entry: CatalogEntry): boolean {
  return (
    (entry.kind === 'event' || entry.kind === 'code') &&
    (entry.severity === 'success' || entry.severity === 'info')
  );
}

function saysFailure(tokens: readonly Token[], text: string): boolean {
  if (tokens.some((t) => t.type === 'word' && FAILURE_WORDS.has(t.text.toLowerCase()))) return true;
  return FAILURE_JA.some((w) => text.includes(w));
}

function indexFor(catalog: Catalog): IndexedEntry[] {
  let index = indexes.get(catalog);
  if (!index) {
    index = catalog.entries.map((entry) => ({
      entry,
      phrases: entry.keywords.en.filter((k) => k.includes(' ')).map((k) => k.toLowerCase()),
      strong: new Set([...entry.keywords.en.flatMap(words), ...words(splitName(entry.name))]),
      medium: new Set(words(entry.summary.en)),
      weak: new Set(words(entry.meaning.en)),
      ja: {
        strong: [
          ...entry.keywords.ja,
          entry.kind === 'message' || entry.kind === 'topic' ? '' : entry.name,
        ].filter((k) => k.length >= 2 && !JA_STOP.has(k)),
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
    .filter((w) => w.length > 1 && !STOPWORDS.has(w) && !FAILURE_WORDS.has(w))
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

/** "where does…", "how do I…", "which events…", "どこ", "方法": a how-to question, answered by a topic on a tie. */
function asksHowTo(text: string): boolean {
  const lower = text.slice(0, MAX_PHRASE_TEXT).toLowerCase();
  return (
    /\b(how|where|which|should|can i|can we|do we|do i|is it|what version)\b/.test(lower) ||
    /どこ|どう|どの|すべき|方法|手順/.test(text)
  );
}

function topicRank(entry: CatalogEntry): number {
  return entry.kind === 'topic' ? 1 : 0;
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
