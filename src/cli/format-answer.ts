import type { Answer, EntryRef, EntryView, Finding } from '../core/answer';
import { phrase } from '../core/phrases';

const MAX_REFS = 8;

/** The answer as plain terminal text, in the answer's language. */
export function formatAnswer(answer: Answer): string {
  const lang = answer.language;
  const out: string[] = [];
  if (answer.kind === 'help') {
    out.push(phrase(lang, 'helpIntro'), '', `${phrase(lang, 'helpTry')}:`);
    for (const ex of answer.examples) out.push(`  connector-decoder "${ex}"`);
    out.push('', phrase(lang, 'helpPaste'));
  } else if (answer.kind === 'lookup') {
    if (answer.items.length === 0) out.push(phrase(lang, 'nothingFound'), '', `${phrase(lang, 'helpTry')}: connector-decoder help`);
    for (const item of answer.items) {
      if (out.length) out.push('');
      if (item.type === 'entry') {
        if (item.ambiguous) out.push(`(${phrase(lang, 'ambiguous')})`);
        out.push(...formatEntry(answer.language, item.entry));
      } else if (item.type === 'unknown') {
        out.push(phrase(lang, 'notInCatalog', { token: item.token }), `${phrase(lang, 'notInCatalogHint')}`);
        for (const s of item.suggestions) out.push(`  ${refLine(s)}`);
      } else {
        out.push(phrase(lang, 'didYouMean', { token: item.token }));
        for (const s of item.suggestions) out.push(`  ${refLine(s)}`);
      }
    }
  } else {
    out.push(`== ${phrase(lang, 'logTitle')} ==`);
    out.push(phrase(lang, 'logSummary', { records: answer.recordCount, format: answer.format, findings: answer.findings.length }));
    if (answer.findings.length === 0) out.push(phrase(lang, 'nothingInPaste'), phrase(lang, 'helpPaste'));
    for (const f of answer.findings) out.push(...formatFinding(lang, f));
    for (const entry of answer.details) out.push('', ...formatEntry(lang, entry));
  }
  for (const notice of answer.notices) out.push('', `! ${notice}`);
  return out.join('\n');
}

function formatEntry(lang: Answer['language'], e: EntryView): string[] {
  const out = [
    `${e.kind === 'event' ? phrase(lang, 'kind_event') : phrase(lang, 'kind_code')} ${e.key}  ${e.name}  [${phrase(lang, `severity_${e.severity}`)}]`,
    `  ${phrase(lang, 'catalog')}: ${e.catalogTitle}`,
  ];
  if (e.notice) out.push(`  ! ${e.notice}`);
  out.push('', `${phrase(lang, 'meaning')}:`, `  ${e.meaning}`);
  if (e.meaningInferred) out.push(`  (${phrase(lang, 'meaningInferredNote')})`);
  out.push('', `${phrase(lang, 'nextSteps')}:`);
  e.steps.forEach((s, i) => {
    const tags = [s.inference ? `${phrase(lang, 'suggestion')}: ${phrase(lang, 'suggestionNote')}` : '', s.team ? phrase(lang, 'teamNote') : '']
      .filter(Boolean)
      .join('; ');
    out.push(`  ${i + 1}. ${s.text}${tags ? ` (${tags})` : ''}`);
  });
  const refs: Array<[string, EntryRef[]]> = [
    [phrase(lang, 'relatedCodes'), e.relatedCodes],
    [phrase(lang, 'relatedEvents'), e.relatedEvents],
    [phrase(lang, 'relatedSuggested'), e.related.filter((r) => r.inference)],
    [phrase(lang, 'relatedOther'), e.related.filter((r) => !r.inference)],
  ];
  for (const [title, list] of refs) {
    if (list.length === 0) continue;
    out.push('', `${title}:`);
    for (const r of list.slice(0, MAX_REFS)) out.push(`  ${refLine(r)}`);
    if (list.length > MAX_REFS) out.push(`  … ${phrase(lang, 'andMore', { count: list.length - MAX_REFS })}`);
  }
  if (e.links.length) {
    out.push('', `${phrase(lang, 'learnMore')}:`);
    for (const l of e.links) out.push(`  ${l.title}${l.team ? ` (${phrase(lang, 'teamNote')})` : ''}: ${l.url}`);
  }
  return out;
}

function formatFinding(lang: Answer['language'], f: Finding): string[] {
  const when = f.firstSeen ? `  ${phrase(lang, 'firstLast', { first: f.firstSeen, last: f.lastSeen ?? f.firstSeen })}` : '';
  const out = [`- [${phrase(lang, `severity_${f.severity}`)}] ${f.headline}  (${phrase(lang, 'seen', { count: f.count })})${when}`];
  const ctx = Object.entries(f.context).filter(([, v]) => v);
  if (ctx.length) out.push(`    ${ctx.map(([k, v]) => `${phrase(lang, k as 'computer')}: ${v}`).join(' | ')}`);
  return out;
}

function refLine(r: EntryRef): string {
  return `${r.key}  ${r.name} - ${r.summary}${r.inference ? ' (?)' : ''}`;
}
