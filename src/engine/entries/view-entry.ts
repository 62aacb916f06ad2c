import type {
  Catalog,
  CatalogEntry,
  CatalogLink,
  CatalogStep,
  CodeContext,
  DeploymentPath,
  Language,
} from '../../catalog/catalog-types';
import type { EntryRef, EntryView, LinkView, StepView } from '../model/answer';
import { olderThan } from './older-than';

/** A pointer at an entry in the given language. */
export function refEntry(
  catalog: Catalog,
  entry: CatalogEntry,
  language: Language,
  inference = false
): EntryRef {
  return {
    id: entry.id,
    kind: entry.kind,
    key: entry.key,
    name: entry.title?.[language] ?? entry.name,
    severity: entry.severity,
    summary: entry.summary[language],
    catalogId: entry.catalogId,
    catalogTitle: catalog.catalogs.get(entry.catalogId)?.title[language] ?? entry.catalogId,
    inference,
  };
}

/**
 * Pages the product's vendor publishes: Microsoft's docs and its GitHub organization's code (not its
 * issue threads), and Apple's developer and support pages for Apple's own codes. Any other source
 * is shown as a community one.
 */
const VENDOR_DOCS =
  /^https:\/\/(?:(?:learn|support)\.microsoft\.com|github\.com\/microsoft(?!\/[^/]+\/(?:issues|discussions|pull)\/)|(?:developer|support)\.apple\.com)\//;

export interface ViewOptions {
  /** Where the code appeared, when its meaning depends on that. */
  context?: CodeContext;
  /** The deployment path the question named: its steps come first. */
  path?: DeploymentPath;
  /** The connector version the question names, checked against the entry's minimum. */
  connectorVersion?: string;
}

/**
 * The whole entry in the given language, relations resolved to refs. With a context the entry has,
 * the meaning, steps and links are that context's; the entry's other contexts are listed.
 */
export function viewEntry(
  catalog: Catalog,
  entry: CatalogEntry,
  language: Language,
  options: ViewOptions = {}
): EntryView {
  const refs = (ids: string[]) =>
    ids.flatMap((id) => {
      const target = catalog.byId.get(id);
      return target ? [refEntry(catalog, target, language)] : [];
    });
  const chosen = entry.contexts.find((c) => c.context === options.context);
  const { inference: _inference, ...base } = refEntry(catalog, entry, language);
  const steps = chosen ? chosen.steps : entry.steps;
  return {
    ...base,
    summary: chosen ? chosen.summary[language] : base.summary,
    meaning: (chosen ?? entry).meaning[language],
    meaningInferred: entry.meaningInferred,
    community: entry.community || (chosen?.community ?? false),
    hops: chosen?.hops ?? entry.hops,
    minConnectorVersion: entry.minConnectorVersion,
    olderConnector:
      entry.minConnectorVersion &&
      options.connectorVersion &&
      olderThan(options.connectorVersion, entry.minConnectorVersion)
        ? options.connectorVersion
        : undefined,
    notice: catalog.catalogs.get(entry.catalogId)?.notice?.[language],
    log: entry.log,
    taskCategory: entry.taskCategory,
    context: chosen ? { context: chosen.context, inference: chosen.inference } : undefined,
    otherContexts: entry.contexts
      .filter((c) => c !== chosen)
      .map((c) => ({
        context: c.context,
        summary: c.summary[language],
        query: `${entry.id}@${c.context}`,
      })),
    path: options.path,
    steps: orderByPath(steps, options.path).map((s) => viewStep(s, language)),
    links: uniqueLinks([...(chosen?.links ?? []), ...entry.links], language),
    relatedCodes: refs(entry.codes),
    relatedEvents: refs(entry.events),
    related: entry.related.flatMap((rel) => {
      const target = catalog.byId.get(rel.id);
      return target ? [refEntry(catalog, target, language, rel.inference)] : [];
    }),
    team: entry.team,
  };
}

export function viewStep(step: CatalogStep, language: Language): StepView {
  return {
    text: step[language],
    inference: step.inference,
    community: step.community,
    path: step.path,
    team: step.team,
  };
}

/** The named path's steps first, then steps for every path, then the other paths' steps. */
function orderByPath(steps: CatalogStep[], path: DeploymentPath | undefined): CatalogStep[] {
  if (!path) return steps;
  const rank = (s: CatalogStep) => (s.path === path ? 0 : s.path === undefined ? 1 : 2);
  return steps
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i)
    .map(({ s }) => s);
}

export function uniqueLinks(links: CatalogLink[], language: Language): LinkView[] {
  const seen = new Set<string>();
  return links.flatMap((l) => {
    if (seen.has(l.url)) return [];
    seen.add(l.url);
    return [
      {
        title: l.title[language],
        url: l.url,
        team: l.team,
        community: !l.team && !VENDOR_DOCS.test(l.url),
      },
    ];
  });
}
