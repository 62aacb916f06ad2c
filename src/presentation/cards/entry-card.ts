import type { Language } from '../../catalog/catalog-types';
import type { EntryView } from '../../engine';
import { relatedGroups } from '../describe-answer';
import { phrase } from '../phrases';
import type { EntryCardData } from './card-models';
import { moreLabel, refButton } from './card-parts';
import { severityStyle } from './severity-style';

/** Buttons per related group; the rest are counted as "and N more". */
const MAX_BUTTONS = 5;
const MAX_LINKS = 3;

/** The detail card data for one entry; after a vote, `feedbackDone` shows thanks instead of the buttons. */
export function entryCard(
  lang: Language,
  e: EntryView,
  notices: string[],
  feedbackDone = false
): EntryCardData {
  const teamSteps = e.steps.some((s) => s.team) || e.links.some((l) => l.team);
  const other: Language = lang === 'en' ? 'ja' : 'en';
  return {
    speak: `${e.key} ${e.name}. ${e.summary}`,
    entryId: e.id,
    language: lang,
    toggle: { title: phrase(lang, 'toggleLanguage'), language: other },
    feedback: {
      question: phrase(lang, 'helpfulQuestion'),
      yes: phrase(lang, 'helpfulYes'),
      no: phrase(lang, 'helpfulNo'),
      thanks: phrase(lang, 'feedbackThanks'),
      done: feedbackDone,
    },
    title: `${e.key} · ${e.name}`,
    kindLabel: phrase(lang, e.kind === 'event' ? 'kind_event' : 'kind_code'),
    severity: severityStyle(lang, e.severity),
    summary: e.summary,
    notice: e.notice ?? '',
    teamNote: e.team || teamSteps ? `★ ${phrase(lang, 'teamNote')}` : '',
    labels: { meaning: phrase(lang, 'meaning'), nextSteps: phrase(lang, 'nextSteps') },
    meaning: e.meaning,
    meaningNote: e.meaningInferred ? phrase(lang, 'meaningInferredNote') : '',
    steps: e.steps.map((s, i) => ({
      number: `${i + 1}.`,
      text: s.inference ? `${phrase(lang, 'suggestion')}: ${s.text}` : s.text,
      tag: [
        s.inference ? phrase(lang, 'suggestionNote') : '',
        s.team ? `★ ${phrase(lang, 'teamNote')}` : '',
      ]
        .filter(Boolean)
        .join(' · '),
    })),
    relatedGroups: relatedGroups(lang, e).map(({ title, refs }) => ({
      title,
      items: refs.slice(0, MAX_BUTTONS).map(refButton),
      more: moreLabel(lang, refs.length, MAX_BUTTONS),
    })),
    catalogLine: `${phrase(lang, 'catalog')}: ${e.catalogTitle}${e.log ? ` · ${e.log}` : ''}${e.taskCategory ? ` · ${e.taskCategory}` : ''}`,
    links: e.links
      .slice(0, MAX_LINKS)
      .map((l) => ({ title: `${l.team ? '★ ' : ''}${l.title}`, url: l.url })),
    notices,
  };
}
