import type { CatalogEntry } from './catalog-types';
import { normalizeHexDigits } from './code-keys';

/** A catalog code as the nearest-entry suggestions compare it. */
export interface NearCode {
  entry: CatalogEntry;
  /** Its hex digits, normalized (no 0x, no leading zeros). */
  digits: string;
  value: number;
  /** Its place in the catalog: of two codes as near, the earlier is offered first. */
  order: number;
}

/** The codes an unknown code's nearest entries are chosen from, by family, built once per catalog. */
export interface NearCodeIndex {
  /** The connector's candidates (below 0x10000, or the legacy connector's), in catalog order. */
  connector: readonly NearCode[];
  /** HRESULTs (0x8… and up) by facility, each list sorted by value, then catalog order. */
  hresultByFacility: ReadonlyMap<number, readonly NearCode[]>;
}

/** The facility of a 32-bit HRESULT. */
export function facilityOf(value: number): number {
  return (value >>> 16) & 0x1fff;
}

/**
 * Indexes the codes a suggestion may offer: written in hex (at most 8 digits), of no namespace,
 * and never a success, which is not offered as the nearest thing to an error.
 */
export function indexNearCodes(entries: readonly CatalogEntry[]): NearCodeIndex {
  const connector: NearCode[] = [];
  const hresultByFacility = new Map<number, NearCode[]>();
  entries.forEach((entry, order) => {
    if (entry.kind !== 'code' || entry.namespace || entry.severity === 'success') return;
    const digits = normalizeHexDigits(entry.key);
    if (!digits || digits.length > 8) return;
    const code = { entry, digits, value: parseInt(digits, 16), order };
    if (code.value < 0x10000 || entry.catalogId === 'legacy-connector') connector.push(code);
    if (code.value >= 0x80000000) {
      const list = hresultByFacility.get(facilityOf(code.value)) ?? [];
      list.push(code);
      hresultByFacility.set(facilityOf(code.value), list);
    }
  });
  for (const list of hresultByFacility.values())
    list.sort((a, b) => a.value - b.value || a.order - b.order);
  return { connector, hresultByFacility };
}

/**
 * The `limit` items of a list sorted by value (then order) nearest to `value`, nearest first and,
 * as near, earlier in order first: what sorting the whole list by distance would give, found by
 * walking outwards from where `value` would be, so the cost is the items taken, not the list.
 */
export function nearestByValue<T extends { value: number; order: number }>(
  sorted: readonly T[],
  value: number,
  limit: number
): T[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid].value < value) low = mid + 1;
    else high = mid;
  }
  const taken: Array<{ item: T; gap: number }> = [];
  let below = low - 1;
  let above = low;
  while (below >= 0 || above < sorted.length) {
    const gapBelow = below >= 0 ? value - sorted[below].value : Infinity;
    const gapAbove = above < sorted.length ? sorted[above].value - value : Infinity;
    const gap = Math.min(gapBelow, gapAbove);
    // Enough, unless the next is as near as the last taken (then order decides between them).
    if (taken.length >= limit && gap > taken[taken.length - 1].gap) break;
    if (gapBelow <= gapAbove) taken.push({ item: sorted[below--], gap });
    else taken.push({ item: sorted[above++], gap });
  }
  return taken
    .sort((a, b) => a.gap - b.gap || a.item.order - b.item.order)
    .slice(0, limit)
    .map((t) => t.item);
}
