import type { CodeKey } from './code-keys';
import type { NearCodeIndex } from './near-codes';
import type { PhraseIndex } from './phrase-index';
import type { WindowsCodeTable } from './windows-codes';

/** The languages every catalog text is written in. */
export type Language = 'en' | 'ja';
export const LANGUAGES: readonly Language[] = ['en', 'ja'];

export type Localized = Record<Language, string>;
export type Severity = 'success' | 'info' | 'warning' | 'error';
export type EntryKind = 'event' | 'code' | 'message' | 'topic';

/** The certificate chain, device first: where a thing is reported and where the fault usually sits. */
export type Hop = 'device' | 'intune' | 'connector' | 'ndes' | 'ca';
export const HOPS: readonly Hop[] = ['device', 'intune', 'connector', 'ndes', 'ca'];

/** The deployment path a step applies to. */
export type DeploymentPath = 'scep' | 'pkcs' | 'pfx-import';

/** Where a code appears, when its meaning depends on that. */
export type CodeContext = 'setup' | 'signin' | 'device' | 'ndes' | 'ca' | 'runtime' | 'intune';

export interface Hops {
  reportedBy: Hop;
  /** Empty for a success. */
  faultAt: Hop[];
}

export interface CatalogStep extends Localized {
  /** No source states this step: it is shown as a suggestion. */
  inference: boolean;
  /** Only a community source states this step: labelled as such. */
  community: boolean;
  /** The deployment path the step applies to; undefined for every path. */
  path?: DeploymentPath;
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

/** One meaning of a code in one place it appears (connector setup, a device, the CA, …). */
export interface CatalogContext {
  context: CodeContext;
  /** Words or log markers that show this context. */
  cues: string[];
  summary: Localized;
  meaning: Localized;
  steps: CatalogStep[];
  links: CatalogLink[];
  hops?: Hops;
  community: boolean;
  /** No source ties the code to this context: shown as a suggestion. */
  inference: boolean;
}

/** One event, code, message or topic, resolved: relations point at entry ids, links are whole links. */
export interface CatalogEntry {
  /** `catalog:kind:key`, e.g. `legacy-connector:code:0x00000411`. */
  id: string;
  catalogId: string;
  kind: EntryKind;
  /** The canonical spelling: `20502`, `0x00000411`, `HTTP 500`, `denied-by-policy-module`. */
  key: string;
  name: string;
  /** How-to topics and messages: the name shown to people in each language (`name` stays the key). */
  title?: Localized;
  aliases: string[];
  severity: Severity;
  hops: Hops;
  summary: Localized;
  meaning: Localized;
  /** The source gives only the name; summary and meaning are read from it. */
  meaningInferred: boolean;
  /** The facts come only from a community source. */
  community: boolean;
  /** Its file's origin lists it as named only: explained from a published list, with no next steps. */
  namedOnly: boolean;
  /** The Certificate Connector version from which this applies. */
  minConnectorVersion?: string;
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
  /** Text as the product shows it that identifies this entry wherever it appears. */
  phrases: string[];
  /** Meanings that depend on where the code appears. */
  contexts: CatalogContext[];
  /** The namespace the code's number lives in, when it is not Windows': decoded only there. */
  namespace?: CodeNamespace;
  /** Defined by a team catalog rather than a built-in one. */
  team: boolean;
}

/** Where a code's number means something: an Apple error domain, a library's error family, … */
export interface CodeNamespace {
  kind: 'error-domain' | 'event-source' | 'http' | 'exception';
  /** As the product writes it: `MCSCEPErrorDomain`. */
  name: string;
  /** The number or name as written inside that namespace: `22013`. */
  code: string;
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

/** A step of a guided flow: a question or a check whose answers lead on, or a leaf with what to do. */
export interface FlowNode {
  id: string;
  hop: Hop;
  kind: 'question' | 'check' | 'leaf';
  text: Localized;
  /** Where to look, what to run, and what good and bad look like. */
  check?: { where: Localized; run?: Localized; good?: Localized; bad?: Localized };
  answers: Array<{ label: Localized; next: string }>;
  steps: CatalogStep[];
  /** Catalog entries a leaf points to. */
  entries: string[];
  links: CatalogLink[];
  /** No source states this node: shown as a suggestion. */
  inference: boolean;
}

/** A guided troubleshooting flow along the chain (SCEP or PKCS certificate not delivered). */
export interface Flow {
  id: string;
  catalogId: string;
  title: Localized;
  /** Phrases of the symptom, as admins write it, that offer the flow. */
  symptoms: Record<Language, string[]>;
  start: string;
  nodes: ReadonlyMap<string, FlowNode>;
}

/** The loaded catalogs with the indexes the engine looks things up in. */
export interface Catalog {
  /** Guided flows by id. */
  flows: ReadonlyMap<string, Flow>;
  entries: readonly CatalogEntry[];
  catalogs: ReadonlyMap<string, CatalogInfo>;
  byId: ReadonlyMap<string, CatalogEntry>;
  /** Code key (see code-keys.ts) → code entries. */
  codesByKey: ReadonlyMap<CodeKey, CatalogEntry[]>;
  /** Decimal event number → event entries, possibly from several catalogs. */
  eventsByNumber: ReadonlyMap<string, CatalogEntry[]>;
  /** Lower-case name or alias → entries. */
  byName: ReadonlyMap<string, CatalogEntry[]>;
  /** `namespace:code`, lower case (`mcsceperrordomain:22013`) → the entries of that namespace. */
  byNamespace: ReadonlyMap<string, CatalogEntry[]>;
  /** Lower-case namespace names the catalogs cover (`mcsceperrordomain`). */
  namespaces: ReadonlySet<string>;
  /** Entry phrases, context cues and Windows message texts, found anywhere in a text. */
  phrases: PhraseIndex;
  /** Every Windows, WinHTTP and Intune error code by its family, for what the catalog does not curate. */
  windowsCodes: WindowsCodeTable;
  /** The codes an unknown code's nearest entries come from, by family and facility. */
  nearCodes: NearCodeIndex;
}
