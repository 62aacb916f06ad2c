import type { Language } from '../../catalog/catalog-types';
import type { EntryView, FlowRef } from '../../engine';
import { relatedGroups, stepTags } from '../words/describe-answer';
import { contextLabel, kindLabel } from '../words/labels';
import { joinSentences, phrase } from '../words/phrases';
import type { EntryCardData } from './card-models';
import { asChoices, chainStrip, moreLabel, refButton } from './card-parts';
import { guidesOf } from './flow-card';
import { severityStyle } from './severity-style';

/** Buttons per related group; the rest are counted as "and N more". */
const MAX_BUTTONS = 5;
const MAX_LINKS = 3;
/** Next steps on the card's lead (the rest behind "More details"): with the meaning, one phone screen. */
const LEAD_STEPS = 2;

/** The detail card data for one entry; after a vote, `feedbackDone` shows thanks instead of the buttons. */
export function entryCard(
  lang: Language,
  e: EntryView,
  notices: string[],
  feedbackDone = false,
  guides: readonly FlowRef[] = []
): EntryCardData {
  const teamSteps = e.steps.some((s) => s.team) || e.links.some((l) => l.team);
  const other: Language = lang === 'en' ? 'ja' : 'en';
  const query = e.context ? `${e.id}@${e.context.context}` : e.id;
  const title = e.kind === 'message' || e.kind === 'topic' ? e.name : `${e.key} · ${e.name}`;
  const steps = e.steps.map((s, i) => ({
    number: `${i + 1}.`,
    text: s.inference ? `${phrase(lang, 'suggestion')}: ${s.text}` : s.text,
    tag: stepTags(lang, s).join(' · '),
  }));
  return {
    speak: `${title}. ${e.summary}`,
    entryId: e.id,
    language: lang,
    toggle: { title: phrase(lang, 'toggleLanguage'), language: other, query },
    feedback: {
      question: phrase(lang, 'helpfulQuestion'),
      yes: phrase(lang, 'helpfulYes'),
      no: phrase(lang, 'helpfulNo'),
      thanks: phrase(lang, 'feedbackThanks'),
      done: feedbackDone,
    },
    title,
    kindLabel: kindLabel(lang, e.kind),
    severity: severityStyle(lang, e.severity),
    summary: e.summary,
    chain: chainStrip(lang, e.hops),
    notice: e.notice ?? '',
    community: e.community ? phrase(lang, 'communityEntry') : '',
    minVersion: e.minConnectorVersion
      ? joinSentences(
          phrase(lang, 'minVersion', { version: e.minConnectorVersion }),
          e.olderConnector ? phrase(lang, 'olderConnector', { yours: e.olderConnector }) : ''
        )
      : '',
    teamNote: e.team || teamSteps ? `★ ${phrase(lang, 'teamNote')}` : '',
    labels: {
      meaning: phrase(lang, 'meaning'),
      nextSteps: phrase(lang, 'nextSteps'),
      more: phrase(lang, 'moreDetails'),
      sources: phrase(lang, 'sources'),
    },
    context: e.context
      ? phrase(lang, 'contextHere', { context: contextLabel(lang, e.context.context) })
      : '',
    contextNote: e.context ? phrase(lang, 'contextGuess') : '',
    contextChoices: {
      title: e.otherContexts.length
        ? phrase(lang, e.context ? 'contextOthers' : 'contextChoose')
        : '',
      items: asChoices(
        e.otherContexts.map((c) => ({ title: contextLabel(lang, c.context), query: c.query }))
      ),
    },
    guides: guidesOf(lang, guides),
    meaning: e.meaning,
    meaningNote: e.meaningInferred ? phrase(lang, 'meaningInferredNote') : '',
    steps: steps.slice(0, LEAD_STEPS),
    moreSteps: steps.slice(LEAD_STEPS),
    relatedGroups: relatedGroups(lang, e).map(({ title: groupTitle, refs }) => ({
      title: groupTitle,
      items: asChoices(refs.slice(0, MAX_BUTTONS).map(refButton)),
      more: moreLabel(lang, refs.length, MAX_BUTTONS),
    })),
    catalogLine: `${phrase(lang, 'catalog')}: ${e.catalogTitle}${e.log ? ` · ${e.log}` : ''}${e.taskCategory ? ` · ${e.taskCategory}` : ''}`,
    links: e.links.slice(0, MAX_LINKS).map((l) => ({
      title: `${l.team ? '★ ' : ''}${l.title}${l.community ? ` (${phrase(lang, 'communityLink')})` : ''}`,
      url: l.url,
    })),
    notices,
  };
}
