import type { Answer, AnswerItem } from '../../engine';
import { describeFinding, describeLogSummary, describeWindowsCode } from './describe-answer';
import { flowPhrase } from './flow-phrases';
import { joinSentences, phrase } from './phrases';

const MAX_SUMMARY = 300;

/** One short plain line for notifications and screen readers. */
export function summarizeAnswer(answer: Answer): string {
  const lang = answer.language;
  let text: string;
  if (answer.kind === 'help' && answer.reason === 'vague' && answer.guides?.length) {
    const [first, ...others] = answer.guides;
    const title = others.length ? flowPhrase(lang, 'symptomTitleMany') : first.title;
    text = `${title}: ${flowPhrase(lang, 'symptomIntro')}`;
  } else if (answer.kind === 'help')
    text = phrase(lang, answer.reason === 'vague' ? 'vagueTitle' : 'helpShort');
  else if (answer.kind === 'flow') text = `${answer.flow.title}: ${answer.node.text}`;
  else if (answer.kind === 'log') {
    const top = answer.findings[0];
    text = joinSentences(
      describeLogSummary(answer),
      top ? describeFinding(lang, top) : phrase(lang, 'nothingInPaste')
    );
  } else {
    const parts = answer.items.map((item) => summarizeItem(lang, item));
    text =
      (answer.basis === 'keywords' ? `${phrase(lang, 'closestTitle')}: ` : '') + parts.join(' | ');
  }
  return text.length > MAX_SUMMARY ? `${text.slice(0, MAX_SUMMARY - 1)}…` : text;
}

function summarizeItem(lang: Answer['language'], item: AnswerItem): string {
  switch (item.type) {
    case 'entry':
      return item.entry.kind === 'message' || item.entry.kind === 'topic'
        ? `${item.entry.name}: ${item.entry.summary}`
        : `${item.entry.key} ${item.entry.name}: ${item.entry.summary}`;
    case 'windows': {
      const words = describeWindowsCode(lang, item.code);
      return `${words.heading}: ${words.lines[0]}`;
    }
    case 'unknown':
      return phrase(lang, 'notInCatalog', { token: item.token });
    case 'didYouMean':
      return phrase(lang, 'didYouMean', { token: item.token });
  }
}
