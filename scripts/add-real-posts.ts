/**
 * Appends newly collected real posts to the accuracy corpus as one new batch:
 *   npx tsx scripts/add-real-posts.ts incoming.jsonl
 * Each line of the input is an item without `id`/`batch` (see test/corpus/real-posts/real-post.ts),
 * in the order it was collected. Ids continue the sequence; each item's half is drawn by
 * drawHalves (a seeded shuffle, see split.ts), never chosen. Earlier items are never rewritten.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, HALVES, readCorpus, type RealPost } from '../test/corpus/real-posts/real-post';
import { drawHalves } from '../test/corpus/real-posts/split';

function main(path: string | undefined): void {
  if (!path) throw new Error('usage: tsx scripts/add-real-posts.ts INCOMING.jsonl');
  const existing = readCorpus();
  const batch = Math.max(0, ...existing.map((p) => p.batch)) + 1;
  let next = Math.max(0, ...existing.map((p) => Number(p.id.slice(3)))) + 1;
  const incoming = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const item = JSON.parse(l) as Omit<RealPost, 'id' | 'batch'>;
      return { id: `rp-${String(next++).padStart(4, '0')}`, batch, ...item } as RealPost;
    });
  const drawn = drawHalves([...existing, ...incoming]);
  for (const p of existing) {
    const expected = p.movedToDevelopment ? 'held-out' : p.half;
    if (drawn.get(p.id) !== expected) throw new Error(`${p.id}: the earlier draw changed`);
  }
  for (const half of HALVES) {
    const lines = incoming.filter((p) => drawn.get(p.id) === half).map((p) => JSON.stringify(p));
    if (lines.length) appendFileSync(join(CORPUS_DIR, `${half}.jsonl`), lines.join('\n') + '\n');
    console.log(`${half}: +${lines.length}`);
  }
  console.log(
    `batch ${batch}: ${incoming.length} items, ids up to rp-${String(next - 1).padStart(4, '0')}`
  );
}

main(process.argv[2]);
