import type { Catalog } from '../../src/catalog/catalog-types';
import type { WindowsCodeTable } from '../../src/catalog/windows-codes';
import { explain } from '../../src/engine';
import { ADVERSARIAL_INPUTS } from '../corpus/adversarial-inputs';
import { builtInCatalog } from '../helpers/answers';

/**
 * Issue 22 item 4: the nearest-entry suggestions of unknown codes cost the same however many
 * unknown codes a message holds. Counted, not timed: every read of a catalog entry or a Windows
 * code from the whole tables is counted while explain() runs, and a message with a hundred times
 * more distinct unknown codes may read the tables hardly more (a scan per code read them all
 * again for each). Wall time belongs to `npm run bench`.
 */

/** The catalog, with every element read from its entry list and Windows code tables counted. */
function countingCatalog(catalog: Catalog): { catalog: Catalog; reads: () => number } {
  let reads = 0;
  const counted = <T extends object>(list: readonly T[]): readonly T[] =>
    new Proxy(list, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
  class CountingMap<K, V> extends Map<K, V> {
    override values() {
      reads += this.size;
      return super.values();
    }
    override keys() {
      reads += this.size;
      return super.keys();
    }
    override entries() {
      reads += this.size;
      return super.entries();
    }
    override forEach(...args: Parameters<Map<K, V>['forEach']>) {
      reads += this.size;
      super.forEach(...args);
    }
    override [Symbol.iterator]() {
      return this.entries();
    }
  }
  const table = catalog.windowsCodes;
  const windowsCodes: WindowsCodeTable = {
    ...table,
    codes: counted(table.codes),
    byValue: new CountingMap(table.byValue),
    byNumber: new CountingMap(table.byNumber),
    byName: new CountingMap(table.byName),
  };
  return {
    catalog: { ...catalog, entries: counted(catalog.entries), windowsCodes },
    reads: () => reads,
  };
}

describe('suggestions for unknown codes do not scan the tables per code (issue 22, item 4)', () => {
  const catalog = builtInCatalog();
  const tableSize = catalog.entries.length + catalog.windowsCodes.codes.length;

  it.each(
    ADVERSARIAL_INPUTS.filter((i) => /distinct/.test(i.name)).map((i) => [i.name, i] as const)
  )('%s: 100 times the codes, about the same reads', (_name, input) => {
    const readsFor = (chars: number) => {
      const counting = countingCatalog(catalog);
      const answer = explain(input.make(chars), counting.catalog);
      expect(answer.kind).toBe('lookup');
      return counting.reads();
    };
    const few = readsFor(1_000);
    const many = readsFor(100_000);
    // A scan per unknown code would add about (codes × table size) reads: thousands of tables.
    expect(many - few).toBeLessThan(2 * tableSize);
  });

  it('gives each unknown code it shows the same nearest entries as when it is asked alone', () => {
    const input = ADVERSARIAL_INPUTS.find((i) => /HRESULTs/.test(i.name))!;
    const answer = explain(input.make(100_000), catalog);
    if (answer.kind !== 'lookup') throw new Error(`expected a lookup, got ${answer.kind}`);
    expect(answer.flags.moreItems).toBeGreaterThan(1000);
    const unknown = answer.items.flatMap((i) => (i.type === 'unknown' ? [i] : []));
    expect(unknown.length).toBeGreaterThan(5);
    expect(unknown.some((i) => i.suggestions.length > 0)).toBe(true);
    expect(unknown.some((i) => i.windowsSuggestions.length > 0)).toBe(true);
    for (const item of unknown) {
      const alone = explain(item.token, catalog);
      const single =
        alone.kind === 'lookup' ? alone.items.find((i) => i.type === 'unknown') : undefined;
      expect(single).toEqual(item);
    }
  });
});
