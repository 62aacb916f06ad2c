import type { EntryKind, Language, Severity } from '../catalog/catalog-types';
import type { LogFormat } from './logs/log-record';

/** A short pointer at a catalog entry, in the answer's language. Its id opens the entry exactly. */
export interface EntryRef {
  id: string;
  kind: EntryKind;
  key: string;
  name: string;
  severity: Severity;
  summary: string;
  catalogId: string;
  catalogTitle: string;
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
export interface EntryView extends Omit<EntryRef, 'inference'> {
  meaning: string;
  /** The source gives only the name: the meaning is our reading of it, shown as such. */
  meaningInferred: boolean;
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

/** How an entry was found in a question. */
export type MatchKind = 'code' | 'event' | 'name' | 'keyword' | 'id';

/** Something shaped like an event or a code that the catalog lacks, as written. */
export interface UnknownToken {
  kind: 'code' | 'event';
  text: string;
}

export type AnswerItem =
  | { type: 'entry'; entry: EntryView; via: MatchKind; token: string; ambiguous: boolean }
  | { type: 'unknown'; token: string; tokenKind: UnknownToken['kind']; suggestions: EntryRef[] }
  | { type: 'didYouMean'; token: string; suggestions: EntryRef[] };

/** Context read from a log record, shown beside a finding. Values are as written in the paste. */
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

/** The HTTP status of an IIS line, kept for findings that have no event. */
export interface HttpStatus {
  status: string;
  substatus: string;
  win32: string;
  uri: string;
}

/** One distinct (event, codes) pair seen in a paste, with how often and when. */
export interface Finding {
  event?: EntryRef;
  codes: EntryRef[];
  unknown: UnknownToken[];
  severity: Severity;
  count: number;
  firstSeen?: string;
  lastSeen?: string;
  context: RecordContext;
  http?: HttpStatus;
}

/** Things the admin should know about the answer itself, for the shells to put in words. */
export interface AnswerFlags {
  /** The text was longer than `maxChars`: only the first `maxChars` characters were read. */
  inputCut?: { maxChars: number };
  /** The question named more things than one answer lists: this many were left out. */
  moreItems?: number;
}

interface AnswerBase {
  language: Language;
  flags: AnswerFlags;
}

export interface HelpAnswer extends AnswerBase {
  kind: 'help';
}

export interface LookupAnswer extends AnswerBase {
  kind: 'lookup';
  items: AnswerItem[];
}

export interface LogAnswer extends AnswerBase {
  kind: 'log';
  /** The formats the records were read from, in the order found. */
  formats: LogFormat[];
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
  /** Read at most this many characters; the answer's flags say when the text was cut. */
  maxChars?: number;
}
