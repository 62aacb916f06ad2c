import { CatalogError } from './catalog-error';
import type {
  CatalogFile,
  CatalogFileContext,
  CatalogFileEntry,
  CatalogFileStep,
} from './catalog-file';
import type {
  CatalogContext,
  CatalogEntry,
  CatalogLink,
  CatalogStep,
  Severity,
} from './catalog-types';
import { keysOfCatalogCode } from './code-keys';

/** One entry of a catalog file, resolved: its id, named links, steps, contexts. Relations come later. */
export function buildEntry(
  file: CatalogFile,
  raw: CatalogFileEntry,
  origin: string,
  team: boolean
): CatalogEntry {
  // A code of another namespace (an Apple error domain, a library's error names) is keyed as the
  // product writes it there; only Windows-style codes must look like one.
  const key =
    raw.kind === 'code' && raw.namespace
      ? checkNamespacedKey(raw.key, origin)
      : raw.kind === 'code'
        ? checkCodeKey(raw.key, origin)
        : raw.kind === 'event'
          ? checkEventKey(raw.key, origin)
          : checkSlugKey(raw.key, origin);
  // The schema requires these fields of every entry that does not extend another.
  const { name, severity, summary, meaning, hops } = raw as Required<
    Pick<CatalogFileEntry, 'name' | 'severity' | 'summary' | 'meaning' | 'hops'>
  >;
  return {
    id: `${file.id}:${raw.kind}:${key}`,
    catalogId: file.id,
    kind: raw.kind,
    key,
    name,
    title: raw.title,
    aliases: raw.aliases ?? [],
    severity: severity as Severity,
    hops: { reportedBy: hops.reportedBy, faultAt: [...hops.faultAt] },
    summary,
    meaning,
    meaningInferred: raw.meaningInferred ?? false,
    community: raw.community ?? false,
    namedOnly: file.origin?.namedOnly.includes(raw.key) ?? false,
    minConnectorVersion: raw.minConnectorVersion,
    codes: [],
    events: [],
    steps: buildSteps(raw.steps, team),
    links: buildLinks(file, raw, origin, team),
    keywords: { en: [...(raw.keywords?.en ?? [])], ja: [...(raw.keywords?.ja ?? [])] },
    related: [],
    log: raw.log,
    taskCategory: raw.taskCategory,
    providers: raw.providers ?? [],
    phrases: (raw.phrases ?? []).map((p) => p.toLowerCase()),
    namespace: raw.namespace ? { ...raw.namespace } : undefined,
    contexts: (raw.contexts ?? []).map((c, i) =>
      buildContext(file, c, `${origin}, field "contexts[${i}]"`, team)
    ),
    team,
  };
}

function buildContext(
  file: CatalogFile,
  raw: CatalogFileContext,
  origin: string,
  team: boolean
): CatalogContext {
  return {
    context: raw.context,
    cues: raw.cues,
    summary: raw.summary,
    meaning: raw.meaning,
    steps: buildSteps(raw.steps, team),
    links: buildLinks(file, raw, origin, team),
    hops: raw.hops
      ? { reportedBy: raw.hops.reportedBy, faultAt: [...raw.hops.faultAt] }
      : undefined,
    community: raw.community ?? false,
    inference: raw.inference ?? false,
  };
}

export function buildSteps(steps: CatalogFileStep[] | undefined, team: boolean): CatalogStep[] {
  return (steps ?? []).map((s) => ({
    en: s.en,
    ja: s.ja,
    inference: s.inference ?? false,
    community: s.community ?? false,
    path: s.path,
    team,
  }));
}

export function buildLinks(
  file: CatalogFile,
  raw: Pick<CatalogFileEntry, 'links'>,
  origin: string,
  team: boolean
): CatalogLink[] {
  return (raw.links ?? []).map((link, i) => {
    if (typeof link !== 'string') return { url: link.url, title: link.title, team };
    const named = Object.hasOwn(file.links ?? {}, link) ? file.links?.[link] : undefined;
    if (!named)
      throw new CatalogError(
        `${origin}, field "links[${i}]": no link "${link}" in the catalog's links`
      );
    return { url: named.url, title: named.title, team };
  });
}

function checkCodeKey(key: string, origin: string): string {
  if (keysOfCatalogCode(key).length === 0) {
    throw new CatalogError(
      `${origin}, field "key": a code key is 0x followed by hex digits, a decimal number or "HTTP nnn" (got "${key}")`
    );
  }
  return key;
}

/** A code of another namespace: letters, digits, spaces, `.`, `_` or `-`, as an id can carry it. */
function checkNamespacedKey(key: string, origin: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,59}$/.test(key)) {
    throw new CatalogError(
      `${origin}, field "key": a namespaced code key is up to 60 letters, digits, spaces, ".", "_" or "-" (got "${key}")`
    );
  }
  return key;
}

function checkEventKey(key: string, origin: string): string {
  if (!/^\d{1,6}$/.test(key))
    throw new CatalogError(
      `${origin}, field "key": an event key is a decimal number (got "${key}")`
    );
  return String(Number(key));
}

function checkSlugKey(key: string, origin: string): string {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(key)) {
    throw new CatalogError(
      `${origin}, field "key": a message or topic key is a kebab-case slug (got "${key}")`
    );
  }
  return key;
}
