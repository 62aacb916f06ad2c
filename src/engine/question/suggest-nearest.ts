import type { Catalog, CatalogEntry } from '../../catalog/catalog-types';
import { normalizeHexDigits } from '../../catalog/code-keys';
import { editDistance } from './edit-distance';

const SUGGESTIONS = 3;

/**
 * Real codes that look most like an unknown one: closest spelling of the digits first, then the
 * longest shared prefix, then the nearest value. These are pointers for the admin, never a meaning.
 */
export function nearestCodes(catalog: Catalog, digits: string): CatalogEntry[] {
  const ranked = catalog.entries
    .filter((e) => e.kind === 'code' && normalizeHexDigits(e.key) !== undefined)
    .map((e) => {
      const d = normalizeHexDigits(e.key) as string;
      return {
        e,
        dist: editDistance(digits, d),
        prefix: sharedPrefix(digits, d),
        gap: valueGap(digits, d),
      };
    })
    .sort((a, b) => a.dist - b.dist || b.prefix - a.prefix || a.gap - b.gap);
  return ranked.slice(0, SUGGESTIONS).map((r) => r.e);
}

/** Real events with the nearest numbers. */
export function nearestEvents(catalog: Catalog, value: number): CatalogEntry[] {
  return catalog.entries
    .filter((e) => e.kind === 'event')
    .map((e) => ({ e, gap: Math.abs(Number(e.key) - value) }))
    .sort((a, b) => a.gap - b.gap)
    .slice(0, SUGGESTIONS)
    .map((r) => r.e);
}

/** Names within a few typing mistakes of the token, closest first. */
export function nearestNames(catalog: Catalog, token: string): CatalogEntry[] {
  const lower = token.toLowerCase();
  const max = Math.max(2, Math.floor(lower.length / 6));
  const seen = new Set<CatalogEntry>();
  return [...catalog.byName.entries()]
    .map(([name, entries]) => ({ entries, dist: editDistance(lower, name, max) }))
    .filter((r) => r.dist <= max)
    .sort((a, b) => a.dist - b.dist)
    .flatMap((r) => r.entries)
    .filter((e) => (seen.has(e) ? false : (seen.add(e), true)))
    .slice(0, SUGGESTIONS);
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function valueGap(a: string, b: string): number {
  const x = parseInt(a.slice(0, 12), 16);
  const y = parseInt(b.slice(0, 12), 16);
  return Number.isFinite(x) && Number.isFinite(y) ? Math.abs(x - y) : Number.MAX_SAFE_INTEGER;
}
