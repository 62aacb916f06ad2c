import type { Language } from '../../catalog/catalog-types';
import { joinSentences, phrase } from '../words/phrases';
import type { CardChoice, NoticeCardData } from './card-models';

/**
 * Bytes of JSON a card may take. Teams refuses a message over about 28 KB; the rest of the
 * activity (summary, ids, service fields) fits in what is left.
 */
export const CARD_BUDGET = 26_000;

type Expand = (choice: CardChoice) => Record<string, unknown>;
type Data<T extends CardChoice['template']> = Extract<CardChoice, { template: T }>['data'];
/** One way to make a card smaller: the words for what it leaves out, and the data without it (undefined when there is nothing to drop). */
interface Shrink<T extends CardChoice['template']> {
  part: (lang: Language) => string;
  drop: (data: Data<T>) => Data<T> | undefined;
}
type Shrinks = { [T in CardChoice['template']]: Array<Shrink<T>> };

/** UTF-8 bytes of a card's JSON, as Teams counts them. */
export function cardBytes(content: unknown): number {
  return new TextEncoder().encode(JSON.stringify(content)).length;
}

const part =
  (key: Parameters<typeof phrase>[1]) =>
  (lang: Language): string =>
    phrase(lang, key);

/** What goes first, per card: what is least specific to the question goes before what answers it. */
const SHRINKS: Shrinks = {
  'not-found': [
    {
      part: part('partExamples'),
      drop: (d) =>
        d.examples.length ? { ...d, examples: [], tryLabel: '', pasteTip: '' } : undefined,
    },
    {
      part: part('partSuggestions'),
      drop: (d) =>
        d.moreUnknowns.some((u) => u.suggestions.length)
          ? { ...d, moreUnknowns: d.moreUnknowns.map((u) => ({ ...u, hint: '', suggestions: [] })) }
          : undefined,
    },
    {
      part: part('partOthers'),
      drop: (d) => (d.moreUnknowns.length ? { ...d, moreUnknowns: [] } : undefined),
    },
    {
      part: part('partSuggestions'),
      drop: (d) =>
        d.unknowns.some((u) => u.suggestions.length)
          ? { ...d, unknowns: d.unknowns.map((u) => ({ ...u, hint: '', suggestions: [] })) }
          : undefined,
    },
  ],
  results: [
    {
      part: part('partSteps'),
      drop: (d) =>
        d.moreItems.some((i) => i.steps)
          ? { ...d, moreItems: d.moreItems.map((i) => ({ ...i, steps: '' })) }
          : undefined,
    },
    {
      part: part('partOthers'),
      drop: (d) => (d.moreItems.length ? { ...d, moreItems: [] } : undefined),
    },
    {
      part: part('partSteps'),
      drop: (d) =>
        d.items.some((i) => i.steps)
          ? { ...d, items: d.items.map((i) => ({ ...i, steps: '' })) }
          : undefined,
    },
  ],
  entry: [
    {
      part: part('partRelated'),
      drop: (d) => (d.relatedGroups.length ? { ...d, relatedGroups: [] } : undefined),
    },
    {
      part: part('partSources'),
      drop: (d) => (d.links.length ? { ...d, links: [] } : undefined),
    },
    {
      part: part('partSteps'),
      drop: (d) => (d.moreSteps.length ? { ...d, moreSteps: [] } : undefined),
    },
  ],
  log: [
    {
      part: part('partDetails'),
      drop: (d) => (d.moreDetails.length ? { ...d, moreDetails: [] } : undefined),
    },
    {
      part: part('partFacts'),
      drop: (d) =>
        d.moreFindings.some((f) => f.facts.length)
          ? { ...d, moreFindings: d.moreFindings.map((f) => ({ ...f, facts: [] })) }
          : undefined,
    },
    {
      part: part('partOthers'),
      drop: (d) => (d.moreFindings.length ? { ...d, moreFindings: [] } : undefined),
    },
    {
      part: part('partFacts'),
      drop: (d) =>
        d.findings.some((f) => f.facts.length)
          ? { ...d, findings: d.findings.map((f) => ({ ...f, facts: [] })) }
          : undefined,
    },
  ],
  flow: [
    {
      part: part('partRelated'),
      drop: (d) => (d.entries.length ? { ...d, entries: [] } : undefined),
    },
    {
      part: part('partSources'),
      drop: (d) => (d.links.length ? { ...d, links: [] } : undefined),
    },
  ],
  help: [
    {
      part: part('partExamples'),
      drop: (d) => (d.examples.length ? { ...d, examples: [], tryLabel: '' } : undefined),
    },
    {
      part: part('partRelated'),
      drop: (d) =>
        d.closest.items.length ? { ...d, closest: { title: '', note: '', items: [] } } : undefined,
    },
  ],
  notice: [],
  // Sentinel cards cap their own lists (30 items) and stay far below the budget (a test checks).
  sentinel: [],
};

/**
 * The card for `choice` within CARD_BUDGET: as it is when it fits; else with the least specific
 * parts left out, one at a time, and a note on the card naming them; and when even that is too
 * large, a short notice that says so. A card Teams would refuse is never returned.
 */
export function fitCard(choice: CardChoice, expand: Expand): Record<string, unknown> {
  const content = expand(choice);
  if (cardBytes(content) <= CARD_BUDGET) return content;
  const lang = choice.data.language as Language;
  const left: string[] = [];
  let data = choice.data as Data<typeof choice.template>;
  for (const shrink of SHRINKS[choice.template] as Array<Shrink<typeof choice.template>>) {
    const smaller = shrink.drop(data as never);
    if (!smaller) continue;
    data = smaller;
    const label = shrink.part(lang);
    if (!left.includes(label)) left.push(label);
    const note = phrase(lang, 'cardTrimmed', { parts: left.join(lang === 'ja' ? '、' : ', ') });
    const noted =
      'notices' in data ? { ...data, notices: [...(data.notices as string[]), note] } : data;
    const fitted = expand({ template: choice.template, data: noted } as CardChoice);
    if (cardBytes(fitted) <= CARD_BUDGET) return fitted;
  }
  return expand({ template: 'notice', data: tooLarge(lang, choice.data.speak) });
}

/** The last resort: the answer's one-line summary and what to ask instead. */
function tooLarge(lang: Language, speak: string): NoticeCardData {
  const title = phrase(lang, 'cardTooLarge');
  const text = speak.length > 600 ? `${speak.slice(0, 599)}…` : speak;
  return {
    language: lang,
    speak: joinSentences(title, text),
    title,
    text,
    tip: phrase(lang, 'cardTooLargeTip'),
  };
}
