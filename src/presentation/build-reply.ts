import type { Language } from '../catalog/catalog-types';
import type { Answer, FoundEntries } from '../engine';
import { noticeCard, type FileNotice } from './cards/notice-card';
import { asText } from './words/as-text';
import type { CardOptions } from './cards/choose-card';
import { chooseCard } from './cards/choose-card';
import type { CardAttachment, CardRenderer, PreviewAttachment } from './cards/render-card';
import { severityLabel } from './words/labels';
import { joinSentences } from './words/phrases';
import { summarizeAnswer } from './words/summarize-answer';

/**
 * The outgoing message for an answer: the card alone. `summary` is the plain line a notification,
 * a chat list or a client without cards shows; the card carries the same line as `fallbackText`.
 * No `text`: Teams would show it as a second bubble repeating the card's headline.
 */
export interface Reply {
  type: 'message';
  summary: string;
  attachments: CardAttachment[];
}

export function buildReply(
  renderer: CardRenderer,
  answer: Answer,
  options: CardOptions = {}
): Reply {
  // Teams reads a reply's text as markdown, and the summary can quote the paste.
  const summary = asText(summarizeAnswer(answer));
  return { type: 'message', summary, attachments: [buildCard(renderer, answer, options)] };
}

/** The card alone, for answers that replace a card in place (Universal Actions, compose-box insert). */
export function buildCard(
  renderer: CardRenderer,
  answer: Answer,
  options: CardOptions = {}
): CardAttachment {
  return renderer.render(() => chooseCard(answer, options), cacheKeyOf(answer, options));
}

/** Compose-box search results: each entry as its thumbnail preview; a tap opens the entry by id. */
export function buildSearchResults(
  renderer: CardRenderer,
  found: FoundEntries
): Array<PreviewAttachment & { preview: PreviewAttachment }> {
  const { language } = found;
  return found.results.map((ref) => {
    const preview = renderer.renderPreview({
      id: ref.id,
      language,
      title: ref.kind === 'message' || ref.kind === 'topic' ? ref.name : `${ref.key} · ${ref.name}`,
      subtitle: `${severityLabel(language, ref.severity)} · ${ref.catalogTitle}`,
      text: ref.summary,
    });
    return { ...preview, preview };
  });
}

/** Answers whose card depends only on what they show (one entry, or help) share a cached card. */
function cacheKeyOf(answer: Answer, options: CardOptions): string | undefined {
  if (answer.flags.inputCut || answer.flags.moreItems || options.feedbackDone) return undefined;
  // Only help as asked is the same every time; a vague question's help lists its own matches.
  if (answer.kind === 'help')
    return answer.reason === 'asked' && !answer.closest.length && !answer.guides?.length
      ? `help:${answer.language}:${options.welcome ? 'welcome' : 'help'}`
      : undefined;
  if (
    answer.kind === 'lookup' &&
    answer.items.length === 1 &&
    answer.items[0].type === 'entry' &&
    !answer.guides?.length
  ) {
    // Everything besides the entry that changes its card: the meaning's context, the path whose
    // steps lead, and how it was found.
    const { entry, via, ambiguous } = answer.items[0];
    const context = entry.context
      ? `${entry.context.context}${entry.context.inference ? '?' : ''}`
      : '';
    return `entry:${answer.language}:${entry.id}:${context}:${entry.path ?? ''}:${answer.basis}:${via === 'keyword'}:${ambiguous}`;
  }
  return undefined;
}

/** A notice about a file (reading it, or why it was not read), as a message with its card. */
export function buildNotice(
  renderer: CardRenderer,
  language: Language,
  notice: FileNotice,
  file?: string
): Reply {
  const data = noticeCard(language, notice, file);
  // The title is a heading on the card; in the plain text it ends as a sentence.
  const end = /[.!?…。！？]$/.test(data.title) ? '' : language === 'ja' ? '。' : '.';
  return {
    type: 'message',
    summary: asText(joinSentences(`${data.title}${end}`, data.text)),
    attachments: [renderer.render({ template: 'notice', data })],
  };
}
