import type { Answer } from '../engine';
import { describeFinding, describeLogSummary } from './describe-answer';
import { phrase } from './phrases';

const MAX_SUMMARY = 300;

/** One short plain line for notifications and screen readers. */
export function summarizeAnswer(answer: Answer): string {
  const lang = answer.language;
  let text: string;
  if (answer.kind === 'help') text = phrase(lang, 'helpShort');
  else if (answer.kind === 'log') {
    const top = answer.findings[0];
    text = `${describeLogSummary(answer)} ${top ? describeFinding(lang, top) : phrase(lang, 'nothingInPaste')}`;
  } else {
    const parts = answer.items.map((item) =>
      item.type === 'entry'
        ? `${item.entry.key} ${item.entry.name}: ${item.entry.summary}`
        : item.type === 'unknown'
          ? phrase(lang, 'notInCatalog', { token: item.token })
          : phrase(lang, 'didYouMean', { token: item.token })
    );
    text = parts.length ? parts.join(' | ') : phrase(lang, 'nothingFound');
  }
  return text.length > MAX_SUMMARY ? `${text.slice(0, MAX_SUMMARY - 1)}…` : text;
}
