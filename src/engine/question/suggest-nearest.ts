import type { Catalog, CatalogEntry } from '../../catalog/catalog-types';
import { facilityOf, nearestByValue } from '../../catalog/near-codes';
import { editDistance } from './edit-distance';
import type { CodeFamily } from './find-mentions';

const SUGGESTIONS = 3;

/**
 * Real catalog codes of the same family that look most like an unknown one: for the connector's
 * diagnostic codes the closest spelling of the digits, then the longest shared prefix, then the
 * nearest value; for HRESULTs only codes of the same facility, nearest in value; for HTTP statuses
 * the other statuses (never an IIS substatus: that names a detail of its own status, not a
 * neighbour). These are pointers for the admin, never a meaning.
 */
export function nearestCodes(catalog: Catalog, family: CodeFamily, value: number): CatalogEntry[] {
  if (family === 'http') {
    return catalog.entries
      .filter((e) => e.kind === 'code' && !e.namespace && /^HTTP \d{3}$/.test(e.key))
      .map((e) => ({ e, gap: Math.abs(Number(e.key.slice(5, 8)) - value) }))
      .sort((a, b) => a.gap - b.gap)
      .slice(0, SUGGESTIONS)
      .map((r) => r.e);
  }
  // The candidates are indexed once per catalog (never a success, which is not near an error).
  if (family === 'connector') {
    const digits = value.toString(16).toUpperCase();
    return catalog.nearCodes.connector
      .map((c) => ({
        e: c.entry,
        dist: editDistance(digits, c.digits),
        prefix: sharedPrefix(digits, c.digits),
        gap: Math.abs(c.value - value),
      }))
      .sort((a, b) => a.dist - b.dist || b.prefix - a.prefix || a.gap - b.gap)
      .slice(0, SUGGESTIONS)
      .map((r) => r.e);
  }
  if (family === 'hresult') {
    // 0xC… values are NTSTATUS codes, another family: no HRESULT is near them.
    if (value >= 0xc0000000) return [];
    const sameFacility = catalog.nearCodes.hresultByFacility.get(facilityOf(value)) ?? [];
    return nearestByValue(sameFacility, value, SUGGESTIONS).map((c) => c.entry);
  }
  return catalog.entries
    .filter((e) => e.kind === 'code' && !e.namespace && /^\d+$/.test(e.key))
    .map((e) => ({ e, gap: Math.abs(Number(e.key) - value) }))
    .filter((r) => r.gap < 1000)
    .sort((a, b) => a.gap - b.gap)
    .slice(0, SUGGESTIONS)
    .map((r) => r.e);
}

/** Codes of the same namespace nearest in value: an unknown MCSCEPErrorDomain code gets its domain's. */
export function nearestInNamespace(
  catalog: Catalog,
  namespace: string,
  value: number
): CatalogEntry[] {
  const ns = namespace.toLowerCase();
  return catalog.entries
    .filter((e) => e.namespace?.name.toLowerCase() === ns && /^-?\d+$/.test(e.namespace.code))
    .map((e) => ({ e, gap: Math.abs(Number(e.namespace?.code) - value) }))
    .sort((a, b) => a.gap - b.gap)
    .slice(0, SUGGESTIONS)
    .map((r) => r.e);
}

/** Real events with the nearest numbers. */
export function nearestEvents(catalog: Catalog, value: number): CatalogEntry[] {
  // The same number was ruled out (another source named it): its entries are not 'nearest'.
  return catalog.entries
    .filter((e) => e.kind === 'event' && Number(e.key) !== value)
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
