import type { Language } from '../../catalog/catalog-types';
import type { Answer, EntryRef, EntryView, Finding } from '../../engine';
import {
  describeFinding,
  describeFlags,
  describeLogSummary,
  relatedGroups,
} from '../describe-answer';
import { helpExamples, phrase } from '../phrases';

const MAX_REFS = 8;

/** The answer as plain terminal text, in the answer's language. */
export function formatAnswer(answer: Answer): string {
  const lang = answer.language;
  const out: string[] = [];
  if (answer.kind === 'help') {
    out.push(phrase(lang, 'helpIntro'), '', `${phrase(lang, 'helpTry')}:`);
    for (const ex of helpExamples(lang)) out.push(`  connector-decoder "${ex}"`);
    out.push('', phrase(lang, 'helpPaste'));
  } else if (answer.kind === 'lookup') {
    if (answer.items.length === 0)
      out.push(
        phrase(lang, 'nothingFound'),
        '',
        `${phrase(lang, 'helpTry')}: connector-decoder help`
      );
    for (const item of answer.items) {
      if (out.length) out.push('');
      if (item.type === 'entry') {
        if (item.ambiguous) out.push(`(${phrase(lang, 'ambiguous')})`);
        out.push(...formatEntry(lang, item.entry));
      } else {
        out.push(
          item.type === 'unknown'
            ? phrase(lang, 'notInCatalog', { token: item.token })
            : phrase(lang, 'didYouMean', { token: item.token })
        );
        if (item.type === 'unknown') out.push(phrase(lang, 'notInCatalogHint'));
        for (const s of item.suggestions) out.push(`  ${refLine(s)}`);
      }
    }
  } else {
    out.push(`== ${phrase(lang, 'logTitle')} ==`, describeLogSummary(answer));
    if (answer.findings.length === 0)
      out.push(phrase(lang, 'nothingInPaste'), phrase(lang, 'helpPaste'));
    for (const f of answer.findings) out.push(...formatFinding(lang, f));
    for (const entry of answer.details) out.push('', ...formatEntry(lang, entry));
  }
  for (const notice of describeFlags(lang, answer.flags)) out.push('', `! ${notice}`);
  return out.join('\n');
}

function formatEntry(lang: Language, e: EntryView): string[] {
  const out = [
    `${phrase(lang, e.kind === 'event' ? 'kind_event' : 'kind_code')} ${e.key}  ${e.name}  [${phrase(lang, `severity_${e.severity}`)}]`,
    `  ${phrase(lang, 'catalog')}: ${e.catalogTitle}`,
  ];
  if (e.notice) out.push(`  ! ${e.notice}`);
  out.push('', `${phrase(lang, 'meaning')}:`, `  ${e.meaning}`);
  if (e.meaningInferred) out.push(`  (${phrase(lang, 'meaningInferredNote')})`);
  out.push('', `${phrase(lang, 'nextSteps')}:`);
  e.steps.forEach((s, i) => {
    const tags = [
      s.inference ? `${phrase(lang, 'suggestion')}: ${phrase(lang, 'suggestionNote')}` : '',
      s.team ? phrase(lang, 'teamNote') : '',
    ]
      .filter(Boolean)
      .join('; ');
    out.push(`  ${i + 1}. ${s.text}${tags ? ` (${tags})` : ''}`);
  });
  for (const { title, refs } of relatedGroups(lang, e)) {
    out.push('', `${title}:`);
    for (const r of refs.slice(0, MAX_REFS)) out.push(`  ${refLine(r)}`);
    if (refs.length > MAX_REFS)
      out.push(`  … ${phrase(lang, 'andMore', { count: refs.length - MAX_REFS })}`);
  }
  if (e.links.length) {
    out.push('', `${phrase(lang, 'learnMore')}:`);
    for (const l of e.links)
      out.push(`  ${l.title}${l.team ? ` (${phrase(lang, 'teamNote')})` : ''}: ${l.url}`);
  }
  return out;
}

function formatFinding(lang: Language, f: Finding): string[] {
  const when = f.firstSeen
    ? `  ${phrase(lang, 'firstLast', { first: f.firstSeen, last: f.lastSeen ?? f.firstSeen })}`
    : '';
  const out = [
    `- [${phrase(lang, `severity_${f.severity}`)}] ${describeFinding(lang, f)}  (${phrase(lang, 'seen', { count: f.count })})${when}`,
  ];
  const ctx = Object.entries(f.context).filter(([, v]) => v);
  if (ctx.length)
    out.push(`    ${ctx.map(([k, v]) => `${phrase(lang, k as 'computer')}: ${v}`).join(' | ')}`);
  return out;
}

function refLine(r: EntryRef): string {
  return `${r.key}  ${r.name} - ${r.summary}${r.inference ? ' (?)' : ''}`;
}
