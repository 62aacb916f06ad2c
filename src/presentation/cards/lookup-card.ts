import type { Language } from '../../catalog/catalog-types';
import type { AnswerItem, EntryView, LookupAnswer } from '../../engine';
import { describeCaveats, describeFlags, describeWindowsCode } from '../words/describe-answer';
import { asLine } from '../words/as-text';
import { helpExamples, joinSentences, phrase } from '../words/phrases';
import type { CardChoice, QueryButton, ResultsCardData } from './card-models';
import { compactSteps, moreLabel, refButton } from './card-parts';
import { entryCard } from './entry-card';
import { guidesOf } from './flow-card';
import { severityStyle } from './severity-style';

/** Buttons per item; results per card. */
const MAX_BUTTONS = 5;
const MAX_RESULTS = 10;

/**
 * One identified entry gets its detail card; nothing identified gets the not-found card; several
 * things, a generic Windows code or closest matches get the results card.
 */
export function lookupCard(answer: LookupAnswer, feedbackDone: boolean): CardChoice {
  const lang = answer.language;
  const notices = describeFlags(lang, answer.flags);
  const only = answer.items[0];
  if (answer.items.length === 1 && only.type === 'entry' && answer.basis === 'named') {
    return {
      template: 'entry',
      data: entryCard(lang, only.entry, notices, feedbackDone, answer.guides),
    };
  }
  if (answer.items.every((i) => i.type === 'unknown' || i.type === 'didYouMean'))
    return notFoundCard(answer, notices);
  const items = answer.items.map((item) => resultItem(lang, item));
  const entries = answer.items.flatMap((i) => (i.type === 'entry' ? [i.entry] : []));
  const ambiguous = answer.items.some((i) => i.type === 'entry' && i.ambiguous);
  const closest = answer.basis === 'keywords';
  const generic = answer.items.length === 1 && only.type === 'windows';
  return {
    template: 'results',
    data: {
      language: lang,
      speak: items.map((i) => i.heading).join('. '),
      title: phrase(lang, closest ? 'closestTitle' : generic ? 'windowsTitle' : 'resultsTitle'),
      note: closest ? phrase(lang, 'closestNote') : '',
      items: items.slice(0, MAX_RESULTS),
      more: moreLabel(lang, items.length, MAX_RESULTS),
      notices: [
        ...(ambiguous ? [phrase(lang, 'ambiguous')] : []),
        ...describeCaveats(entries),
        ...notices,
      ],
      guides: guidesOf(lang, answer.guides),
    },
  };
}

function resultItem(lang: Language, item: AnswerItem): ResultsCardData['items'][number] {
  switch (item.type) {
    case 'entry':
      return entryItem(lang, item.entry, item.ambiguous, item.via === 'keyword');
    case 'windows': {
      const words = describeWindowsCode(lang, item.code);
      return {
        heading: words.heading,
        label: `${phrase(lang, 'windowsTitle')} · ${words.family}`,
        body: [...words.lines, phrase(lang, 'windowsNote')].join('\n'),
        steps: '',
        color: 'Default',
        actions: [],
      };
    }
    default:
      return {
        heading: unknownMessage(lang, item),
        label: '',
        body: item.type === 'unknown' ? phrase(lang, 'notInCatalogHint') : '',
        steps: '',
        color: 'Default',
        actions: suggestionButtons(item),
      };
  }
}

function entryItem(
  lang: Language,
  e: EntryView,
  ambiguous: boolean,
  byKeywords = false
): ResultsCardData['items'][number] {
  const sev = severityStyle(lang, e.severity);
  const name = e.kind === 'message' || e.kind === 'topic' ? e.name : `${e.key} · ${e.name}`;
  return {
    heading: `${sev.icon} ${name}`,
    label: [
      sev.label,
      ambiguous ? e.catalogTitle : '',
      byKeywords ? phrase(lang, 'closestLabel') : '',
    ]
      .filter(Boolean)
      .join(' · '),
    // A meaning that opens with the summary says it once.
    body: e.meaning.startsWith(e.summary) ? e.meaning : joinSentences(e.summary, e.meaning),
    steps: compactSteps(lang, e),
    color: sev.color,
    actions: [
      {
        title: phrase(lang, 'showDetails'),
        query: e.context ? `${e.id}@${e.context.context}` : e.id,
      },
    ],
  };
}

function notFoundCard(answer: LookupAnswer, notices: string[]): CardChoice {
  const lang = answer.language;
  const unknowns = answer.items.flatMap((item) =>
    item.type === 'unknown' || item.type === 'didYouMean'
      ? [
          {
            message: unknownMessage(lang, item),
            hint: item.type === 'unknown' ? phrase(lang, 'notInCatalogHint') : '',
            suggestions: suggestionButtons(item),
          },
        ]
      : []
  );
  const title = phrase(lang, 'notFoundTitle');
  return {
    template: 'not-found',
    data: {
      language: lang,
      speak: joinSentences(title, ...unknowns.map((u) => u.message)),
      title,
      unknowns,
      tryLabel: phrase(lang, 'helpTry'),
      examples: helpExamples(lang).map((q) => ({ title: q, query: q })),
      pasteTip: phrase(lang, 'helpPaste'),
      notices,
    },
  };
}

function unknownMessage(
  lang: Language,
  item: Extract<AnswerItem, { type: 'unknown' | 'didYouMean' }>
): string {
  return item.type === 'unknown'
    ? phrase(lang, 'notInCatalog', { token: asLine(item.token) })
    : phrase(lang, 'didYouMean', { token: asLine(item.token) });
}

function suggestionButtons(
  item: Extract<AnswerItem, { type: 'unknown' | 'didYouMean' }>
): QueryButton[] {
  const windows =
    item.type === 'unknown'
      ? item.windowsSuggestions.map((w) => ({
          title: `${w.key} ${w.names[0] ?? ''}`.trim(),
          query: w.key,
        }))
      : [];
  return [...item.suggestions.map(refButton), ...windows].slice(0, MAX_BUTTONS);
}
