import { HOPS, type Hops, type Language } from '../../catalog/catalog-types';
import type { EntryRef, EntryView } from '../../engine';
import { describeChain, numberedStep } from '../words/describe-answer';
import { hopLabel } from '../words/labels';
import { phrase } from '../words/phrases';
import type { ChainStrip, QueryButton } from './card-models';

const COMPACT_STEPS = 3;

/** A button that opens an entry; `(?)` marks a relation that is our inference. */
export function refButton(ref: EntryRef): QueryButton {
  const label =
    ref.kind === 'message' || ref.kind === 'topic' ? ref.name : `${ref.key} ${ref.name}`;
  return { title: `${label}${ref.inference ? ' (?)' : ''}`, query: ref.id };
}

/** The first next steps as a numbered list, each with its tags, and "… and N more" when there are more. */
export function compactSteps(lang: Language, entry: EntryView): string {
  const steps = entry.steps.slice(0, COMPACT_STEPS).map((s, i) => numberedStep(lang, s, i, false));
  if (entry.steps.length > COMPACT_STEPS)
    steps.push(`… ${phrase(lang, 'andMore', { count: entry.steps.length - COMPACT_STEPS })}`);
  return steps.join('\n');
}

/** The chain strip: each hop with its style, and the two lines that say which hop reports and which is at fault. */
export function chainStrip(lang: Language, hops: Hops): ChainStrip {
  const words = describeChain(lang, hops);
  return {
    hops: HOPS.map((hop) => {
      const fault = hops.faultAt.includes(hop);
      const reported = hops.reportedBy === hop;
      const label = hopLabel(lang, hop);
      return {
        label: fault ? `⚠ ${label}` : label,
        color: fault ? 'Attention' : reported ? 'Accent' : 'Default',
        weight: fault || reported ? 'Bolder' : 'Default',
        subtle: !fault && !reported,
      };
    }),
    reported: words.reported,
    fault: words.fault,
  };
}

/** "and N more" for a list cut at `shown`, or '' when nothing was left out. */
export function moreLabel(lang: Language, total: number, shown: number): string {
  return total > shown ? phrase(lang, 'andMore', { count: total - shown }) : '';
}
