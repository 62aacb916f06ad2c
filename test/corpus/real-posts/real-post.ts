import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One real public post or page on the certificate chain, with the answer its thread (or page)
 * concluded. `expect` ids use the corpus notation: a full entry id (`ndes-ca:message:gatewaytimeout`),
 * `kind:key` for that kind and key in any catalog (`code:0x80094800`), or a catalog prefix ending in
 * `:` (`legacy-connector:`). `missing` describes the right answer when no catalog entry holds it yet.
 */
export interface RealPost {
  id: string;
  /** The collection batch it was added in; its half was drawn with that batch (see split.ts). */
  batch: number;
  source: string;
  family: SourceFamily;
  language: 'en' | 'ja';
  /** What an admin would paste or ask: an excerpt of the post, at most MAX_TEXT characters. */
  text: string;
  expect: Expectation;
  /** The thread's conclusion, in our own words. */
  note: string;
  /** Set only on an item moved from the held-out half to development, with the reason. */
  movedToDevelopment?: string;
}

export interface Expectation {
  /** Entries of which one must lead the answer. Empty when the catalog has no entry for it yet. */
  lead: string[];
  /** Entries that may appear, even first, without being wrong. */
  acceptable: string[];
  /** Entries that must not lead: leading with one is confidently wrong. */
  mustNotLead: string[];
  /** The right answer in words, when no catalog entry holds it. */
  missing?: string;
}

export const SOURCE_FAMILIES = [
  'ndes',
  'ca',
  'certenroll',
  'capi2',
  'iis',
  'device',
  'apple',
  'android',
  'connector',
  'third-party-ca',
  'cloud-pki',
  'config',
  'co-management',
  'unrelated',
] as const;
export type SourceFamily = (typeof SOURCE_FAMILIES)[number];

export const HALVES = ['development', 'held-out'] as const;
export type Half = (typeof HALVES)[number];

export const MAX_TEXT = 1600;

export const CORPUS_DIR = __dirname;

/** The items of one half, in file order. */
export function readHalf(half: Half, dir: string = CORPUS_DIR): RealPost[] {
  const text = readFileSync(join(dir, `${half}.jsonl`), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as RealPost);
}

/** Every item with its half, ordered by id. */
export function readCorpus(dir: string = CORPUS_DIR): Array<RealPost & { half: Half }> {
  return HALVES.flatMap((half) => readHalf(half, dir).map((p) => ({ ...p, half }))).sort((a, b) =>
    a.id.localeCompare(b.id)
  );
}
