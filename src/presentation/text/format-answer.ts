import type { Language } from '../../catalog/catalog-types';
import type { Answer, AnswerItem, EntryRef, EntryView, Finding, LogAnswer } from '../../engine';
import { withoutHidden } from '../words/as-text';
import { formatFlowStep } from './format-flow';
import { linkLine } from './format-parts';
import {
  describeCaveats,
  describeChain,
  describeFinding,
  describeFlags,
  describeHop,
  describeLogSummary,
  describeWindowsCode,
  numberedStep,
  relatedGroups,
} from '../words/describe-answer';
import { contextLabel, kindLabel, levelLabel, severityLabel } from '../words/labels';
import { flowPhrase } from '../words/flow-phrases';
import { helpExamples, joinSentences, phrase } from '../words/phrases';

const MAX_REFS = 8;

/** The answer as plain terminal text, in the answer's language. */
export function formatAnswer(answer: Answer): string {
  const lang = answer.language;
  const out: string[] = [];
  if (answer.kind === 'help') {
    out.push(phrase(lang, answer.reason === 'vague' ? 'vagueIntro' : 'helpIntro'));
    if (answer.closest.length) {
      out.push('', `${phrase(lang, 'closestTitle')} (${phrase(lang, 'closestNote')})`);
      for (const r of answer.closest) out.push(`  ${refLine(r)}`);
    }
    out.push('', `${phrase(lang, 'helpTry')}:`);
    for (const ex of helpExamples(lang)) out.push(`  connector-decoder "${ex}"`);
    out.push('', phrase(lang, 'helpPaste'));
  } else if (answer.kind === 'lookup') {
    if (answer.basis === 'keywords')
      out.push(`${phrase(lang, 'closestTitle')}: ${phrase(lang, 'closestNote')}`);
    // A caveat several items share is said once, before them, as the card does.
    const single = answer.items.length === 1;
    if (!single)
      for (const c of describeCaveats(
        answer.items.flatMap((i) => (i.type === 'entry' ? [i.entry] : []))
      ))
        out.push(`! ${c}`);
    for (const item of answer.items) {
      if (out.length) out.push('');
      out.push(...formatItem(lang, item, single));
    }
  } else if (answer.kind === 'flow') {
    out.push(formatFlowStep(answer));
  } else {
    out.push(...formatLog(lang, answer));
  }
  if ((answer.kind === 'help' || answer.kind === 'lookup') && answer.guides?.length) {
    out.push('', `${flowPhrase(lang, 'offerTitle')}:`);
    for (const g of answer.guides) out.push(`  ${g.title}: connector-decoder guide ${g.id}`);
  }
  for (const notice of describeFlags(lang, answer.flags)) out.push('', `! ${notice}`);
  // Values from the paste are printed as they are, less anything that could drive the terminal.
  return withoutHidden(out.join('\n'));
}

function formatItem(lang: Language, item: AnswerItem, withNotice: boolean): string[] {
  if (item.type === 'entry')
    return [
      ...(item.ambiguous ? [`(${phrase(lang, 'ambiguous')})`] : []),
      ...(item.via === 'keyword' ? [`(${phrase(lang, 'closestLabel')})`] : []),
      ...formatEntry(lang, item.entry, withNotice),
    ];
  if (item.type === 'windows') {
    const words = describeWindowsCode(lang, item.code);
    return [
      `${words.heading}  [${phrase(lang, 'windowsTitle')} · ${words.family}]`,
      ...words.lines.map((l) => `  ${l}`),
      `  (${phrase(lang, 'windowsNote')})`,
    ];
  }
  const out = [
    item.type === 'unknown'
      ? phrase(lang, 'notInCatalog', { token: item.token })
      : phrase(lang, 'didYouMean', { token: item.token }),
  ];
  if (item.type === 'unknown' && (item.suggestions.length || item.windowsSuggestions.length))
    out.push(phrase(lang, 'notInCatalogHint'));
  for (const s of item.suggestions) out.push(`  ${refLine(s)}`);
  if (item.type === 'unknown')
    for (const w of item.windowsSuggestions) out.push(`  ${w.key}  ${w.names[0] ?? ''}`);
  return out;
}

function formatEntry(lang: Language, e: EntryView, withNotice: boolean): string[] {
  const title = e.kind === 'message' || e.kind === 'topic' ? e.name : `${e.key}  ${e.name}`;
  const chain = describeChain(lang, e.hops);
  const out = [
    `${kindLabel(lang, e.kind)} ${title}  [${severityLabel(lang, e.severity)}]`,
    `  ${phrase(lang, 'catalog')}: ${e.catalogTitle}`,
    `  ${chain.reported} · ${chain.fault}`,
  ];
  if (e.notice && withNotice) out.push(`  ! ${e.notice}`);
  if (e.community) out.push(`  ! ${phrase(lang, 'communityEntry')}`);
  if (e.minConnectorVersion)
    out.push(
      `  ${joinSentences(
        phrase(lang, 'minVersion', { version: e.minConnectorVersion }),
        e.olderConnector ? phrase(lang, 'olderConnector', { yours: e.olderConnector }) : ''
      )}`
    );
  if (e.context)
    out.push(
      '',
      `${phrase(lang, 'contextHere', { context: contextLabel(lang, e.context.context) })} (${phrase(lang, 'contextGuess')})`
    );
  out.push('', `${phrase(lang, 'meaning')}:`, `  ${e.meaning}`);
  if (e.meaningInferred) out.push(`  (${phrase(lang, 'meaningInferredNote')})`);
  out.push('', `${phrase(lang, 'nextSteps')}:`);
  e.steps.forEach((s, i) => out.push(`  ${numberedStep(lang, s, i)}`));
  if (e.otherContexts.length) {
    out.push('', phrase(lang, e.context ? 'contextOthers' : 'contextChoose'));
    for (const c of e.otherContexts)
      out.push(
        `  ${contextLabel(lang, c.context)}: ${c.summary}  (connector-decoder "${c.query}")`
      );
  }
  for (const { title: groupTitle, refs } of relatedGroups(lang, e)) {
    out.push('', `${groupTitle}:`);
    for (const r of refs.slice(0, MAX_REFS)) out.push(`  ${refLine(r)}`);
    if (refs.length > MAX_REFS)
      out.push(`  … ${phrase(lang, 'andMore', { count: refs.length - MAX_REFS })}`);
  }
  if (e.links.length) {
    out.push('', `${phrase(lang, 'learnMore')}:`);
    for (const l of e.links) out.push(`  ${linkLine(lang, l)}`);
  }
  return out;
}

function formatLog(lang: Language, answer: LogAnswer): string[] {
  const out = [`== ${phrase(lang, 'logTitle')} ==`, describeLogSummary(answer)];
  if (answer.hops.length) {
    out.push(`${phrase(lang, 'overviewTitle')}:`);
    for (const h of answer.hops) out.push(`  ${describeHop(lang, h)}`);
  }
  if (answer.findings.length === 0)
    out.push(phrase(lang, 'nothingInPaste'), phrase(lang, 'helpPaste'));
  for (const f of answer.findings) out.push(...formatFinding(lang, f));
  for (const caveat of describeCaveats(answer.details)) out.push(`! ${caveat}`);
  for (const entry of answer.details) out.push('', ...formatEntry(lang, entry, false));
  return out;
}

function formatFinding(lang: Language, f: Finding): string[] {
  const when = f.firstSeen
    ? `  ${phrase(lang, f.timesUnordered ? 'seenUnordered' : 'firstLast', { first: f.firstSeen, last: f.lastSeen ?? f.firstSeen })}`
    : '';
  const out = [
    `- [${severityLabel(lang, f.severity)}] ${joinSentences(describeFinding(lang, f), `(${phrase(lang, 'seen', { count: f.count })})`)}${when}`,
  ];
  const ctx = Object.entries(f.context).filter(([, v]) => v);
  if (ctx.length)
    out.push(
      `    ${ctx.map(([k, v]) => `${phrase(lang, k as 'computer')}: ${k === 'level' ? levelLabel(lang, v) : v}`).join(' | ')}`
    );
  return out;
}

function refLine(r: EntryRef): string {
  const name = r.kind === 'message' || r.kind === 'topic' ? r.name : `${r.key}  ${r.name}`;
  // An inferred relation is in the group titled as our suggestion; the line needs no mark.
  return `${name} - ${r.summary}`;
}
