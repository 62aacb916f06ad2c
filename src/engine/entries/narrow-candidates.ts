import type { Catalog, CatalogEntry } from '../../catalog/catalog-types';

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
  origins: string[] = [],
  named?: readonly string[]
): CatalogEntry[] {
  const lower = text.toLowerCase();
  // A question that names another source ("Schannel event 36", "Source: Microsoft-Windows-WMI
  // Event ID: 10") asks about that source's event, which none of ours is. `named`: those sources,
  // when the caller has read them from the text already.
  if (origins.length === 0 && candidates.length) {
    const foreign = named ?? foreignSourcesIn(text);
    const ours = candidates.some((e) => sourcesOf(catalog, e).some((s) => lower.includes(s)));
    if (foreign.length && !ours) origins = [...foreign];
  }
  if (candidates.length <= 1 && origins.length === 0) return candidates;
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
  // An entry known by its phrase needs the phrase, unless nothing else fits and the record's source
  // is the entry's own provider (NDES event 10 from its service, whatever the UI language).
  const ownSource = (e: CatalogEntry) =>
    e.providers.some((p) => originsLower.some((o) => namesSource(o, p.toLowerCase())));
  if (!contextGiven) return pool;
  const plain = pool.filter((e) => e.phrases.length === 0);
  return plain.length ? plain : pool.filter(ownSource);
}

/** Event sources other than ours that admins name: Windows providers and a few short names. */
const WINDOWS_PROVIDER = /\bmicrosoft-windows-[a-z0-9-]+/gi;
const SOURCE_LABEL =
  /(?:\bsource|\bprovider(?:\s*name)?|ソース)\s*[:=]\s*([A-Za-z][\w.-]*-[\w.-]+)/gi;
const KNOWN_SOURCES =
  /\b(schannel|kerberos-key-distribution-center|kdcsvc|kdc|service control manager|windows error reporting|application hang|disk|ntfs)\b/gi;
/** Short source names that are also English words ('was'): taken only in capitals. */
const KNOWN_ACRONYMS = /\b(WAS|WER|KDC)\b/g;
const MAX_SCAN = 4000;

/**
 * The sources a question names, lower-cased: `Source: X-Y`, `Microsoft-Windows-…`, Schannel, and
 * the acronyms WAS, WER and KDC as written in capitals.
 */
export function foreignSourcesIn(text: string): string[] {
  const head = text.slice(0, MAX_SCAN);
  const found = new Set<string>();
  for (const m of head.matchAll(WINDOWS_PROVIDER)) found.add(m[0].toLowerCase());
  for (const m of head.matchAll(SOURCE_LABEL)) found.add(m[1].toLowerCase());
  for (const m of head.matchAll(KNOWN_SOURCES)) found.add(m[1].toLowerCase());
  for (const m of head.matchAll(KNOWN_ACRONYMS)) found.add(m[1].toLowerCase());
  return [...found];
}
