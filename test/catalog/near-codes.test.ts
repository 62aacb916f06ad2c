import { nearestByValue } from '../../src/catalog/near-codes';

/**
 * nearestByValue finds what sorting the whole list by distance (stably, so of two as near the
 * earlier in order comes first) would give, without sorting it. The oracle here is that sort.
 */

type Item = { value: number; order: number };

function bySorting(items: readonly Item[], value: number, limit: number): Item[] {
  return [...items]
    .sort((a, b) => a.order - b.order)
    .sort((a, b) => Math.abs(a.value - value) - Math.abs(b.value - value))
    .slice(0, limit);
}

function sortedList(values: number[]): Item[] {
  return values
    .map((value, order) => ({ value, order }))
    .sort((a, b) => a.value - b.value || a.order - b.order);
}

describe('nearestByValue', () => {
  it.each([
    ['between two, nearer below', [10, 20, 30], 14, 1, [10]],
    ['exactly between: the earlier in order first', [30, 10, 20], 15, 2, [10, 20]],
    ['exactly between, the later value first in order', [20, 10], 15, 2, [20, 10]],
    ['below every value', [10, 20, 30], -5, 2, [10, 20]],
    ['above every value', [10, 20, 30], 99, 2, [30, 20]],
    ['equal values keep their order', [7, 5, 7, 7], 7, 2, [7, 7]],
    ['more asked than there are', [1, 2], 9, 5, [2, 1]],
    ['an empty list', [], 3, 3, []],
  ])('%s', (_name, values, value, limit, expected) => {
    const list = sortedList(values as number[]);
    const found = nearestByValue(list, value as number, limit as number);
    expect(found.map((i) => i.value)).toEqual(expected);
    expect(found).toEqual(bySorting(list, value as number, limit as number));
  });

  it('agrees with sorting the whole list on many lists with ties', () => {
    let seed = 11;
    const next = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
    for (let round = 0; round < 500; round++) {
      const list = sortedList(Array.from({ length: next(40) }, () => next(60) * 2));
      const value = next(130) - 5;
      const limit = 1 + next(5);
      expect(nearestByValue(list, value, limit)).toEqual(bySorting(list, value, limit));
    }
  });
});
