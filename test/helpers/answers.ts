import type { Catalog, Language } from '../../src/catalog/catalog-types';
import { explain, type Answer, type LogAnswer, type LookupAnswer } from '../../src/engine';
import { loadCatalog } from '../../src/files/load-catalog';

let builtIn: Catalog | undefined;

/** The built-in catalogs, loaded once per test file. */
export function builtInCatalog(): Catalog {
  return (builtIn ??= loadCatalog());
}

export interface AskOptions {
  locale?: string;
  language?: Language;
  catalog?: Catalog;
  maxChars?: number;
}

/** explain() on the built-in catalogs (or the one given). */
export function ask(text: string, options: AskOptions = {}): Answer {
  const { catalog = builtInCatalog(), ...rest } = options;
  return explain(text, catalog, rest);
}

/** explain(), checked to be a lookup answer. */
export function lookup(text: string, options: AskOptions = {}): LookupAnswer {
  const answer = ask(text, options);
  if (answer.kind !== 'lookup')
    throw new Error(
      `expected a lookup answer for ${JSON.stringify(text.slice(0, 80))}, got ${answer.kind}`
    );
  return answer;
}

/** explain(), checked to be a log diagnosis. */
export function diagnose(text: string, options: AskOptions = {}): LogAnswer {
  const answer = ask(text, options);
  if (answer.kind !== 'log') throw new Error(`expected a log answer, got ${answer.kind}`);
  return answer;
}

/** Every entry id an answer names anywhere in its data. */
export function answerIds(answer: Answer): string[] {
  const ids: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k === 'id' && typeof v === 'string') ids.push(v);
        // Guided flows offered beside the entries are flows, not catalog entries.
        else if (k !== 'guides') walk(v);
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
