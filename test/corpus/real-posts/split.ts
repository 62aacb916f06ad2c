import type { Half } from './real-post';

/** The split's seed: committed with the corpus, never changed (a new seed would redraw every half). */
export const SPLIT_SEED = 'connector-decoder/real-posts/2026-12-07';

/** An item as the split sees it: its collection order is its id order within its batch. */
export interface SplitInput {
  id: string;
  batch: number;
  language: 'en' | 'ja';
}

/**
 * Draws each item's half. Batches are drawn in order, each once: within a batch, each language's
 * items are shuffled with a PRNG seeded by `SPLIT_SEED:batch:language` and dealt alternately,
 * starting with the half that holds fewer items of that language so far. An earlier batch's
 * draw never depends on a later one, so adding a batch leaves every earlier half as it was. Nothing
 * about how the bot answers an item enters the draw.
 */
export function drawHalves(items: readonly SplitInput[]): Map<string, Half> {
  const halves = new Map<string, Half>();
  const counts: Record<string, Record<Half, number>> = {};
  const batches = [...new Set(items.map((i) => i.batch))].sort((a, b) => a - b);
  for (const batch of batches) {
    for (const language of ['en', 'ja'] as const) {
      const group = items
        .filter((i) => i.batch === batch && i.language === language)
        .sort((a, b) => a.id.localeCompare(b.id));
      const shuffled = shuffle(group, `${SPLIT_SEED}:${batch}:${language}`);
      const count = (counts[language] ??= { development: 0, 'held-out': 0 });
      let next: Half = count['held-out'] < count.development ? 'held-out' : 'development';
      for (const item of shuffled) {
        halves.set(item.id, next);
        count[next] += 1;
        next = next === 'development' ? 'held-out' : 'development';
      }
    }
  }
  return halves;
}

/** Fisher–Yates with a seeded PRNG: the same seed gives the same order on every machine. */
export function shuffle<T>(items: readonly T[], seed: string): T[] {
  const random = mulberry32(fnv1a(seed));
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const ch of Buffer.from(text, 'utf8')) {
    hash ^= ch;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
