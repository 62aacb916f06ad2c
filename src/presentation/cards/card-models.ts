/** A button that asks the bot a query when pressed (Action.Submit with `{ query }`). */
export interface QueryButton {
  title: string;
  query: string;
}

export interface SeverityStyle {
  label: string;
  icon: string;
  /** Container style: good, warning, attention, accent. */
  style: string;
  /** TextBlock color: Good, Warning, Attention, Accent. */
  color: string;
}

/** Data bound to cards/entry.json: one catalog entry in detail. */
export interface EntryCardData {
  speak: string;
  entryId: string;
  language: string;
  /** The button that shows the same entry in the other language. */
  toggle: { title: string; language: string };
  /** "Was this helpful?"; once voted, `done` shows the thanks instead of the buttons. */
  feedback: { question: string; yes: string; no: string; thanks: string; done: boolean };
  title: string;
  kindLabel: string;
  severity: SeverityStyle;
  summary: string;
  notice: string;
  teamNote: string;
  labels: { meaning: string; nextSteps: string };
  meaning: string;
  /** Set when the meaning is read from the name only. */
  meaningNote: string;
  steps: Array<{ number: string; text: string; tag: string }>;
  relatedGroups: Array<{ title: string; items: QueryButton[]; more: string }>;
  catalogLine: string;
  links: Array<{ title: string; url: string }>;
  /** Notes about the answer itself, e.g. that the message was cut. */
  notices: string[];
}

/** Data bound to cards/results.json: several results, each compact, and log findings. */
export interface ResultsCardData {
  speak: string;
  language: string;
  title: string;
  items: Array<{
    heading: string;
    label: string;
    body: string;
    /** A markdown list of the first next steps, or ''. */
    steps: string;
    color: string;
    actions: QueryButton[];
  }>;
  more: string;
  notices: string[];
}

/** Data bound to cards/not-found.json: nothing in the catalog matched. */
export interface NotFoundCardData {
  speak: string;
  language: string;
  title: string;
  unknowns: Array<{ message: string; hint: string; suggestions: QueryButton[] }>;
  notices: string[];
  tryLabel: string;
  examples: QueryButton[];
  pasteTip: string;
}

/** Data bound to cards/help.json: help and welcome. */
export interface HelpCardData {
  speak: string;
  title: string;
  intro: string;
  tryLabel: string;
  examples: QueryButton[];
  pasteTip: string;
}

/** Data bound to cards/log.json: the diagnosis of a pasted log. */
export interface LogCardData {
  speak: string;
  language: string;
  title: string;
  summary: string;
  findings: Array<{
    heading: string;
    seen: string;
    color: string;
    facts: Array<{ title: string; value: string }>;
  }>;
  more: string;
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
  notices: string[];
}

export type CardChoice =
  | { template: 'entry'; data: EntryCardData }
  | { template: 'results'; data: ResultsCardData }
  | { template: 'not-found'; data: NotFoundCardData }
  | { template: 'help'; data: HelpCardData }
  | { template: 'log'; data: LogCardData };

export type CardName = CardChoice['template'];

/** Data bound to cards/search-preview.json: one row of the compose-box search results. */
export interface SearchPreviewData {
  id: string;
  language: string;
  title: string;
  subtitle: string;
  text: string;
}
