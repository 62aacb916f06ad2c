import type { Catalog, CatalogEntry, Language } from '../catalog/catalog-types';
import type { EntryRef, EntryView } from './answer';

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
    name: entry.name,
    severity: entry.severity,
    summary: entry.summary[language],
    catalogId: entry.catalogId,
    catalogTitle: catalog.catalogs.get(entry.catalogId)?.title[language] ?? entry.catalogId,
    inference,
  };
}

/** The whole entry in the given language, relations resolved to refs. */
export function viewEntry(catalog: Catalog, entry: CatalogEntry, language: Language): EntryView {
  const refs = (ids: string[]) =>
    ids.flatMap((id) => {
      const target = catalog.byId.get(id);
      return target ? [refEntry(catalog, target, language)] : [];
    });
  const { inference: _inference, ...base } = refEntry(catalog, entry, language);
  return {
    ...base,
    meaning: entry.meaning[language],
    meaningInferred: entry.meaningInferred,
    notice: catalog.catalogs.get(entry.catalogId)?.notice?.[language],
    log: entry.log,
    taskCategory: entry.taskCategory,
    steps: entry.steps.map((s) => ({ text: s[language], inference: s.inference, team: s.team })),
    links: entry.links.map((l) => ({ title: l.title[language], url: l.url, team: l.team })),
    relatedCodes: refs(entry.codes),
    relatedEvents: refs(entry.events),
    related: entry.related.flatMap((rel) => {
      const target = catalog.byId.get(rel.id);
      return target ? [refEntry(catalog, target, language, rel.inference)] : [];
    }),
    team: entry.team,
  };
}
