import type { CatalogEntry } from '../../catalog/catalog-types';

/**
 * Leaves out a message entry when an entry it is related to (by a source, not our inference) is also present: "Signing certificate
 * could not be retrieved" next to 0x00000409 says the same thing twice. Keeps the order.
 */
export function dropCoveredMessages<T>(
  items: readonly T[],
  entryOf: (item: T) => CatalogEntry | undefined
): T[] {
  const present = new Set(
    items.flatMap((i) => {
      const e = entryOf(i);
      return e && e.kind !== 'message' ? [e.id] : [];
    })
  );
  return items.filter((i) => {
    const e = entryOf(i);
    return !(e && e.kind === 'message' && e.related.some((r) => !r.inference && present.has(r.id)));
  });
}
