import type {
  CodeContext,
  DeploymentPath,
  EntryKind,
  Hop,
  Hops,
  Language,
  Severity,
} from '../../catalog/catalog-types';
import type { FlowAnswer, FlowRef } from './flow-answer';
import type { LogFormat } from './log-record';
import type { WindowsCodeView } from '../windows/decode-windows-code';

export type { WindowsCodeView } from '../windows/decode-windows-code';

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
  /** Only a community source states it. */
  community: boolean;
  /** The deployment path it applies to; undefined for all. */
  path?: DeploymentPath;
  /** Added by the team's own catalog. */
  team: boolean;
}

export interface LinkView {
  title: string;
  url: string;
  team: boolean;
  /** Not the vendor's page (Microsoft's docs or GitHub organization, Apple's developer pages): a community source. */
  community: boolean;
}

/** One meaning of a code where it appears, as a choice the answer could not make alone. */
export interface ContextChoice {
  context: CodeContext;
  summary: string;
  /** Opens the entry in this context. */
  query: string;
}

/** One catalog entry in the answer's language, with its relations resolved. */
export interface EntryView extends Omit<EntryRef, 'inference'> {
  meaning: string;
  /** The source gives only the name: the meaning is our reading of it, shown as such. */
  meaningInferred: boolean;
  /** The facts come only from a community source. */
  community: boolean;
  hops: Hops;
  minConnectorVersion?: string;
  /** The connector version the question named, when it is older than `minConnectorVersion`. */
  olderConnector?: string;
  /** Why this entry deserves a caveat, e.g. it comes from the retired connector. */
  notice?: string;
  log?: string;
  taskCategory?: string;
  /** The context the meaning and steps are for, when the code's meaning depends on where it appears. */
  context?: { context: CodeContext; inference: boolean };
  /** The other contexts this code has a meaning in (all of them when none was chosen). */
  otherContexts: ContextChoice[];
  /** The path the question named (SCEP, PKCS): its steps come first. */
  path?: DeploymentPath;
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

/** How something was found in a question. */
export type MatchKind = 'code' | 'event' | 'name' | 'keyword' | 'id' | 'phrase';

/** Something shaped like an event or a code that the catalog lacks, as written. */
export interface UnknownToken {
  kind: 'code' | 'event';
  text: string;
}

export type AnswerItem =
  | { type: 'entry'; entry: EntryView; via: MatchKind; token: string; ambiguous: boolean }
  /** A code the catalog does not curate, decoded by its Windows family: the generic meaning only. */
  | { type: 'windows'; code: WindowsCodeView; via: MatchKind; token: string }
  | {
      type: 'unknown';
      token: string;
      tokenKind: UnknownToken['kind'];
      /** Catalog entries of the same family. */
      suggestions: EntryRef[];
      /** Known Windows codes of the same family. */
      windowsSuggestions: WindowsCodeView[];
    }
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
  /** Codes the catalog does not curate, with their generic Windows meaning. */
  windows: WindowsCodeView[];
  unknown: UnknownToken[];
  severity: Severity;
  count: number;
  firstSeen?: string;
  lastSeen?: string;
  /** Set when its times could not be put in order (a day-or-month date such as 05/11/2025). */
  timesUnordered?: boolean;
  context: RecordContext;
  http?: HttpStatus;
  /** The hop whose log reported it. */
  reportedBy?: Hop;
}

/** Which hops of the chain reported what in a paste, worst first. */
export interface HopReport {
  hop: Hop;
  findings: number;
  records: number;
  severity: Severity;
  /** What the hop's worst finding names: its event, else its first code. */
  worst?: { key: string; name: string };
}

/** Things the admin should know about the answer itself, for the shells to put in words. */
export interface AnswerFlags {
  /** The text was longer than `maxChars`: only the first `maxChars` characters were read. */
  inputCut?: { maxChars: number };
  /** The question named more things than one answer lists: this many were left out. */
  moreItems?: number;
}

export interface AnswerBase {
  language: Language;
  flags: AnswerFlags;
}

/**
 * Help: asked for outright, or the question named nothing specific. Then `closest` holds at most
 * three entries its words match, shown as closest matches, never as identified.
 */
export interface HelpAnswer extends AnswerBase {
  kind: 'help';
  reason: 'asked' | 'vague';
  closest: EntryRef[];
  /** Guided flows the question's symptom matches ("Walk me through it"). */
  guides?: FlowRef[];
}

export interface LookupAnswer extends AnswerBase {
  kind: 'lookup';
  items: AnswerItem[];
  /** `named`: the text names these things; `keywords`: only its words match them (closest matches). */
  basis: 'named' | 'keywords';
  /** Guided flows the question's symptom matches. */
  guides?: FlowRef[];
}

export interface LogAnswer extends AnswerBase {
  kind: 'log';
  /** The formats the records were read from, in the order found. */
  formats: LogFormat[];
  recordCount: number;
  findings: Finding[];
  /** The chain overview: set when records of more than one hop were found. */
  hops: HopReport[];
  /** Detail for the top findings' entries. */
  details: EntryView[];
}

export type Answer = HelpAnswer | LookupAnswer | LogAnswer | FlowAnswer;

export interface ExplainOptions {
  /** The user's locale as the client reports it (`ja-JP`, `en-US`). */
  locale?: string;
  /** A language chosen outright (CLI --lang, a card's language toggle); beats everything else. */
  language?: Language;
  /** Read at most this many characters; the answer's flags say when the text was cut. */
  maxChars?: number;
}

export type { CodeContext, DeploymentPath, Hop } from '../../catalog/catalog-types';
