import type { Answer } from '../core/answer';
import { summarizeAnswer } from '../core/summarize-answer';
import { buildCardData } from './build-card-data';
import type { CardAttachment, CardRenderer } from './render-card';

/** The outgoing message for an answer: the card plus a short plain text for notifications. */
export interface Reply {
  type: 'message';
  text: string;
  summary: string;
  attachments: CardAttachment[];
}

export function buildReply(renderer: CardRenderer, answer: Answer, options: { welcome?: boolean } = {}): Reply {
  const summary = summarizeAnswer(answer);
  return { type: 'message', text: summary, summary, attachments: [renderer.render(buildCardData(answer, options))] };
}
