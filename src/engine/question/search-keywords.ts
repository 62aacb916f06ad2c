import type { Catalog, CatalogEntry } from '../../catalog/catalog-types';
import {
  FAILURE_WORDS,
  isMeaningful,
  keywordIndexOf,
  normalizePhrase,
  rarity,
  stem,
  withoutSpaces,
  type IndexedEntry,
} from './keyword-index';
import { foundJapanese } from './japanese-keywords';
import type { Token } from './scan-tokens';

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
  /legacy|old connector|ndesconnector|intune connector service|svclog|ndesplugin|6\.1[89]\d\d|旧/;

const MAX_TERMS = 40;
/** Keyword phrases are looked for in the start of a question only: a long text is a paste, not words. */
const MAX_PHRASE_TEXT = 2000;
const MAX_RESULTS = 5;
/** Weights of a word found among an entry's keywords or name, in its summary, in its meaning. */
const STRONG = 3;
const MEDIUM = 1.5;
const WEAK = 0.5;
/** Share of what the question says (in words the catalog knows) that the best entry must cover. */
const SHOW_COVERAGE = 0.3;
const ANSWER_COVERAGE = 0.45;

export interface KeywordMatches {
  /** Entries close to the best score, best first. */
  entries: CatalogEntry[];
  /** The best entry covers most of what the question says: a fair closest match to answer with. */
  strong: boolean;
}

export interface KeywordOptions {
  /** Entries already in the answer: left out of the search. */
  skip?: ReadonlySet<string>;
  /**
   * `rest`: the words left once named things are taken out: two good keywords, or one covering
   * most of them. `rest-strict` (beside a named code or event): a whole keyword phrase as well.
   */
  gate?: 'question' | 'rest' | 'rest-strict';
  /** Only how-to topics. */
  topicsOnly?: boolean;
}

interface Scored {
  entry: CatalogEntry;
  score: number;
  strongHits: number;
  /** Whole keyword phrases (several words, or a long Japanese keyword) found. */
  phraseHits: number;
}

/**
 * Entries that match the words of a question, best first, scored by where each word appears in
 * an entry (keywords and name, summary, meaning), how rare it is among the catalog's keywords,
 * and whole keyword phrases. Japanese keywords match as written in the text, since Japanese is
 * written without spaces; a keyword inside a longer one that also matched counts only for the
 * longer one. Words the catalog never uses (host names, product versions) neither help nor
 * hurt. No success entry is offered when the question says something failed.
 */
export function searchKeywords(
  catalog: Catalog,
  tokens: readonly Token[],
  text: string,
  options: KeywordOptions = {}
): KeywordMatches {
  const index = keywordIndexOf(catalog);
  const n = index.entries.length;
  const terms = questionTerms(tokens, index.vocabulary);
  const head = text.slice(0, MAX_PHRASE_TEXT);
  const phraseText = ` ${normalizePhrase(head)} `;
  const jaText = withoutSpaces(head);
  const jaFound = foundJapanese(index.jaDf, jaText);
  const termWeight = (t: string) => rarity(index.strongDf.get(t) ?? 0, n);
  const jaWeight = (k: string) => (k.length >= 4 ? 1 : 0.5) * rarity(index.jaDf.get(k) ?? 0, n);

  // What the question says, in words the catalog knows, less what the skipped entries (already
  // in the answer) explain: the most any other entry could match.
  const skipped = options.skip?.size
    ? index.entries.filter((item) => options.skip?.has(item.entry.id))
    : [];
  const explained = (t: string) => skipped.some((item) => item.strong.has(t));
  const explainedJa = (k: string) => skipped.some((item) => item.ja.includes(k));
  const open = new Set([...terms].filter((t) => !explained(t)));
  const openJa = jaFound.filter((k) => !explainedJa(k));
  let said = 0;
  for (const t of open) if (index.strongDf.has(t)) said += STRONG * termWeight(t);
  for (const k of openJa) said += STRONG * jaWeight(k);
  if (said === 0) return { entries: [], strong: false };

  const failure = saysFailure(tokens, text);
  const scored: Scored[] = [];
  for (const item of index.entries) {
    if (failure && reportsSuccess(item.entry)) continue;
    if (options.skip?.has(item.entry.id)) continue;
    if (options.topicsOnly && item.entry.kind !== 'topic') continue;
    const s = scoreEntry(item, open, phraseText, openJa, termWeight, jaWeight);
    if (s.strongHits > 0) scored.push(s);
  }
  if (scored.length === 0) return { entries: [], strong: false };
  const howTo = asksHowTo(head);
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      (howTo ? topicRank(b.entry) - topicRank(a.entry) : 0) ||
      severityRank(b.entry) - severityRank(a.entry) ||
      kindRank(b.entry) - kindRank(a.entry)
  );
  const top = scored[0];
  const coverage = Math.min(1, top.score / said);
  if (coverage < SHOW_COVERAGE) return { entries: [], strong: false };
  // Worth showing: two keyword hits, a phrase, or the one thing the question says.
  const known = [...open].filter((t) => index.strongDf.has(t)).length + openJa.length;
  // A second subject: two good keywords, or most of what is left and at least one good keyword.
  // A first: two keyword hits, or the one the question has; one hit among many words is chance.
  // `rest-strict` (beside a named code or event): a keyword phrase and two good keywords covering
  // most of the rest.
  const twoGood = top.score >= 2 * STRONG * 0.75;
  const enough =
    options.gate === 'rest'
      ? twoGood || (top.score >= STRONG * 0.75 && coverage >= ANSWER_COVERAGE)
      : options.gate === 'rest-strict'
        ? top.phraseHits > 0 && twoGood && coverage >= ANSWER_COVERAGE
        : // A long Japanese keyword (失効に失敗) is evidence on its own; one word that many
          // entries share (SCEP) is not.
          (top.strongHits >= Math.min(2, known) || top.phraseHits > 0) &&
          (top.strongHits > 1 || terms.words < 5) &&
          !(known === 1 && top.phraseHits === 0 && top.score < STRONG * 0.5);
  if (!enough) return { entries: [], strong: false };
  let close = scored.filter((s) => s.score >= top.score * 0.8).slice(0, MAX_RESULTS);
  // The retired connector's entries give way to today's that match about as well, unless the
  // question names the retired one.
  const retired = (s: Scored) => !!catalog.catalogs.get(s.entry.catalogId)?.notice;
  const bestCurrent = close.find((s) => !retired(s));
  if (bestCurrent && !RETIRED_WORDS.test(head.toLowerCase()))
    close = close.filter((s) => !retired(s) || s.score > bestCurrent.score * 1.15);
  return { entries: close.map((s) => s.entry), strong: coverage >= ANSWER_COVERAGE };
}

function scoreEntry(
  item: IndexedEntry,
  terms: ReadonlySet<string>,
  phraseText: string,
  jaFound: readonly string[],
  termWeight: (t: string) => number,
  jaWeight: (k: string) => number
): Scored {
  let score = 0;
  let strongHits = 0;
  let phraseHits = 0;
  for (const t of terms) {
    if (item.strong.has(t)) {
      score += STRONG * termWeight(t);
      strongHits++;
    } else if (item.medium.has(t)) score += MEDIUM * termWeight(t);
    else if (item.weak.has(t)) score += WEAK * termWeight(t);
  }
  for (const phrase of item.phrases) {
    if (phraseText.includes(` ${phrase} `)) {
      score += phrase.split(' ').length - 1;
      strongHits++;
      phraseHits++;
    }
  }
  // A keyword counts when the text holds it, also inside a longer keyword the text holds
  // (有効期限 in 有効期限切れ); of an entry's own keywords, only the longest of nested ones counts.
  const mine = item.ja.filter((k) => jaFound.some((f) => f.includes(k)));
  for (const k of mine) {
    if (mine.some((other) => other !== k && other.includes(k))) continue;
    score += STRONG * jaWeight(k);
    strongHits++;
    if (k.length >= 4) phraseHits++;
  }
  return { entry: item.entry, score, strongHits, phraseHits };
}

/**
 * The question's meaningful English words, stemmed, that the catalog uses somewhere; `words`
 * counts every meaningful word, known or not.
 */
function questionTerms(
  tokens: readonly Token[],
  vocabulary: ReadonlySet<string>
): Set<string> & { words: number } {
  const terms = Object.assign(new Set<string>(), { words: 0 });
  for (const t of tokens) {
    if (terms.size >= MAX_TERMS) break;
    if (t.type !== 'word') continue;
    // `IIS_IUSRS` is written as one word and indexed as two, like every name with underscores.
    for (const w of t.text.toLowerCase().split('_')) {
      if (w.length < 2 || !isMeaningful(w)) continue;
      terms.words++;
      const s = stem(w);
      if (vocabulary.has(s)) terms.add(s);
    }
  }
  return terms;
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

/** "where does…", "how do I…", "which events…", "どこ", "方法": a how-to question, answered by a topic on a tie. */
function asksHowTo(text: string): boolean {
  const lower = text.toLowerCase();
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
