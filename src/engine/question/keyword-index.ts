import type { Catalog, CatalogEntry } from '../../catalog/catalog-types';

/**
 * The keyword index of a catalog: for each entry, the English words of its keywords and name
 * (strong), its summary (medium) and its meaning (weak), its multi-word keywords as phrases, and
 * its Japanese keywords; for the catalog, how many entries use each word or Japanese keyword as a
 * keyword, so that a word many entries share counts less than one that points at a few.
 */

/** Words that carry no meaning for the catalog, in questions admins write. Checked before and after stemming. */
const STOPWORDS = new Set(
  (
    'a an and are about any anyone be been can cant could code codes connector do does doesnt dont error errors event events ' +
    'explain fix for from get gets getting got has have having hey hi how i id if in intune is isnt it its just keep keeps ' +
    'me mean meaning means my need no not of on one or our out please problem problems see seeing seems show shows some still tell ' +
    'that the them then there these they this to today up us vs versus was wasnt we were what whats when where which while ' +
    'why will with work working works would yet you your certificate certificates cert certs issue issues broken help ' +
    'anybody something somehow really again also after before since all every new old server servers windows device devices ' +
    'installed install say says said thing things ok okay thanks anyone guys team now know use using used only both via ' +
    'right left first last other another same than too very much many more most each so but because though should shall ' +
    'must might may am im ive weve were theyre here there whats able does did done make made go goes going went ' +
    'as at by into off over under occur occurs occurred normal unless put'
  ).split(' ')
);
/** Words that say something failed: they choose no entry, but rule out success entries. */
export const FAILURE_WORDS = new Set(
  'fail fails failed failing failure failures error errors cannot cant not unable denied broken stuck wont doesnt'.split(
    ' '
  )
);
/** Japanese words too common in this domain to point at an entry. */
const JA_STOP = new Set(
  '証明書 エラー 問題 コネクタ イベント コード について とは サーバー デバイス インストール 設定 確認'.split(
    ' '
  )
);
const HAS_JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

export interface IndexedEntry {
  entry: CatalogEntry;
  /** Multi-word English keywords, normalized: written out in a question, they count extra. */
  phrases: string[];
  strong: Set<string>;
  medium: Set<string>;
  weak: Set<string>;
  /** Japanese keywords (and the name of an event or code), spaces removed. */
  ja: string[];
}

export interface KeywordIndex {
  entries: IndexedEntry[];
  /** Entries that have an English word among their keywords or name. */
  strongDf: Map<string, number>;
  /** Every English word any entry uses anywhere: question words outside it are neutral. */
  vocabulary: Set<string>;
  /** Entries that have a Japanese keyword. */
  jaDf: Map<string, number>;
}

const indexes = new WeakMap<Catalog, KeywordIndex>();

/** The catalog's keyword index, built once per catalog. */
export function keywordIndexOf(catalog: Catalog): KeywordIndex {
  let index = indexes.get(catalog);
  if (!index) {
    index = buildIndex(catalog);
    indexes.set(catalog, index);
  }
  return index;
}

function buildIndex(catalog: Catalog): KeywordIndex {
  const strongDf = new Map<string, number>();
  const jaDf = new Map<string, number>();
  const vocabulary = new Set<string>();
  // A code of another namespace (an Apple error domain, a library's error names) is reached by its
  // namespace and name, never by prose words it shares with Windows entries.
  const entries = catalog.entries
    .filter((e) => !e.namespace)
    .map((entry) => {
      const item: IndexedEntry = {
        entry,
        phrases: entry.keywords.en
          .map(normalizePhrase)
          .filter((k) => k.includes(' ') && k.length >= 5),
        // Japanese keyword lists repeat some Latin terms (PKCS, OID): those count as English words.
        strong: new Set([
          ...entry.keywords.en.flatMap(wordsOf),
          ...wordsOf(splitName(entry.name)),
          ...entry.keywords.ja.filter((k) => !HAS_JAPANESE.test(k)).flatMap(wordsOf),
        ]),
        medium: new Set(wordsOf(entry.summary.en)),
        weak: new Set(wordsOf(entry.meaning.en)),
        ja: [
          ...new Set(
            [
              ...entry.keywords.ja,
              entry.kind === 'message' || entry.kind === 'topic' ? '' : entry.name,
            ]
              .filter((k) => HAS_JAPANESE.test(k))
              .map(withoutSpaces)
              .filter((k) => k.length >= 2 && !JA_STOP.has(k))
          ),
        ],
      };
      for (const w of item.strong) strongDf.set(w, (strongDf.get(w) ?? 0) + 1);
      for (const set of [item.strong, item.medium, item.weak])
        for (const w of set) vocabulary.add(w);
      for (const k of item.ja) jaDf.set(k, (jaDf.get(k) ?? 0) + 1);
      return item;
    });
  return { entries, strongDf, vocabulary, jaDf };
}

/** How much a keyword shared by `df` of `n` entries tells: 1 for a rare one, less for a common one. */
export function rarity(df: number, n: number): number {
  return Math.max(0.25, Math.min(1, Math.log((n + 1) / (df + 0.5)) / Math.log(n / 2)));
}

/** The meaningful English words of a text, stemmed. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !/^\d+$/.test(w))
    .filter(isMeaningful)
    .map(stem);
}

/** Neither a stopword nor a failure word, written or stemmed. */
export function isMeaningful(word: string): boolean {
  if (STOPWORDS.has(word) || FAILURE_WORDS.has(word)) return false;
  const stemmed = stem(word);
  return !STOPWORDS.has(stemmed) && !FAILURE_WORDS.has(stemmed);
}

/** A light stemmer: plurals, -ing, -ed and a final -e, so update/updates/updated/updating meet. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/**
 * Text as phrases are compared: lower case, every run of other characters one space, a full stop
 * kept only inside a word (`.NET`, `mscep.dll`), spaces around so whole words can be matched.
 */
export function normalizePhrase(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, ' ')
    .replace(/\.(?=\s|$)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function withoutSpaces(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '');
}

/** `CRPSCEPChallenge_Expired` → `CRPSCEP Challenge Expired`. */
function splitName(name: string): string {
  return name.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2');
}
