import type { Language } from '../catalog/catalog-types';

/**
 * Readers for the `value` of invokes and card submits. Teams sends these shapes, but anything can
 * arrive: each reader returns only fields of the expected type and undefined for anything else.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function languageOf(value: unknown): Language | undefined {
  return value === 'en' || value === 'ja' ? value : undefined;
}

/** `adaptiveCard/action`: the verb and data of an Action.Execute, or undefined when malformed. */
export function readCardAction(value: unknown): { verb: string; data: Json } | undefined {
  if (!isObject(value) || !isObject(value.action)) return undefined;
  const { verb, data } = value.action;
  if (typeof verb !== 'string') return undefined;
  return { verb, data: isObject(data) ? data : {} };
}

/** A card submit (Action.Submit fallback or a plain button): its query, language and feedback. */
export function readSubmit(value: unknown): {
  query?: string;
  language?: Language;
  feedback?: Json;
} {
  if (!isObject(value)) return {};
  return {
    query: typeof value.query === 'string' ? value.query : undefined,
    language: languageOf(value.language),
    feedback: isObject(value.feedback) ? value.feedback : undefined,
  };
}

/** `composeExtension/query`: the text typed in the search box; '' for the initial run or anything else. */
export function readSearchText(value: unknown): string {
  if (!isObject(value) || !Array.isArray(value.parameters)) return '';
  const parameters = value.parameters.filter(isObject);
  const parameter = parameters.find((p) => p.name === 'query') ?? parameters[0];
  return parameter && parameter.name !== 'initialRun' && typeof parameter.value === 'string'
    ? parameter.value
    : '';
}

/** `composeExtension/selectItem`: the entry id and language the preview carried. */
export function readSelectedItem(value: unknown): { id: string; language?: Language } {
  if (!isObject(value)) return { id: '' };
  return { id: typeof value.id === 'string' ? value.id : '', language: languageOf(value.language) };
}

/** A "Was this helpful?" vote: entry id, vote and language, or undefined when malformed. */
export function readVote(
  data: Json
): { entryId: string; vote: 'up' | 'down'; language: Language } | undefined {
  const entryId = typeof data.id === 'string' ? data.id.slice(0, 200) : '';
  const vote = data.vote === 'up' || data.vote === 'down' ? data.vote : undefined;
  if (!entryId || !vote) return undefined;
  return { entryId, vote, language: languageOf(data.language) ?? 'en' };
}
