import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, HALVES, readCorpus, readHalf } from './real-post';
import { REAL_POST_SCHEMA } from './item-schema';
import { drawHalves, shuffle } from './split';

const corpus = readCorpus();
const validate = new Ajv({ allErrors: true, strict: false }).compile(REAL_POST_SCHEMA);

describe('real-post corpus: items', () => {
  it.each(corpus.map((p) => [p.id, p] as const))('%s matches the item schema', (_id, post) => {
    const { half: _half, ...item } = post;
    const ok = validate(item);
    expect(ok ? [] : validate.errors).toEqual([]);
  });

  it('has unique ids and no post twice (same source and text)', () => {
    const ids = corpus.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = corpus.map((p) => `${p.source}\n${p.text}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('holds no post of the paraphrased set the project tuned on (public-posts.json)', () => {
    const tuned = JSON.parse(
      readFileSync(join(CORPUS_DIR, '..', 'public-posts.json'), 'utf8')
    ) as Array<{ source: string }>;
    const sources = new Set(tuned.map((p) => p.source));
    expect(corpus.filter((p) => sources.has(p.source)).map((p) => p.id)).toEqual([]);
  });

  it('holds English and Japanese posts in both halves', () => {
    for (const half of HALVES)
      for (const language of ['en', 'ja'])
        expect(readHalf(half).filter((p) => p.language === language).length).toBeGreaterThan(10);
  });
});

describe('real-post corpus: the split', () => {
  it('puts every item in the half its seeded draw gave it (moves to development are named)', () => {
    const drawn = drawHalves(corpus);
    const misplaced = corpus.filter((p) =>
      p.movedToDevelopment
        ? !(drawn.get(p.id) === 'held-out' && p.half === 'development')
        : drawn.get(p.id) !== p.half
    );
    expect(misplaced.map((p) => p.id)).toEqual([]);
  });

  it('keeps each language balanced between the halves within one item per batch', () => {
    for (const language of ['en', 'ja']) {
      const batches = new Set(corpus.map((p) => p.batch)).size;
      const count = (half: string) =>
        corpus.filter((p) => p.language === language && p.half === half).length;
      expect(Math.abs(count('development') - count('held-out'))).toBeLessThanOrEqual(batches);
    }
  });
});

describe('seeded shuffle', () => {
  it('gives the same order for the same seed and another order for another seed', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(shuffle(items, 'a')).toEqual(shuffle(items, 'a'));
    expect(shuffle(items, 'a')).not.toEqual(shuffle(items, 'b'));
    expect([...shuffle(items, 'a')].sort((x, y) => x - y)).toEqual(items);
  });

  it('deals one batch alternately and a later batch leaves the earlier draw alone', () => {
    const first = Array.from({ length: 6 }, (_, i) => ({
      id: `rp-000${i}`,
      batch: 1,
      language: 'en' as const,
    }));
    const one = drawHalves(first);
    expect([...one.values()].filter((h) => h === 'development')).toHaveLength(3);
    const later = [...first, { id: 'rp-0100', batch: 2, language: 'en' as const }];
    const two = drawHalves(later);
    for (const item of first) expect(two.get(item.id)).toBe(one.get(item.id));
  });
});
