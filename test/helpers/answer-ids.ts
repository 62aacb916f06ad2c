import type { Answer } from '../../src/core/answer';

/** Every entry id an answer names anywhere in its data. */
export function answerIds(answer: Answer): string[] {
  const ids: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if ((k === 'id' || k === 'query') && typeof v === 'string') ids.push(v);
        else walk(v);
      }
    }
  };
  walk(answer);
  return ids;
}

/** The keys of the entries a lookup answer found, in order. */
export function foundKeys(answer: Answer): string[] {
  if (answer.kind !== 'lookup') return [];
  return answer.items.flatMap((i) => (i.type === 'entry' ? [i.entry.key] : []));
}
