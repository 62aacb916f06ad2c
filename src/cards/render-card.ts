import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Template } from 'adaptivecards-templating';
import { findProjectRoot } from '../project-root';
import type { CardChoice, CardName } from './card-models';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
const CARD_NAMES: readonly CardName[] = ['entry', 'results', 'not-found', 'help', 'log'];

/** An Adaptive Card ready to send, as a Bot Framework attachment. */
export interface CardAttachment {
  contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE;
  content: Record<string, unknown>;
}

export const THUMBNAIL_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.thumbnail';

/** Data bound to cards/search-preview.json: one row of the compose-box search results. */
export interface SearchPreviewData {
  id: string;
  language: string;
  title: string;
  subtitle: string;
  text: string;
}

export interface CardRenderer {
  /** The thumbnail card that previews one entry in the compose-box search. */
  renderPreview(data: SearchPreviewData): { contentType: typeof THUMBNAIL_CARD_CONTENT_TYPE; content: Record<string, unknown> };
  /**
   * Expands the template for `choice`. With a `cacheKey`, the expanded card is kept and reused for
   * the same key: a card that depends only on the key (one entry in one language) is expanded once.
   * Keys name entries by id, so one renderer serves one loaded catalog (as one app does). Pass the
   * choice as a function to skip building the card data when the card is already cached.
   */
  render(choice: CardChoice | (() => CardChoice), cacheKey?: string): CardAttachment;
}

/** Cards kept per renderer: every entry in both languages, plus help and welcome, fits easily. */
const CACHE_LIMIT = 2000;

/**
 * Reads the templates in cards/ once and returns a renderer that expands them. Templates are
 * built at start-up because constructing one costs far more than expanding it.
 */
export function createCardRenderer(cardsDir = join(findProjectRoot(), 'cards')): CardRenderer {
  const templates = new Map<CardName, Template>();
  for (const name of CARD_NAMES) {
    const path = join(cardsDir, `${name}.json`);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`cards/${name}.json cannot be loaded: ${(error as Error).message}`);
    }
    templates.set(name, new Template(json));
  }
  const preview = new Template(JSON.parse(readFileSync(join(cardsDir, 'search-preview.json'), 'utf8')));
  const cache = new Map<string, CardAttachment>();
  return {
    renderPreview(data) {
      return { contentType: THUMBNAIL_CARD_CONTENT_TYPE, content: preview.expand({ $root: data }) as Record<string, unknown> };
    },
    render(choice, cacheKey) {
      const cached = cacheKey ? cache.get(cacheKey) : undefined;
      if (cached) return cached;
      const chosen = typeof choice === 'function' ? choice() : choice;
      const template = templates.get(chosen.template) as Template;
      const content = template.expand({ $root: chosen.data }) as Record<string, unknown>;
      const attachment: CardAttachment = { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content };
      if (cacheKey && cache.size < CACHE_LIMIT) cache.set(cacheKey, attachment);
      return attachment;
    },
  };
}
