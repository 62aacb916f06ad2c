import type { Language, Severity } from '../catalog/catalog-types';
import type { Answer, EntryRef, EntryView, Finding, LogAnswer, LookupAnswer } from '../core/answer';
import { helpExamples, phrase } from '../core/phrases';
import type { CardChoice, EntryCardData, LogCardData, QueryButton, ResultsCardData, SeverityStyle } from './card-models';

/** Buttons per related group; the rest are counted as "and N more". */
const MAX_BUTTONS = 5;
/** Results shown in one card; the rest are counted. */
const MAX_RESULTS = 10;
const MAX_LINKS = 3;
const COMPACT_STEPS = 3;

/** Picks the card for an answer and fills its data model. Plain data in, plain data out. */
export interface CardOptions {
  /** The welcome variant of the help card. */
  welcome?: boolean;
  /** The entry card after a "Was this helpful?" vote: thanks instead of the buttons. */
  feedbackDone?: boolean;
}

export function buildCardData(answer: Answer, options: CardOptions = {}): CardChoice {
  const lang = answer.language;
  if (answer.kind === 'help') {
    const title = phrase(lang, options.welcome ? 'welcomeTitle' : 'helpTitle');
    return {
      template: 'help',
      data: {
        speak: `${title}. ${phrase(lang, 'helpIntro')}`,
        title,
        intro: phrase(lang, 'helpIntro'),
        tryLabel: phrase(lang, 'helpTry'),
        examples: answer.examples.map((q) => ({ title: q, query: q })),
        pasteTip: phrase(lang, 'helpPaste'),
        catalogLine: '',
      },
    };
  }
  if (answer.kind === 'log') return { template: 'log', data: logCard(answer) };
  return lookupCard(answer, options);
}

function lookupCard(answer: LookupAnswer, options: CardOptions): CardChoice {
  const lang = answer.language;
  const entries = answer.items.filter((i) => i.type === 'entry');
  if (entries.length === 1 && answer.items.length === 1 && entries[0].type === 'entry') {
    return { template: 'entry', data: { ...entryCard(lang, entries[0].entry, options.feedbackDone), notices: answer.notices } };
  }
  if (entries.length === 0) {
    const unknowns = answer.items.flatMap((item) =>
      item.type === 'entry'
        ? []
        : [
            {
              message: item.type === 'unknown' ? phrase(lang, 'notInCatalog', { token: item.token }) : phrase(lang, 'didYouMean', { token: item.token }),
              hint: item.type === 'unknown' ? phrase(lang, 'notInCatalogHint') : '',
              suggestions: item.suggestions.slice(0, MAX_BUTTONS).map(refButton),
            },
          ],
    );
    const title = phrase(lang, unknowns.length ? 'notFoundTitle' : 'nothingFound');
    return {
      template: 'not-found',
      data: {
        language: lang,
        speak: [title, ...unknowns.map((u) => u.message)].join(' '),
        title,
        unknowns,
        tryLabel: phrase(lang, 'helpTry'),
        examples: helpExamples(lang).map((q) => ({ title: q, query: q })),
        pasteTip: phrase(lang, 'helpPaste'),
        notices: answer.notices,
      },
    };
  }
  const items: ResultsCardData['items'] = answer.items.map((item) => {
    if (item.type === 'entry') {
      const e = item.entry;
      const sev = severityStyle(lang, e.severity);
      return {
        heading: `${sev.icon} ${e.key} · ${e.name}`,
        label: [sev.label, item.ambiguous ? e.catalogTitle : ''].filter(Boolean).join(' · '),
        body: `${e.summary} ${e.meaning}`,
        steps: compactSteps(lang, e),
        style: 'default',
        color: sev.color,
        actions: [{ title: phrase(lang, 'showDetails'), query: e.id }],
      };
    }
    return {
      heading: item.type === 'unknown' ? phrase(lang, 'notInCatalog', { token: item.token }) : phrase(lang, 'didYouMean', { token: item.token }),
      label: '',
      body: item.type === 'unknown' ? phrase(lang, 'notInCatalogHint') : '',
      steps: '',
      style: 'default',
      color: 'Default',
      actions: item.suggestions.slice(0, MAX_BUTTONS).map(refButton),
    };
  });
  const ambiguous = answer.items.some((i) => i.type === 'entry' && i.ambiguous);
  return {
    template: 'results',
    data: {
      language: lang,
      speak: items.map((i) => i.heading).join('. '),
      title: phrase(lang, 'resultsTitle'),
      items: items.slice(0, MAX_RESULTS),
      more: items.length > MAX_RESULTS ? phrase(lang, 'andMore', { count: items.length - MAX_RESULTS }) : '',
      notices: [...(ambiguous ? [phrase(lang, 'ambiguous')] : []), ...answer.notices],
    },
  };
}

/** The detail card data for one entry. */
export function entryCard(lang: Language, e: EntryView, feedbackDone = false): EntryCardData {
  const sev = severityStyle(lang, e.severity);
  const groups: Array<[string, EntryRef[]]> = [
    [phrase(lang, 'relatedCodes'), e.relatedCodes],
    [phrase(lang, 'relatedEvents'), e.relatedEvents],
    [phrase(lang, 'relatedSuggested'), e.related.filter((r) => r.inference)],
    [phrase(lang, 'relatedOther'), e.related.filter((r) => !r.inference)],
  ];
  const teamSteps = e.steps.some((s) => s.team) || e.links.some((l) => l.team);
  const other: Language = lang === 'en' ? 'ja' : 'en';
  return {
    speak: `${e.key} ${e.name}. ${e.summary}`,
    entryId: e.id,
    language: lang,
    toggle: { title: phrase(lang, 'toggleLanguage'), language: other },
    feedback: { question: phrase(lang, 'helpfulQuestion'), yes: phrase(lang, 'helpfulYes'), no: phrase(lang, 'helpfulNo'), thanks: phrase(lang, 'feedbackThanks'), done: feedbackDone },
    title: `${e.key} · ${e.name}`,
    kindLabel: phrase(lang, e.kind === 'event' ? 'kind_event' : 'kind_code'),
    severity: sev,
    summary: e.summary,
    notice: e.notice ?? '',
    teamNote: e.team || teamSteps ? `★ ${phrase(lang, 'teamNote')}` : '',
    labels: { meaning: phrase(lang, 'meaning'), nextSteps: phrase(lang, 'nextSteps') },
    meaning: e.meaning,
    meaningNote: e.meaningInferred ? phrase(lang, 'meaningInferredNote') : '',
    steps: e.steps.map((s, i) => ({
      number: `${i + 1}.`,
      text: s.inference ? `${phrase(lang, 'suggestion')}: ${s.text}` : s.text,
      tag: [s.inference ? phrase(lang, 'suggestionNote') : '', s.team ? `★ ${phrase(lang, 'teamNote')}` : ''].filter(Boolean).join(' · '),
    })),
    relatedGroups: groups
      .filter(([, refs]) => refs.length > 0)
      .map(([title, refs]) => ({
        title,
        items: refs.slice(0, MAX_BUTTONS).map(refButton),
        more: refs.length > MAX_BUTTONS ? phrase(lang, 'andMore', { count: refs.length - MAX_BUTTONS }) : '',
      })),
    catalogLine: `${phrase(lang, 'catalog')}: ${e.catalogTitle}${e.log ? ` · ${e.log}` : ''}${e.taskCategory ? ` · ${e.taskCategory}` : ''}`,
    links: e.links.slice(0, MAX_LINKS).map((l) => ({ title: `${l.team ? '★ ' : ''}${l.title}`, url: l.url })),
    notices: [],
  };
}

/** Findings listed on a log card; the rest are counted. */
const MAX_FINDINGS = 10;
const CONTEXT_KEYS = ['computer', 'time', 'level', 'deviceId', 'caName', 'template', 'thumbprint', 'source'] as const;

function logCard(answer: LogAnswer): LogCardData {
  const lang = answer.language;
  const findings = answer.findings.slice(0, MAX_FINDINGS).map((f: Finding) => {
    const sev = severityStyle(lang, f.severity);
    const when = f.firstSeen ? ` · ${phrase(lang, 'firstLast', { first: f.firstSeen, last: f.lastSeen ?? f.firstSeen })}` : '';
    return {
      heading: `${sev.icon} ${f.headline}`,
      seen: `${sev.label} · ${phrase(lang, 'seen', { count: f.count })}${when}`,
      style: 'emphasis',
      color: sev.color,
      facts: CONTEXT_KEYS.filter((k) => k !== 'time' && f.context[k]).map((k) => ({ title: phrase(lang, k), value: plain(f.context[k] as string) })),
    };
  });
  const summary = phrase(lang, 'logSummary', { records: answer.recordCount, format: answer.format, findings: answer.findings.length });
  return {
    language: lang,
    speak: `${phrase(lang, 'logTitle')}. ${summary}`,
    title: phrase(lang, 'logTitle'),
    summary,
    findings,
    more: answer.findings.length > MAX_FINDINGS ? phrase(lang, 'andMore', { count: answer.findings.length - MAX_FINDINGS }) : '',
    nothing: answer.findings.length ? '' : phrase(lang, 'nothingInPaste'),
    pasteTip: phrase(lang, 'helpPaste'),
    details: answer.details.map((e) => ({
      heading: `${severityStyle(lang, e.severity).icon} ${e.key} · ${e.name}`,
      meaning: e.meaning,
      steps: compactSteps(lang, e),
      color: severityStyle(lang, e.severity).color,
      button: { title: phrase(lang, 'showDetails'), query: e.id },
    })),
    notices: answer.notices,
  };
}

/** Pasted values shown as text, with markdown characters neutralized. */
function plain(value: string): string {
  return value.replace(/[*_`[\]]/g, ' ').slice(0, 200);
}

function compactSteps(lang: Language, e: EntryView): string {
  const steps = e.steps.slice(0, COMPACT_STEPS).map((s, i) => `${i + 1}. ${s.inference ? `${phrase(lang, 'suggestion')}: ` : ''}${s.text}`);
  if (e.steps.length > COMPACT_STEPS) steps.push(`… ${phrase(lang, 'andMore', { count: e.steps.length - COMPACT_STEPS })}`);
  return steps.join('\n');
}

function refButton(r: EntryRef): QueryButton {
  return { title: `${r.key} ${r.name}${r.inference ? ' (?)' : ''}`, query: r.query };
}

const SEVERITY: Record<Severity, Omit<SeverityStyle, 'label'>> = {
  success: { icon: '✅', style: 'good', color: 'Good' },
  info: { icon: 'ℹ️', style: 'accent', color: 'Accent' },
  warning: { icon: '⚠️', style: 'warning', color: 'Warning' },
  error: { icon: '⛔', style: 'attention', color: 'Attention' },
};

export function severityStyle(lang: Language, severity: Severity): SeverityStyle {
  return { ...SEVERITY[severity], label: phrase(lang, `severity_${severity}`) };
}
