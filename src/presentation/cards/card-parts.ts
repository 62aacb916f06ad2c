import { HOPS, type Hops, type Language } from '../../catalog/catalog-types';
import type { EntryRef, EntryView } from '../../engine';
import { describeChain, numberedStep } from '../words/describe-answer';
import { hopLabel } from '../words/labels';
import { phrase } from '../words/phrases';
import type { ChainStrip, Choice, QueryButton } from './card-models';

const COMPACT_STEPS = 3;
/** Items a card shows before "More": its lead fits one screen on a phone. */
export const LEAD_ITEMS = 3;
/**
 * The widest button title never cut: a phone-width card holds about three buttons of this many
 * columns side by side (a CJK character takes two columns).
 */
export const MAX_BUTTON_WIDTH = 24;
const MAX_BUTTONS_IN_A_ROW = 3;

/**
 * A button that opens an entry. Whether the relation is our inference is said by the group it is
 * in ("Possibly related (our suggestion)"), not by a mark on the button.
 */
export function refButton(ref: EntryRef): QueryButton {
  const label =
    ref.kind === 'message' || ref.kind === 'topic' ? ref.name : `${ref.key} ${ref.name}`;
  return { title: label, query: ref.id };
}

/** Columns a title takes on screen: East Asian wide and full-width characters count two. */
export function titleWidth(title: string): number {
  let width = 0;
  for (const ch of title)
    width +=
      /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{1F300}-\u{1FAFF}]/u.test(
        ch
      )
        ? 2
        : 1;
  return width;
}

/**
 * A list of queries as buttons when all of them fit side by side uncut, else every one as a wrapped
 * row (a tappable line), so a long entry name is read whole instead of cut at the card's edge.
 */
export function asChoices(buttons: readonly QueryButton[]): Choice[] {
  const row =
    buttons.length > MAX_BUTTONS_IN_A_ROW ||
    buttons.some((b) => titleWidth(b.title) > MAX_BUTTON_WIDTH);
  return buttons.map((b) => ({ ...b, row }));
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
        width: titleWidth(fault ? `⚠ ${label}` : label) + 2,
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
