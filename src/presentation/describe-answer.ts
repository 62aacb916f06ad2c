import type { Language } from '../catalog/catalog-types';
import type { AnswerFlags, EntryRef, EntryView, Finding, LogAnswer, LogFormat } from '../engine';
import { phrase } from './phrases';

/**
 * Words for the structure the engine returns, written once for the cards and the CLI: finding
 * headlines, the log summary line, notices for the answer's flags and the groups of related entries.
 */

const FORMAT_NAMES: Readonly<Record<LogFormat, string>> = {
  'event-viewer-text': 'Event Viewer text',
  'event-xml': 'Event Viewer XML',
  'trace-xml': 'service trace log',
  'get-winevent-table': 'Get-WinEvent table',
  'get-eventlog-table': 'Get-EventLog table',
  'powershell-list': 'PowerShell list',
  iis: 'IIS log',
  'ndes-plugin': 'NDESPlugin.log',
};

/** "4 records read (Event Viewer text); 3 distinct findings." */
export function describeLogSummary(answer: LogAnswer): string {
  return phrase(answer.language, 'logSummary', {
    records: answer.recordCount,
    format: answer.formats.map((f) => FORMAT_NAMES[f]).join(' + '),
    findings: answer.findings.length,
  });
}

/** A one-line reading of a finding: "20502 CRPVerifyMetric_Failure with 0x00000409 … — summaries". */
export function describeFinding(language: Language, finding: Finding): string {
  const { event, codes, unknown, http } = finding;
  const shownCodes = codes.length > 1 ? codes.filter((c) => c.severity !== 'success') : codes;
  const names = [
    event ? `${event.key} ${event.name}` : '',
    ...shownCodes.map((c) => `${c.key} ${c.name}`),
    ...unknown.map((u) =>
      phrase(language, 'notInCatalog', {
        token: u.kind === 'event' ? `${phrase(language, 'kind_event')} ${u.text}` : u.text,
      })
    ),
  ]
    .filter(Boolean)
    .join(` ${phrase(language, 'with')} `);
  const prefix = !event && http ? `HTTP ${http.status}.${http.substatus} ${http.uri}: ` : '';
  const summaries = [event?.summary, ...shownCodes.map((c) => c.summary)].filter(Boolean).join(' ');
  return `${prefix}${names}${summaries ? ` — ${summaries}` : ''}`;
}

/** Sentences about the answer itself (text cut, items left out), in the answer's language. */
export function describeFlags(language: Language, flags: AnswerFlags): string[] {
  const notices: string[] = [];
  if (flags.moreItems) notices.push(phrase(language, 'moreItems', { count: flags.moreItems }));
  if (flags.inputCut)
    notices.push(
      phrase(language, 'inputCut', { size: `${Math.round(flags.inputCut.maxChars / 1000)} KB` })
    );
  return notices;
}

/** An entry's relations as titled groups, in the order cards and the CLI show them; empty groups left out. */
export function relatedGroups(
  language: Language,
  entry: EntryView
): Array<{ title: string; refs: EntryRef[] }> {
  return [
    { title: phrase(language, 'relatedCodes'), refs: entry.relatedCodes },
    { title: phrase(language, 'relatedEvents'), refs: entry.relatedEvents },
    { title: phrase(language, 'relatedSuggested'), refs: entry.related.filter((r) => r.inference) },
    { title: phrase(language, 'relatedOther'), refs: entry.related.filter((r) => !r.inference) },
  ].filter((group) => group.refs.length > 0);
}
