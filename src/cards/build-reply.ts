import type { Answer } from '../core/answer';
import { summarizeAnswer } from '../core/summarize-answer';
import { buildCardData, type CardOptions } from './build-card-data';
import type { CardAttachment, CardRenderer } from './render-card';

/** The outgoing message for an answer: the card plus a short plain text for notifications. */
export interface Reply {
  type: 'message';
  text: string;
  summary: string;
  attachments: CardAttachment[];
}

export function buildReply(renderer: CardRenderer, answer: Answer, options: CardOptions = {}): Reply {
  const summary = summarizeAnswer(answer);
  return { type: 'message', text: summary, summary, attachments: [renderer.render(() => buildCardData(answer, options), cacheKeyOf(answer, options))] };
}

/** Answers whose card depends only on what they show (one entry, or help) share a cached card. */
function cacheKeyOf(answer: Answer, options: CardOptions): string | undefined {
  if (answer.notices.length || options.feedbackDone) return undefined;
  if (answer.kind === 'help') return `help:${answer.language}:${options.welcome ? 'welcome' : 'help'}`;
  if (answer.kind === 'lookup' && answer.items.length === 1 && answer.items[0].type === 'entry') {
    return `entry:${answer.language}:${answer.items[0].entry.id}`;
  }
  return undefined;
}
