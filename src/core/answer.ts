import type { EntryKind, Language, Severity } from '../catalog/catalog-types';

/** A short pointer at a catalog entry, with the query that opens it. */
export interface EntryRef {
  id: string;
  kind: EntryKind;
  key: string;
  name: string;
  severity: Severity;
  summary: string;
  catalogId: string;
  catalogTitle: string;
  /** What to ask the engine to get this entry's answer (an entry id: exact even when a number is ambiguous). */
  query: string;
  /** The relation is our inference, not stated by a source. */
  inference: boolean;
}

export interface StepView {
  text: string;
  /** No source states it: show as a suggestion. */
  inference: boolean;
  /** Added by the team's own catalog. */
  team: boolean;
}

export interface LinkView {
  title: string;
  url: string;
  team: boolean;
}

/** One catalog entry in the answer's language, with its relations resolved. */
export interface EntryView {
  id: string;
  kind: EntryKind;
  key: string;
  name: string;
  severity: Severity;
  summary: string;
  meaning: string;
  /** The source gives only the name: the meaning is our reading of it, shown as such. */
  meaningInferred: boolean;
  catalogId: string;
  catalogTitle: string;
  /** Why this entry deserves a caveat, e.g. it comes from the retired connector. */
  notice?: string;
  log?: string;
  taskCategory?: string;
  steps: StepView[];
  links: LinkView[];
  /** Events: the codes the source lists for it. */
  relatedCodes: EntryRef[];
  /** Codes: the events that list it. */
  relatedEvents: EntryRef[];
  /** Other relations, e.g. the closest events of today's connector (inference). */
  related: EntryRef[];
  team: boolean;
}

export type MatchKind = 'code' | 'event' | 'name' | 'keyword' | 'id';

export type AnswerItem =
  | { type: 'entry'; entry: EntryView; via: MatchKind; token: string; ambiguous: boolean }
  | { type: 'unknown'; token: string; tokenKind: 'code' | 'event'; suggestions: EntryRef[] }
  | { type: 'didYouMean'; token: string; suggestions: EntryRef[] };

/** Context read from a log record, shown beside a finding. */
export interface RecordContext {
  computer?: string;
  time?: string;
  level?: string;
  deviceId?: string;
  caName?: string;
  template?: string;
  thumbprint?: string;
  source?: string;
}

/** One distinct (event, codes) pair seen in a paste, with how often and when. */
export interface Finding {
  event?: EntryRef;
  codes: EntryRef[];
  /** Things shaped like an event or code the catalog lacks, as written. */
  unknown: string[];
  severity: Severity;
  count: number;
  firstSeen?: string;
  lastSeen?: string;
  context: RecordContext;
  /** A one-line reading of the pairing, e.g. "20502 with 0x00000409: …". */
  headline: string;
}

interface AnswerBase {
  language: Language;
  /** Things the admin should know about the answer itself (input cut, etc.). */
  notices: string[];
}

export interface HelpAnswer extends AnswerBase {
  kind: 'help';
  examples: string[];
}

export interface LookupAnswer extends AnswerBase {
  kind: 'lookup';
  items: AnswerItem[];
}

export interface LogAnswer extends AnswerBase {
  kind: 'log';
  format: string;
  recordCount: number;
  findings: Finding[];
  /** Detail for the top findings' entries. */
  details: EntryView[];
}

export type Answer = HelpAnswer | LookupAnswer | LogAnswer;

export interface ExplainOptions {
  /** The user's locale as the client reports it (`ja-JP`, `en-US`). */
  locale?: string;
  /** A language chosen outright (CLI --lang, a card's language toggle); beats everything else. */
  language?: Language;
}
