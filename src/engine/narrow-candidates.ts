import type { Catalog, CatalogEntry } from '../catalog/catalog-types';

/** Lower-case names of the sources that write an entry: its own providers, else its catalog's. */
export function sourcesOf(catalog: Catalog, entry: CatalogEntry): string[] {
  if (entry.providers.length) return entry.providers.map((p) => p.toLowerCase());
  const info = catalog.catalogs.get(entry.catalogId);
  return [...(info?.providers ?? []), ...(info?.channels ?? [])].map((p) => p.toLowerCase());
}

/**
 * True when a record's source or channel names this source, also when PowerShell cut it short
 * ("Microsoft Intune Co...") and when the channel is the provider's own (`<provider>/Admin`).
 */
export function namesSource(origin: string, source: string): boolean {
  if (origin === source) return true;
  const slash = origin.lastIndexOf('/');
  if (slash > 0 && origin.slice(0, slash) === source) return true;
  return origin.endsWith('...') && origin.length >= 13 && source.startsWith(origin.slice(0, -3));
}

/**
 * Picks, among entries sharing a number, the ones the context points at. `origins` are source or
 * channel names known to apply (a record's provider and channel); `text` is free text that may
 * name a source ("4005 in Microsoft-Intune-CertificateConnectors/Operational") and may hold an
 * entry's identifying phrase. With no context at all every candidate stays, so the answer can
 * show each meaning labelled with its catalog.
 */
export function narrowCandidates(
  catalog: Catalog,
  candidates: CatalogEntry[],
  text: string,
  origins: string[] = []
): CatalogEntry[] {
  if (candidates.length <= 1 && origins.length === 0) return candidates;
  const lower = text.toLowerCase();
  const withPhrase = candidates.filter((e) => e.phrases.some((p) => lower.includes(p)));
  if (withPhrase.length) return withPhrase;

  const originsLower = origins.map((o) => o.toLowerCase());
  let pool = candidates;
  if (originsLower.length) {
    pool = candidates.filter((e) =>
      sourcesOf(catalog, e).some((s) => originsLower.some((o) => namesSource(o, s)))
    );
  } else {
    const named = candidates.filter((e) => sourcesOf(catalog, e).some((s) => lower.includes(s)));
    if (named.length) pool = named;
  }
  const contextGiven = originsLower.length > 0 || pool.length < candidates.length;
  return contextGiven ? pool.filter((e) => e.phrases.length === 0) : pool;
}
