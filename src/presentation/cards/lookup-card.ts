import type { Language } from '../../catalog/catalog-types';
import type { AnswerItem, EntryView, LookupAnswer } from '../../engine';
import { describeCaveats, describeFlags, describeWindowsCode } from '../words/describe-answer';
import { asLine } from '../words/as-text';
import { helpExamples, joinSentences, phrase } from '../words/phrases';
import type { CardChoice, Choice, NotFoundCardData, ResultsCardData } from './card-models';
import { asChoices, compactSteps, LEAD_ITEMS, moreLabel, refButton } from './card-parts';
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
      items: items.slice(0, LEAD_ITEMS),
      moreItems: items.slice(LEAD_ITEMS, MAX_RESULTS),
      moreTitle: phrase(lang, 'showMore', {
        count: Math.min(items.length, MAX_RESULTS) - LEAD_ITEMS,
      }),
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
    actions: asChoices([
      {
        title: phrase(lang, 'showDetails'),
        query: e.context ? `${e.id}@${e.context.context}` : e.id,
      },
    ]),
  };
}

function notFoundCard(answer: LookupAnswer, notices: string[]): CardChoice {
  const lang = answer.language;
  const unknowns = groupUnknowns(
    lang,
    answer.items.flatMap((item) =>
      item.type === 'unknown' || item.type === 'didYouMean' ? [item] : []
    )
  );
  const title = phrase(lang, 'notFoundTitle');
  return {
    template: 'not-found',
    data: {
      language: lang,
      speak: joinSentences(title, ...unknowns.map((u) => u.message)),
      title,
      unknowns: unknowns.slice(0, LEAD_ITEMS),
      moreUnknowns: unknowns.slice(LEAD_ITEMS),
      moreTitle: phrase(lang, 'showMore', { count: Math.max(0, unknowns.length - LEAD_ITEMS) }),
      tryLabel: phrase(lang, 'helpTry'),
      examples: asChoices(helpExamples(lang).map((q) => ({ title: q, query: q }))),
      pasteTip: phrase(lang, 'helpPaste'),
      notices,
    },
  };
}

type UnknownItem = Extract<AnswerItem, { type: 'unknown' | 'didYouMean' }>;

/**
 * One line per unknown, except that unknowns offered the same nearest entries (numbers of one
 * family) share one line and one list: the list is shown once, not once per number.
 */
function groupUnknowns(lang: Language, items: UnknownItem[]): NotFoundCardData['unknowns'] {
  const groups = new Map<string, { items: UnknownItem[]; suggestions: Choice[] }>();
  for (const item of items) {
    const suggestions = suggestionButtons(item);
    const key =
      item.type === 'unknown' && suggestions.length
        ? `unknown:${suggestions.map((s) => s.query).join(' ')}`
        : `${item.type}:${item.token}`;
    const group = groups.get(key);
    if (group) group.items.push(item);
    else groups.set(key, { items: [item], suggestions });
  }
  return [...groups.values()].map(({ items: [first, ...others], suggestions }) => ({
    message: others.length
      ? phrase(lang, 'notInCatalogMany', {
          tokens: [first, ...others].map((i) => asLine(i.token)).join(lang === 'ja' ? '、' : ', '),
        })
      : unknownMessage(lang, first),
    hint: first.type === 'unknown' ? phrase(lang, 'notInCatalogHint') : '',
    suggestions,
  }));
}

function unknownMessage(
  lang: Language,
  item: Extract<AnswerItem, { type: 'unknown' | 'didYouMean' }>
): string {
  return item.type === 'unknown'
    ? phrase(lang, 'notInCatalog', { token: asLine(item.token) })
    : phrase(lang, 'didYouMean', { token: asLine(item.token) });
}

/** The nearest real entries for an unknown, each once (a catalog entry and its Windows code are one). */
function suggestionButtons(
  item: Extract<AnswerItem, { type: 'unknown' | 'didYouMean' }>
): Choice[] {
  const windows =
    item.type === 'unknown'
      ? item.windowsSuggestions.map((w) => ({
          title: `${w.key} ${w.names[0] ?? ''}`.trim(),
          query: w.key,
        }))
      : [];
  const seen = new Set<string>();
  const unique = [...item.suggestions.map(refButton), ...windows].filter((b) => {
    const keys = [b.query.toLowerCase(), b.title.toLowerCase()];
    if (keys.some((k) => seen.has(k))) return false;
    keys.forEach((k) => seen.add(k));
    return true;
  });
  return asChoices(unique.slice(0, MAX_BUTTONS));
}
