import type { Language } from '../../catalog/catalog-types';
import type { EntryRef, EntryView } from '../../engine';
import { phrase } from '../phrases';
import type { QueryButton } from './card-models';

const COMPACT_STEPS = 3;

/** A button that opens an entry; `(?)` marks a relation that is our inference. */
export function refButton(ref: EntryRef): QueryButton {
  return { title: `${ref.key} ${ref.name}${ref.inference ? ' (?)' : ''}`, query: ref.id };
}

/** The first next steps as a numbered list, with "… and N more" when there are more. */
export function compactSteps(lang: Language, entry: EntryView): string {
  const steps = entry.steps
    .slice(0, COMPACT_STEPS)
    .map((s, i) => `${i + 1}. ${s.inference ? `${phrase(lang, 'suggestion')}: ` : ''}${s.text}`);
  if (entry.steps.length > COMPACT_STEPS)
    steps.push(`… ${phrase(lang, 'andMore', { count: entry.steps.length - COMPACT_STEPS })}`);
  return steps.join('\n');
}

/** "and N more" for a list cut at `shown`, or '' when nothing was left out. */
export function moreLabel(lang: Language, total: number, shown: number): string {
  return total > shown ? phrase(lang, 'andMore', { count: total - shown }) : '';
}

/** Pasted values shown as text, with markdown characters neutralized. */
export function plain(value: string): string {
  return value.replace(/[*_`[\]]/g, ' ').slice(0, 200);
}
