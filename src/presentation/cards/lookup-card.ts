import type { LookupAnswer } from '../../engine';
import { describeFlags } from '../describe-answer';
import { helpExamples, phrase } from '../phrases';
import type { CardChoice, ResultsCardData } from './card-models';
import { compactSteps, moreLabel, refButton } from './card-parts';
import { entryCard } from './entry-card';
import { severityStyle } from './severity-style';

/** Buttons per item; results per card. */
const MAX_BUTTONS = 5;
const MAX_RESULTS = 10;

/** One entry gets its detail card; nothing found gets the not-found card; several get the results card. */
export function lookupCard(answer: LookupAnswer, feedbackDone: boolean): CardChoice {
  const lang = answer.language;
  const notices = describeFlags(lang, answer.flags);
  const entries = answer.items.filter((i) => i.type === 'entry');
  const only = answer.items[0];
  if (answer.items.length === 1 && only.type === 'entry') {
    return { template: 'entry', data: entryCard(lang, only.entry, notices, feedbackDone) };
  }
  if (entries.length === 0) {
    const unknowns = answer.items.flatMap((item) =>
      item.type === 'entry'
        ? []
        : [
            {
              message:
                item.type === 'unknown'
                  ? phrase(lang, 'notInCatalog', { token: item.token })
                  : phrase(lang, 'didYouMean', { token: item.token }),
              hint: item.type === 'unknown' ? phrase(lang, 'notInCatalogHint') : '',
              suggestions: item.suggestions.slice(0, MAX_BUTTONS).map(refButton),
            },
          ]
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
        notices,
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
        color: sev.color,
        actions: [{ title: phrase(lang, 'showDetails'), query: e.id }],
      };
    }
    return {
      heading:
        item.type === 'unknown'
          ? phrase(lang, 'notInCatalog', { token: item.token })
          : phrase(lang, 'didYouMean', { token: item.token }),
      label: '',
      body: item.type === 'unknown' ? phrase(lang, 'notInCatalogHint') : '',
      steps: '',
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
      more: moreLabel(lang, items.length, MAX_RESULTS),
      notices: [...(ambiguous ? [phrase(lang, 'ambiguous')] : []), ...notices],
    },
  };
}
