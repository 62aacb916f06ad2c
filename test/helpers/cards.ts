import { join } from 'node:path';
import { findProjectRoot } from '../../src/files/project-root';
import { createCardRenderer, type CardRenderer } from '../../src/presentation/cards/render-card';

// The package's main entry is ESM without extensions and fails in Node; the UMD bundle parses without a DOM.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js');

/** A renderer over the project's cards/ templates. */
export function projectRenderer(): CardRenderer {
  return createCardRenderer(join(findProjectRoot(), 'cards'));
}

/** Calls `visit` on every object in a card, depth first. */
export function walkCard(card: unknown, visit: (node: Record<string, any>) => void): void {
  if (Array.isArray(card)) card.forEach((c) => walkCard(c, visit));
  else if (card && typeof card === 'object') {
    visit(card as Record<string, any>);
    for (const value of Object.values(card)) if (typeof value === 'object') walkCard(value, visit);
  }
}

/** All text the card shows (text, titles, fact values), flattened, for assertions. */
export function cardText(card: unknown): string {
  const out: string[] = [];
  walkCard(card, (node) => {
    for (const key of ['text', 'title', 'value'] as const)
      if (typeof node[key] === 'string') out.push(node[key]);
  });
  // Zero-width spaces (they keep pasted names from linking) are not seen: drop them here too.
  return out.join('\n').replace(/\u200B/g, '');
}

/**
 * The titles of every button a card shows: actions in `actions` lists (a card's own, an ActionSet's,
 * a ShowCard's). A row's `selectAction` is a tappable line whose text wraps, not a button.
 */
export function buttonTitles(card: unknown): string[] {
  const out: string[] = [];
  walkCard(card, (node) => {
    if (Array.isArray(node.actions))
      for (const action of node.actions)
        if (typeof action?.title === 'string') out.push(action.title);
  });
  return out;
}

/** The queries of every Action.Submit on the card (each Action.Execute carries one as its fallback). */
export function cardQueries(card: unknown): string[] {
  const out: string[] = [];
  walkCard(card, (node) => {
    if (node.type === 'Action.Submit' && typeof node.data?.query === 'string')
      out.push(node.data.query);
  });
  return out;
}

/** Warnings and errors of the official Adaptive Cards parser at version 1.5; [] for a clean card. */
export function validateCard(card: Record<string, unknown>): string[] {
  const adaptiveCard = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(new AC.Version(1, 5));
  adaptiveCard.parse(card, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
  for (const event of adaptiveCard.validateProperties().validationEvents)
    problems.push(event.message);
  return problems;
}
