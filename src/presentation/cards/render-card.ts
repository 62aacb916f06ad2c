import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Template } from 'adaptivecards-templating';
import type { CardChoice, CardName, SearchPreviewData } from './card-models';
import { fitCard } from './fit-card';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
export const THUMBNAIL_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.thumbnail';
const CARD_NAMES: readonly CardName[] = [
  'entry',
  'results',
  'not-found',
  'help',
  'log',
  'notice',
  'flow',
  'sentinel',
];

/** An Adaptive Card ready to send, as a Bot Framework attachment. */
export interface CardAttachment {
  contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE;
  content: Record<string, unknown>;
}

/** A thumbnail card, the only kind Teams shows as a compose-box search preview. */
export interface PreviewAttachment {
  contentType: typeof THUMBNAIL_CARD_CONTENT_TYPE;
  content: Record<string, unknown>;
}

export interface CardRenderer {
  /** The thumbnail card that previews one entry in the compose-box search. */
  renderPreview(data: SearchPreviewData): PreviewAttachment;
  /**
   * Expands the template for `choice`, within the card size budget (`fitCard`). With a `cacheKey`, the expanded card is kept and reused for
   * the same key: a card that depends only on the key (one entry in one language) is expanded once.
   * Keys name entries by id, so one renderer serves one loaded catalog (as one app does). Pass the
   * choice as a function to skip building the card data when the card is already cached.
   */
  render(choice: CardChoice | (() => CardChoice), cacheKey?: string): CardAttachment;
}

/** A card template that cannot be read or parsed: start-up stops with this message. */
export class CardTemplateError extends Error {
  override name = 'CardTemplateError';
}

/** Cards kept per renderer: every entry in both languages, plus help and welcome, fits easily. */
const CACHE_LIMIT = 2000;

/**
 * Reads the templates in `cardsDir` once and returns a renderer that expands them. Templates are
 * built up front because constructing one costs far more than expanding it.
 */
export function createCardRenderer(cardsDir: string): CardRenderer {
  const templates = new Map<CardName, Template>();
  for (const name of CARD_NAMES) templates.set(name, loadTemplate(cardsDir, name));
  const preview = loadTemplate(cardsDir, 'search-preview');
  const cache = new Map<string, CardAttachment>();
  return {
    renderPreview(data) {
      return {
        contentType: THUMBNAIL_CARD_CONTENT_TYPE,
        content: preview.expand({ $root: data }) as Record<string, unknown>,
      };
    },
    render(choice, cacheKey) {
      const cached = cacheKey ? cache.get(cacheKey) : undefined;
      if (cached) return cached;
      const chosen = typeof choice === 'function' ? choice() : choice;
      // Every card is fitted to the size Teams accepts before it leaves here.
      const content = fitCard(
        chosen,
        (c) =>
          (templates.get(c.template) as Template).expand({ $root: c.data }) as Record<
            string,
            unknown
          >
      );
      const attachment: CardAttachment = { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content };
      if (cacheKey && cache.size < CACHE_LIMIT) cache.set(cacheKey, attachment);
      return attachment;
    },
  };
}

function loadTemplate(cardsDir: string, name: string): Template {
  try {
    return new Template(JSON.parse(readFileSync(join(cardsDir, `${name}.json`), 'utf8')));
  } catch (error) {
    throw new CardTemplateError(`cards/${name}.json cannot be loaded: ${(error as Error).message}`);
  }
}
