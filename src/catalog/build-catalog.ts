import { buildEntry, buildLinks, buildSteps } from './build-entry';
import { buildFlows } from './build-flows';
import { CatalogError } from './catalog-error';
import type { CatalogFile, CatalogFileEntry, CatalogFileRelation } from './catalog-file';
import type { Catalog, CatalogEntry, CatalogInfo, CatalogRelation } from './catalog-types';
import {
  hexKey,
  keysOfCatalogCode,
  namespaceKey,
  normalizeHexDigits,
  type CodeKey,
} from './code-keys';
import { indexPhrases } from './index-phrases';
import { indexNearCodes } from './near-codes';
import { EMPTY_WINDOWS_CODES, type WindowsCodeTable } from './windows-codes';

/** One catalog file as read and schema-checked, with where it came from for error messages. */
export interface CatalogSource {
  /** The file as shown in errors, e.g. `catalog/windows.json`. */
  file: string;
  /** From the team's own folder (CATALOG_DIR) rather than the built-in catalogs. */
  team: boolean;
  data: CatalogFile;
}

/**
 * Builds the catalog and its indexes from schema-checked files: resolves named links, the codes an
 * event lists, relations and `extends` of entries in other catalogs. Pure: no files are read here.
 * Throws CatalogError naming the file, the entry and the field on the first broken reference.
 */
export function buildCatalog(
  sources: readonly CatalogSource[],
  windowsCodes: WindowsCodeTable = EMPTY_WINDOWS_CODES
): Catalog {
  const catalogs = new Map<string, CatalogInfo>();
  const byId = new Map<string, CatalogEntry>();
  const pending: Array<{ entry: CatalogEntry; origin: string; raw: CatalogFileEntry }> = [];
  const extensions: Array<{
    origin: string;
    raw: CatalogFileEntry;
    file: CatalogFile;
    team: boolean;
  }> = [];

  for (const { file, team, data } of sources) {
    if (catalogs.has(data.id) && !team)
      throw new CatalogError(`${file}: catalog id "${data.id}" is used twice`);
    if (!catalogs.has(data.id)) catalogs.set(data.id, describeCatalog(data, team));
    data.entries.forEach((raw, index) => {
      const origin = `${file}: entries[${index}] (${raw.kind} ${raw.key})`;
      if (raw.extends) {
        extensions.push({ origin, raw, file: data, team });
        return;
      }
      const entry = buildEntry(data, raw, origin, team);
      if (byId.has(entry.id))
        throw new CatalogError(`${origin}, field "key": ${entry.id} is defined twice`);
      byId.set(entry.id, entry);
      pending.push({ entry, origin, raw });
    });
  }

  const codesByKey = new Map<CodeKey, CatalogEntry[]>();
  const eventsByNumber = new Map<string, CatalogEntry[]>();
  const byName = new Map<string, CatalogEntry[]>();
  const byNamespace = new Map<string, CatalogEntry[]>();
  const namespaces = new Set<string>();
  for (const entry of byId.values()) {
    if (entry.namespace) {
      // A number of another namespace is never looked up as a Windows code: only by its namespace.
      const ns = entry.namespace.name.toLowerCase();
      namespaces.add(ns);
      addUnique(byNamespace, namespaceKey(ns, entry.namespace.code), entry);
    } else if (entry.kind === 'code') {
      for (const spelling of [entry.key, ...entry.aliases]) {
        for (const key of keysOfCatalogCode(spelling)) addUnique(codesByKey, key, entry);
      }
    } else if (entry.kind === 'event') {
      addUnique(eventsByNumber, String(Number(entry.key)), entry);
    }
    if (entry.kind === 'message' || entry.kind === 'topic') continue;
    for (const name of [entry.name, ...entry.aliases.filter((a) => !/^-?\d|^0x/i.test(a))]) {
      addUnique(byName, name.toLowerCase(), entry);
    }
  }

  for (const { entry, origin, raw } of pending) {
    (raw.codes ?? []).forEach((code, i) => {
      const digits = normalizeHexDigits(code);
      const target = digits
        ? codesByKey.get(hexKey(digits))?.find((e) => e.catalogId === entry.catalogId)
        : undefined;
      if (!target)
        throw new CatalogError(
          `${origin}, field "codes[${i}]": ${code} is not a code of catalog ${entry.catalogId}`
        );
      entry.codes.push(target.id);
      if (!target.events.includes(entry.id)) target.events.push(entry.id);
    });
    entry.related.push(...resolveRelations(byId, raw.related, origin));
  }

  for (const { origin, raw, file, team } of extensions) {
    const target = byId.get(raw.extends as string);
    if (!target) throw new CatalogError(`${origin}, field "extends": no entry ${raw.extends}`);
    target.steps.push(...buildSteps(raw.steps, team));
    target.links.push(...buildLinks(file, raw, origin, team));
    for (const lang of ['en', 'ja'] as const)
      target.keywords[lang].push(...(raw.keywords?.[lang] ?? []));
    target.related.push(...resolveRelations(byId, raw.related, origin));
  }

  const entries = [...byId.values()];
  return {
    entries,
    catalogs,
    byId,
    codesByKey,
    eventsByNumber,
    byName,
    byNamespace,
    namespaces,
    phrases: indexPhrases(entries, windowsCodes),
    windowsCodes,
    nearCodes: indexNearCodes(entries),
    flows: buildFlows(sources, byId),
  };
}

function describeCatalog(data: CatalogFile, team: boolean): CatalogInfo {
  return {
    id: data.id,
    title: data.title,
    log: data.log,
    notice: data.notice,
    providers: data.providers ?? [],
    channels: data.channels ?? [],
    team,
  };
}

function resolveRelations(
  byId: ReadonlyMap<string, CatalogEntry>,
  relations: CatalogFileRelation[] | undefined,
  origin: string
): CatalogRelation[] {
  return (relations ?? []).map((rel, i) => {
    if (!byId.has(rel.ref))
      throw new CatalogError(`${origin}, field "related[${i}].ref": no entry ${rel.ref}`);
    return { id: rel.ref, inference: rel.inference ?? false, note: rel.note };
  });
}

function addUnique<K>(map: Map<K, CatalogEntry[]>, key: K, entry: CatalogEntry): void {
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (!list.includes(entry)) list.push(entry);
}
