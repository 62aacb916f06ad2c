import type { CodeKey } from './code-keys';

/** The languages every catalog text is written in. */
export type Language = 'en' | 'ja';
export const LANGUAGES: readonly Language[] = ['en', 'ja'];

export type Localized = Record<Language, string>;
export type Severity = 'success' | 'info' | 'warning' | 'error';
export type EntryKind = 'event' | 'code';

export interface CatalogStep extends Localized {
  /** No source states this step: it is shown as a suggestion. */
  inference: boolean;
  /** Added by the team's own catalog (CATALOG_DIR). */
  team: boolean;
}

export interface CatalogLink {
  url: string;
  title: Localized;
  team: boolean;
}

export interface CatalogRelation {
  id: string;
  inference: boolean;
  note?: Localized;
}

/** One event or code, resolved: relations point at entry ids, links are whole links. */
export interface CatalogEntry {
  /** `catalog:kind:key`, e.g. `legacy-connector:code:0x00000411`. */
  id: string;
  catalogId: string;
  kind: EntryKind;
  /** The canonical spelling: `20502`, `0x00000411`. */
  key: string;
  name: string;
  aliases: string[];
  severity: Severity;
  summary: Localized;
  meaning: Localized;
  /** The source gives only the name; summary and meaning are read from it. */
  meaningInferred: boolean;
  /** Events only: ids of the codes the source lists for this event, in source order. */
  codes: string[];
  /** Codes only: ids of the events that list this code (derived, never typed twice). */
  events: string[];
  steps: CatalogStep[];
  links: CatalogLink[];
  keywords: Record<Language, string[]>;
  related: CatalogRelation[];
  log?: string;
  taskCategory?: string;
  /** Event sources that write this entry; empty means the catalog's providers. */
  providers: string[];
  /** Lower-case message text that identifies this entry wherever it appears. */
  phrases: string[];
  /** Defined by a team catalog rather than a built-in one. */
  team: boolean;
}

export interface CatalogInfo {
  id: string;
  title: Localized;
  log?: Localized;
  notice?: Localized;
  providers: string[];
  channels: string[];
  team: boolean;
}

/** The loaded catalogs with the indexes the engine looks things up in. */
export interface Catalog {
  entries: readonly CatalogEntry[];
  catalogs: ReadonlyMap<string, CatalogInfo>;
  byId: ReadonlyMap<string, CatalogEntry>;
  /** Code key (see code-keys.ts) → code entries. */
  codesByKey: ReadonlyMap<CodeKey, CatalogEntry[]>;
  /** Decimal event number → event entries, possibly from several catalogs. */
  eventsByNumber: ReadonlyMap<string, CatalogEntry[]>;
  /** Lower-case name or alias → entries. */
  byName: ReadonlyMap<string, CatalogEntry[]>;
}
