import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import { findProjectRoot } from '../project-root';
import type {
  Catalog,
  CatalogEntry,
  CatalogInfo,
  CatalogLink,
  CatalogStep,
  EntryKind,
  Localized,
  Severity,
} from './catalog-types';
import { formatHex32, normalizeHexDigits } from './normalize-code';

/** A catalog file that breaks the schema or refers to something that does not exist. */
export class CatalogError extends Error {
  override name = 'CatalogError';
}

export interface LoadCatalogOptions {
  /** Folder of the built-in catalogs; defaults to the project's `catalog/`. */
  builtinDir?: string;
  /** A team's own catalogs (CATALOG_DIR): new entries, or `extends` of existing ones. */
  teamDir?: string;
}

interface RawText { en: string; ja: string }
interface RawLink { url: string; title: RawText }
interface RawEntry {
  kind: EntryKind;
  key: string;
  extends?: string;
  name?: string;
  aliases?: string[];
  severity?: Severity;
  log?: string;
  taskCategory?: string;
  summary?: RawText;
  meaning?: RawText;
  meaningInferred?: boolean;
  codes?: string[];
  steps?: Array<RawText & { inference?: boolean }>;
  links?: Array<string | RawLink>;
  keywords?: { en?: string[]; ja?: string[] };
  related?: Array<{ ref: string; inference?: boolean; note?: RawText }>;
  providers?: string[];
  phrases?: string[];
}
interface RawCatalog {
  id: string;
  title: RawText;
  log?: RawText;
  notice?: RawText;
  providers?: string[];
  channels?: string[];
  links?: Record<string, RawLink>;
  entries: RawEntry[];
}

interface FileOrigin { file: string; team: boolean }

const SCHEMA_FILE = 'catalog.schema.json';

/**
 * Reads every catalog file, validates it against catalog/catalog.schema.json and resolves
 * relations. Throws CatalogError naming the file, the entry and the field on the first problem,
 * so a bad built-in or team catalog stops start-up instead of answering wrongly.
 */
export function loadCatalog(options: LoadCatalogOptions = {}): Catalog {
  const root = findProjectRoot();
  const builtinDir = options.builtinDir ?? join(root, 'catalog');
  const schema = JSON.parse(readFileSync(join(root, 'catalog', SCHEMA_FILE), 'utf8'));
  const validate = new Ajv({ allErrors: false, strict: false }).compile<RawCatalog>(schema);

  const files: Array<FileOrigin & { raw: RawCatalog }> = [];
  const readDir = (dir: string, team: boolean) => {
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.json') && n !== SCHEMA_FILE).sort();
    } catch (error) {
      throw new CatalogError(`${dir}: cannot read the catalog folder (${(error as Error).message}). Check CATALOG_DIR.`);
    }
    for (const name of names) {
      const path = join(dir, name);
      const file = displayPath(root, path);
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(path, 'utf8'));
      } catch (error) {
        throw new CatalogError(`${file}: not valid JSON: ${(error as Error).message}`);
      }
      if (!validate(raw)) throw new CatalogError(describeSchemaError(file, raw, validate.errors ?? []));
      files.push({ file, team, raw });
    }
  };
  readDir(builtinDir, false);
  if (options.teamDir) readDir(options.teamDir, true);

  const catalogs = new Map<string, CatalogInfo>();
  const byId = new Map<string, CatalogEntry>();
  const pendingRelations: Array<{ entry: CatalogEntry; origin: string; raw: RawEntry }> = [];
  const extensions: Array<{ origin: string; raw: RawEntry; catalog: RawCatalog; team: boolean }> = [];

  for (const { file, team, raw } of files) {
    if (catalogs.has(raw.id) && !team) throw new CatalogError(`${file}: catalog id "${raw.id}" is used twice`);
    if (!catalogs.has(raw.id)) {
      catalogs.set(raw.id, {
        id: raw.id,
        title: raw.title,
        log: raw.log,
        notice: raw.notice,
        providers: raw.providers ?? [],
        channels: raw.channels ?? [],
        team,
      });
    }
    raw.entries.forEach((rawEntry, index) => {
      const origin = `${file}: entries[${index}] (${rawEntry.kind} ${rawEntry.key})`;
      if (rawEntry.extends) {
        extensions.push({ origin, raw: rawEntry, catalog: raw, team });
        return;
      }
      const entry = buildEntry(raw, rawEntry, origin, team);
      if (byId.has(entry.id)) throw new CatalogError(`${origin}, field "key": ${entry.id} is defined twice`);
      byId.set(entry.id, entry);
      pendingRelations.push({ entry, origin, raw: rawEntry });
    });
  }

  const codesByDigits = new Map<string, CatalogEntry[]>();
  const eventsByNumber = new Map<string, CatalogEntry[]>();
  const byName = new Map<string, CatalogEntry[]>();
  for (const entry of byId.values()) {
    if (entry.kind === 'code') {
      for (const spelling of [entry.key, ...entry.aliases]) {
        for (const digits of codeDigitsOf(spelling)) addUnique(codesByDigits, digits, entry);
      }
    } else {
      addUnique(eventsByNumber, String(Number(entry.key)), entry);
    }
    for (const name of [entry.name, ...entry.aliases.filter((a) => !/^-?\d|^0x/i.test(a))]) {
      addUnique(byName, name.toLowerCase(), entry);
    }
  }

  for (const { entry, origin, raw } of pendingRelations) {
    (raw.codes ?? []).forEach((code, i) => {
      const digits = normalizeHexDigits(code);
      const target = digits ? codesByDigits.get(digits)?.find((e) => e.catalogId === entry.catalogId) : undefined;
      if (!target) throw new CatalogError(`${origin}, field "codes[${i}]": ${code} is not a code of catalog ${entry.catalogId}`);
      entry.codes.push(target.id);
      if (!target.events.includes(entry.id)) target.events.push(entry.id);
    });
    (raw.related ?? []).forEach((rel, i) => {
      if (!byId.has(rel.ref)) throw new CatalogError(`${origin}, field "related[${i}].ref": no entry ${rel.ref}`);
      entry.related.push({ id: rel.ref, inference: rel.inference ?? false, note: rel.note });
    });
  }

  for (const { origin, raw, catalog, team } of extensions) {
    const target = byId.get(raw.extends as string);
    if (!target) throw new CatalogError(`${origin}, field "extends": no entry ${raw.extends}`);
    target.steps.push(...buildSteps(raw, team));
    target.links.push(...buildLinks(catalog, raw, origin, team));
    for (const lang of ['en', 'ja'] as const) target.keywords[lang].push(...(raw.keywords?.[lang] ?? []));
    (raw.related ?? []).forEach((rel, i) => {
      if (!byId.has(rel.ref)) throw new CatalogError(`${origin}, field "related[${i}].ref": no entry ${rel.ref}`);
      target.related.push({ id: rel.ref, inference: rel.inference ?? false, note: rel.note });
    });
  }

  return { entries: [...byId.values()], catalogs, byId, codesByDigits, eventsByNumber, byName };
}

function buildEntry(catalog: RawCatalog, raw: RawEntry, origin: string, team: boolean): CatalogEntry {
  const key = raw.kind === 'code' ? canonicalCodeKey(raw.key, origin) : canonicalEventKey(raw.key, origin);
  return {
    id: `${catalog.id}:${raw.kind}:${key}`,
    catalogId: catalog.id,
    kind: raw.kind,
    key,
    name: raw.name as string,
    aliases: raw.aliases ?? [],
    severity: raw.severity as Severity,
    summary: raw.summary as Localized,
    meaning: raw.meaning as Localized,
    meaningInferred: raw.meaningInferred ?? false,
    codes: [],
    events: [],
    steps: buildSteps(raw, team),
    links: buildLinks(catalog, raw, origin, team),
    keywords: { en: [...(raw.keywords?.en ?? [])], ja: [...(raw.keywords?.ja ?? [])] },
    related: [],
    log: raw.log,
    taskCategory: raw.taskCategory,
    providers: raw.providers ?? [],
    phrases: (raw.phrases ?? []).map((p) => p.toLowerCase()),
    team,
  };
}

function buildSteps(raw: RawEntry, team: boolean): CatalogStep[] {
  return (raw.steps ?? []).map((s) => ({ en: s.en, ja: s.ja, inference: s.inference ?? false, team }));
}

function buildLinks(catalog: RawCatalog, raw: RawEntry, origin: string, team: boolean): CatalogLink[] {
  return (raw.links ?? []).map((link, i) => {
    if (typeof link !== 'string') return { url: link.url, title: link.title, team };
    const named = catalog.links?.[link];
    if (!named) throw new CatalogError(`${origin}, field "links[${i}]": no link "${link}" in the catalog's links`);
    return { url: named.url, title: named.title, team };
  });
}

function canonicalCodeKey(key: string, origin: string): string {
  if (normalizeHexDigits(key) === undefined && !/^-?\d+$/.test(key) && !/^HTTP \d{3}(\.\d+)?$/.test(key)) {
    throw new CatalogError(`${origin}, field "key": a code key is 0x followed by hex digits, a decimal number or "HTTP nnn" (got "${key}")`);
  }
  return key;
}

function canonicalEventKey(key: string, origin: string): string {
  if (!/^\d{1,6}$/.test(key)) throw new CatalogError(`${origin}, field "key": an event key is a decimal number (got "${key}")`);
  return String(Number(key));
}

/**
 * Every digit string a code spelling is found under. A 32-bit HRESULT is also found under its
 * signed decimal form (as PowerShell prints it) and unsigned decimal form (as IIS writes it);
 * a decimal Win32 or WinHTTP number only under itself.
 */
function codeDigitsOf(spelling: string): string[] {
  const digits = normalizeHexDigits(spelling);
  if (digits !== undefined) return [digits];
  return [`#${spelling.replace(/^HTTP /, 'HTTP')}`];
}

/** The index key a decimal number is looked up under: HRESULT-range values become hex digits. */
export function decimalLookupKeys(value: string): string[] {
  const n = Number(value);
  const keys = [`#${value.replace(/^\+/, '')}`];
  if (Number.isSafeInteger(n) && ((n >= 0x80000000 && n <= 0xffffffff) || (n < 0 && n >= -0x80000000))) {
    keys.push(normalizeHexDigits(formatHex32(n)) as string);
  }
  return keys;
}

function addUnique(map: Map<string, CatalogEntry[]>, key: string, entry: CatalogEntry): void {
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (!list.includes(entry)) list.push(entry);
}

function displayPath(root: string, path: string): string {
  const rel = relative(root, path);
  return rel.startsWith('..') ? path : rel;
}

function describeSchemaError(file: string, raw: unknown, errors: ErrorObject[]): string {
  const error = errors.find((e) => e.keyword !== 'if') ?? errors[0];
  if (!error) return `${file}: does not match the catalog schema`;
  const parts = error.instancePath.split('/').slice(1);
  let where = file;
  let fieldPath = parts;
  if (parts[0] === 'entries' && parts[1] !== undefined) {
    const index = Number(parts[1]);
    const entry = (raw as RawCatalog).entries?.[index] as Partial<RawEntry> | undefined;
    where += `: entries[${index}]${entry && entry.kind ? ` (${entry.kind} ${entry.key ?? '?'})` : ''}`;
    fieldPath = parts.slice(2);
  }
  const missing = error.keyword === 'required' ? (error.params as { missingProperty: string }).missingProperty : undefined;
  const field = [...fieldPath, ...(missing ? [missing] : [])].join('.');
  const allowed = error.keyword === 'enum' ? ` (${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')})` : '';
  const message = missing ? 'is required' : `${error.message ?? 'is invalid'}${allowed}`;
  return `${where}${field ? `, field "${field}"` : ''}: ${message}`;
}
