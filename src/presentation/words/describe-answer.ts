import type { Hops, Language } from '../../catalog/catalog-types';
import type {
  AnswerFlags,
  EntryRef,
  EntryView,
  Finding,
  HopReport,
  LogAnswer,
  StepView,
  WindowsCodeView,
} from '../../engine';
import { familyLabel, formatLabel, hopLabel, pathLabel, severityLabel } from './labels';
import { joinSentences, phrase } from './phrases';

/**
 * Words for the structure the engine returns, written once for the cards and the CLI: finding
 * headlines, the log summary line, notices, the chain, Windows codes and the groups of related entries.
 */

/** "4 records read (Event Viewer text); 3 distinct findings." */
export function describeLogSummary(answer: LogAnswer): string {
  return phrase(answer.language, 'logSummary', {
    records: answer.recordCount,
    format: answer.formats.length
      ? ` (${answer.formats.map((f) => formatLabel(answer.language, f)).join(' + ')})`
      : '',
    findings: answer.findings.length,
  });
}

/**
 * One short line per finding: what was seen, then the most specific summary, e.g.
 * "20502 CRPVerifyMetric_Failure with 0x00000409 CRPSCEPSigningCert_NotFound — The signing certificate …".
 */
export function describeFinding(language: Language, finding: Finding): string {
  const { event, codes, windows, unknown, http } = finding;
  const shownCodes = codes.length > 1 ? codes.filter((c) => c.severity !== 'success') : codes;
  const named = [
    event ? `${event.key} ${event.name}` : '',
    ...shownCodes.map((c) =>
      c.kind === 'message' || c.kind === 'topic' ? c.name : `${c.key} ${c.name}`
    ),
    ...windows.map((w) => `${w.key}${w.names[0] ? ` ${w.names[0]}` : ''}`),
  ].filter(Boolean);
  const unknownEvents = unknown.filter((u) => u.kind === 'event');
  const unknownCodes = unknown.filter((u) => u.kind === 'code').map((u) => u.text);
  const parts = [named.join(` ${phrase(language, 'with')} `)];
  for (const u of unknownEvents)
    parts.push(phrase(language, 'notInCatalog', { token: `${eventWord(language)} ${u.text}` }));
  const prefix = !event && http ? `HTTP ${http.status}.${http.substatus} ${http.uri}: ` : '';
  const specific = shownCodes.find((c) => c.severity !== 'success') ?? event ?? shownCodes[0];
  const summary = specific?.summary ?? windowsSummary(language, windows[0]);
  let line = `${prefix}${parts.filter(Boolean).join(' ')}${summary ? ` — ${summary}` : ''}`;
  if (unknownCodes.length) {
    line = joinSentences(
      line,
      named.length || unknownEvents.length
        ? `(${phrase(language, 'alsoNotInCatalog', { tokens: unknownCodes.join(', ') })})`
        : phrase(language, 'notInCatalog', { token: unknownCodes.join(', ') })
    );
  }
  return line.trim();
}

function eventWord(language: Language): string {
  return language === 'ja' ? 'イベント' : 'Event';
}

/** Sentences about the answer itself (text cut, items left out), in the answer's language. */
export function describeFlags(language: Language, flags: AnswerFlags): string[] {
  const notices: string[] = [];
  if (flags.moreItems) notices.push(phrase(language, 'moreItems', { count: flags.moreItems }));
  if (flags.inputCut)
    notices.push(
      phrase(language, 'inputCut', {
        chars: flags.inputCut.maxChars.toLocaleString(language === 'ja' ? 'ja-JP' : 'en-US'),
      })
    );
  return notices;
}

/** Each catalog caveat once (e.g. "from the retired connector"), however many entries carry it. */
export function describeCaveats(entries: ReadonlyArray<Pick<EntryView, 'notice'>>): string[] {
  return [...new Set(entries.flatMap((e) => (e.notice ? [e.notice] : [])))];
}

/**
 * An entry's relations as titled groups, in the order cards and the CLI show them; empty groups
 * left out. Relations that are our inference, of any kind, are in their own group, so its title says
 * so once. Beside a failure, a success code (0x00000000) is no lead and is not offered.
 */
export function relatedGroups(
  language: Language,
  entry: EntryView
): Array<{ title: string; refs: EntryRef[] }> {
  const failure = entry.severity === 'error' || entry.severity === 'warning';
  const offered = (refs: readonly EntryRef[]) =>
    refs.filter((r) => !(failure && r.severity === 'success'));
  const stated = (refs: readonly EntryRef[]) => offered(refs).filter((r) => !r.inference);
  return [
    { title: phrase(language, 'relatedCodes'), refs: stated(entry.relatedCodes) },
    { title: phrase(language, 'relatedEvents'), refs: stated(entry.relatedEvents) },
    {
      title: phrase(language, 'relatedSuggested'),
      refs: offered([...entry.relatedCodes, ...entry.relatedEvents, ...entry.related]).filter(
        (r) => r.inference
      ),
    },
    { title: phrase(language, 'relatedOther'), refs: stated(entry.related) },
  ].filter((group) => group.refs.length > 0);
}

/** "Reported by: Connector" and "Usually at fault: CA, NDES/IIS" (or that nothing is at fault). */
export function describeChain(language: Language, hops: Hops): { reported: string; fault: string } {
  return {
    reported: phrase(language, 'chainReported', { hop: hopLabel(language, hops.reportedBy) }),
    fault: hops.faultAt.length
      ? phrase(language, 'chainFault', {
          hops: hops.faultAt
            .map((h) => hopLabel(language, h))
            .join(language === 'ja' ? '、' : ', '),
        })
      : phrase(language, 'chainNoFault'),
  };
}

/** The tags a step carries: the path it is for, suggestion, community, team. */
export function stepTags(language: Language, step: StepView): string[] {
  return [
    step.path ? pathLabel(language, step.path) : '',
    step.inference ? phrase(language, 'suggestionNote') : '',
    step.community ? phrase(language, 'communityNote') : '',
    step.team ? `★ ${phrase(language, 'teamNote')}` : '',
  ].filter(Boolean);
}

/**
 * "2. Suggestion: text (SCEP/NDES · …)": a numbered step on one line, for the CLI and a card's
 * compact list. `suggestionTag: false` leaves out the inference tag where the prefix says it.
 */
export function numberedStep(
  language: Language,
  step: StepView,
  index: number,
  suggestionTag = true
): string {
  const tags = stepTags(language, step).filter(
    (t) => suggestionTag || t !== phrase(language, 'suggestionNote')
  );
  const suggestion = step.inference ? `${phrase(language, 'suggestion')}: ` : '';
  return `${index + 1}. ${joinSentences(`${suggestion}${step.text}`, tags.length ? `(${tags.join(' · ')})` : '')}`;
}

/** A generic Windows code: its heading, the family, and what Windows says about it (and what it carries). */
export function describeWindowsCode(
  language: Language,
  code: WindowsCodeView
): { heading: string; family: string; lines: string[] } {
  const name = code.names[0] ?? '';
  const lines: string[] = [];
  if (code.text && code.family !== 'http') {
    lines.push(
      phrase(language, code.textIsMessage ? 'windowsMessage' : 'windowsDescription', {
        text: code.text,
      })
    );
  }
  if (code.carries) {
    const carried = code.carries;
    lines.push(
      phrase(language, 'windowsCarries', {
        family: familyLabel(language, carried.family),
        number: carried.number,
        name: carried.names[0] ? ` ${carried.names[0]}` : '',
        text: carried.text || '—',
      })
    );
  }
  if (lines.length === 0) lines.push(phrase(language, 'windowsNoText'));
  return {
    heading: `${code.key}${name ? ` · ${name}` : ''}`,
    family: familyLabel(language, code.family),
    lines,
  };
}

function windowsSummary(language: Language, code: WindowsCodeView | undefined): string {
  if (!code) return '';
  return describeWindowsCode(language, code).lines[0];
}

/** "NDES/IIS: 2 records, worst Error (HTTP 500 HTTP_500_InternalServerError)": one hop of the overview. */
export function describeHop(language: Language, hop: HopReport): string {
  const worst = hop.worst ? `${hop.worst.key} ${hop.worst.name}`.trim() : '';
  return phrase(language, 'overviewLine', {
    hop: hopLabel(language, hop.hop),
    records: hop.records,
    severity: severityLabel(language, hop.severity),
    worst: worst ? ` (${worst})` : '',
  });
}
