import type { CatalogEntry, CodeContext } from '../../catalog/catalog-types';

/**
 * The context of a code's meaning, chosen from the cues a text holds (`cues` maps entry ids to the
 * contexts whose cues appear, with counts) and the contexts a log record's source implies. The one
 * with the most cues wins; with none, undefined, and the answer lists every context the code has.
 */
export function pickContext(
  entry: CatalogEntry,
  cues: ReadonlyMap<string, ReadonlyMap<CodeContext, number>>,
  implied: readonly CodeContext[] = []
): CodeContext | undefined {
  if (entry.contexts.length === 0) return undefined;
  const counts = new Map(cues.get(entry.id) ?? []);
  for (const context of implied) counts.set(context, (counts.get(context) ?? 0) + 1);
  let best: CodeContext | undefined;
  let bestCount = 0;
  for (const { context } of entry.contexts) {
    const count = counts.get(context) ?? 0;
    if (count > bestCount) [best, bestCount] = [context, count];
  }
  return best;
}
