/** A button that asks the bot a query when pressed (Action.Execute `open`, with an Action.Submit fallback). */
export interface QueryButton {
  title: string;
  query: string;
}

/**
 * A query offered in a list: `row` shows it as a wrapped, tappable line instead of a button. A list
 * is all buttons only when every title is short enough never to be cut (see `asChoices`).
 */
export interface Choice extends QueryButton {
  row: boolean;
}

export interface SeverityStyle {
  label: string;
  icon: string;
  /** Container style: good, warning, attention, accent. */
  style: string;
  /** TextBlock color: Good, Warning, Attention, Accent. */
  color: string;
}

/**
 * The certificate chain as a strip of five hops. A hop usually at fault is bold in the attention
 * colour with a ⚠, the hop that reported it bold in the accent colour, the others subtle; the two
 * text lines say the same in words, so the strip reads in any theme, on a phone and to a screen reader.
 */
export interface ChainStrip {
  /** `width` is the column's share of the strip, by its label's length, so no label breaks mid-word. */
  hops: Array<{ label: string; color: string; weight: string; subtle: boolean; width: number }>;
  reported: string;
  fault: string;
}

/** Data bound to cards/entry.json: one catalog entry in detail. */
export interface EntryCardData {
  speak: string;
  entryId: string;
  language: string;
  /** The button that shows the same entry in the other language. */
  toggle: { title: string; language: string; query: string };
  /** "Was this helpful?"; once voted, `done` shows the thanks instead of the buttons. */
  feedback: { question: string; yes: string; no: string; thanks: string; done: boolean };
  title: string;
  kindLabel: string;
  severity: SeverityStyle;
  summary: string;
  chain: ChainStrip;
  notice: string;
  /** Set when the entry's facts come only from a community source. */
  community: string;
  /** "Applies from Certificate Connector 6.2406.0.1001.", or ''. */
  minVersion: string;
  teamNote: string;
  labels: { meaning: string; nextSteps: string; more: string; sources: string };
  /** "Meaning when it appears in connector setup", or '' when the code has one meaning. */
  context: string;
  contextNote: string;
  /** The other places the code has a meaning in, as buttons; title '' when none. */
  contextChoices: { title: string; items: Choice[] };
  /** "Walk me through it" for a symptom the entry names; title '' when none. */
  guides: { title: string; items: Choice[] };
  meaning: string;
  /** Set when the meaning is read from the name only. */
  meaningNote: string;
  /** The first next steps, on the card's lead; the others are behind "More details". */
  steps: Array<{ number: string; text: string; tag: string }>;
  moreSteps: Array<{ number: string; text: string; tag: string }>;
  relatedGroups: Array<{ title: string; items: Choice[]; more: string }>;
  catalogLine: string;
  links: Array<{ title: string; url: string }>;
  /** Notes about the answer itself, e.g. that the message was cut. */
  notices: string[];
}

/** Data bound to cards/results.json: several results, each compact; or the closest matches. */
export interface ResultsCardData {
  speak: string;
  language: string;
  title: string;
  /** Set when the results are only closest matches by keywords. */
  note: string;
  items: Array<{
    heading: string;
    label: string;
    body: string;
    /** A numbered list of the first next steps, or ''. */
    steps: string;
    color: string;
    actions: Choice[];
  }>;
  /** Results beyond the lead, behind a "N more" button titled `moreTitle`. */
  moreItems: ResultsCardData['items'];
  moreTitle: string;
  more: string;
  notices: string[];
  /** Guided flows the symptom fits; title '' when none. */
  guides: { title: string; items: Choice[] };
}

/** Data bound to cards/not-found.json: nothing in the catalog matched. */
export interface NotFoundCardData {
  speak: string;
  language: string;
  title: string;
  unknowns: Array<{ message: string; hint: string; suggestions: Choice[] }>;
  /** Unknowns beyond the lead, behind a "N more" button titled `moreTitle`. */
  moreUnknowns: NotFoundCardData['unknowns'];
  moreTitle: string;
  notices: string[];
  tryLabel: string;
  examples: Choice[];
  pasteTip: string;
}

/** Data bound to cards/help.json: help, welcome, and the answer to a question that named nothing. */
export interface HelpCardData {
  speak: string;
  language: string;
  title: string;
  intro: string;
  tryLabel: string;
  examples: Choice[];
  /** Closest matches by keywords, at most three; title '' when none. */
  closest: { title: string; note: string; items: Choice[] };
  /** Guided flows the symptom fits ("Walk me through it"); title '' when none. */
  guides: { title: string; items: Choice[] };
  pasteTip: string;
  notices: string[];
}

/** Data bound to cards/log.json: the diagnosis of a pasted log. */
export interface LogCardData {
  speak: string;
  language: string;
  title: string;
  summary: string;
  /** Which hops reported what, worst first; title '' when the paste holds one hop only. */
  overview: { title: string; lines: string[] };
  findings: Array<{
    heading: string;
    seen: string;
    color: string;
    facts: Array<{ title: string; value: string }>;
  }>;
  /** Findings and details beyond the lead, behind a button titled `moreTitle` ('' when none). */
  moreFindings: LogCardData['findings'];
  moreTitle: string;
  more: string;
  /** The file the records came from (name, kind, size); '' for a paste. */
  source: string;
  /** Set when the paste held records but nothing the catalog knows. */
  nothing: string;
  pasteTip: string;
  details: Array<{
    heading: string;
    meaning: string;
    steps: string;
    color: string;
    button: QueryButton;
  }>;
  moreDetails: LogCardData['details'];
  notices: string[];
}

/** Data bound to cards/notice.json: a short message (a file being read, or why it was not). */
export interface NoticeCardData {
  speak: string;
  language: string;
  title: string;
  text: string;
  /** What to do instead; '' for none. */
  tip: string;
}

/** Data bound to cards/flow.json: one step of a guided flow. */
export interface FlowCardData {
  speak: string;
  language: string;
  progress: string;
  title: string;
  chain: ChainStrip;
  here: string;
  text: string;
  /** Set when no source states this step. */
  inference: string;
  check: Array<{ title: string; value: string }>;
  steps: Array<{ number: string; text: string; tag: string }>;
  /** Entries to look up, behind "More" with the sources. */
  entries: Choice[];
  answers: Choice[];
  /** Back and Start over; empty at the start. */
  navigation: QueryButton[];
  labels: { steps: string; entries: string; answers: string; sources: string; more: string };
  links: Array<{ title: string; url: string }>;
  notices: string[];
}

/** Data bound to cards/sentinel.json: what the chain sentinel says (an alert, a recovery, a digest, a subscription, health). */
export interface SentinelCardData {
  speak: string;
  language: string;
  /** Container style of the header: attention, warning, good, accent, default. */
  style: string;
  /** A small line above the title: what kind of message this is. */
  kicker: string;
  title: string;
  text: string;
  facts: Array<{ title: string; value: string }>;
  itemsTitle: string;
  items: Array<{ text: string }>;
  /** What to do next; '' for none. */
  tip: string;
  buttons: QueryButton[];
  links: Array<{ title: string; url: string }>;
}

export type CardChoice =
  | { template: 'entry'; data: EntryCardData }
  | { template: 'results'; data: ResultsCardData }
  | { template: 'not-found'; data: NotFoundCardData }
  | { template: 'help'; data: HelpCardData }
  | { template: 'log'; data: LogCardData }
  | { template: 'notice'; data: NoticeCardData }
  | { template: 'flow'; data: FlowCardData }
  | { template: 'sentinel'; data: SentinelCardData };

export type CardName = CardChoice['template'];

/** Data bound to cards/search-preview.json: one row of the compose-box search results. */
export interface SearchPreviewData {
  id: string;
  language: string;
  title: string;
  subtitle: string;
  text: string;
}
