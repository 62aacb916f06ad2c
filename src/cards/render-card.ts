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

export interface CardRenderer {
  render(choice: CardChoice): CardAttachment;
}

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
  return {
    render(choice) {
      const template = templates.get(choice.template) as Template;
      const content = template.expand({ $root: choice.data }) as Record<string, unknown>;
      return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content };
    },
  };
}
