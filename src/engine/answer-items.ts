import type { Catalog, CatalogEntry, Language } from '../catalog/catalog-types';
import { refEntry, viewEntry, type ViewOptions } from './entries/view-entry';
import type { AnswerItem } from './model/answer';
import type { Mention } from './question/find-mentions';
import { nearestCodes, nearestEvents, nearestInNamespace } from './question/suggest-nearest';
import { nearestWindowsCodes } from './windows/decode-windows-code';

/**
 * The answer items of one mention: each entry it names in full (with the view options for it), a
 * generic Windows code, or "not in the catalog" / did-you-mean. An unknown code's nearest real
 * entries are left for `withSuggestions`: only the items an answer shows need them.
 */
export function itemsOf(
  catalog: Catalog,
  mention: Mention,
  language: Language,
  optionsFor: (entry: CatalogEntry) => ViewOptions
): AnswerItem[] {
  switch (mention.type) {
    case 'entries': {
      const ambiguous = mention.entries.length > 1;
      return mention.entries.map((entry) => ({
        type: 'entry',
        entry: viewEntry(catalog, entry, language, optionsFor(entry)),
        via: mention.via,
        token: mention.token,
        ambiguous,
      }));
    }
    case 'windows':
      return [{ type: 'windows', code: mention.code, via: mention.via, token: mention.token }];
    case 'unknown':
      return [
        {
          type: 'unknown',
          token: mention.token,
          tokenKind: mention.tokenKind,
          suggestions: [],
          windowsSuggestions: [],
        },
      ];
    case 'didYouMean':
      return [
        {
          type: 'didYouMean',
          token: mention.token,
          suggestions: mention.suggestions.map((e) => refEntry(catalog, e, language)),
        },
      ];
  }
}

/**
 * An unknown code's item with the nearest real entries of its own family (and, for an HRESULT,
 * the nearest generic Windows codes of its facility): a namespace's codes for a namespaced one,
 * none for another source's.
 */
export function withSuggestions(
  catalog: Catalog,
  item: Extract<AnswerItem, { type: 'unknown' }>,
  mention: Extract<Mention, { type: 'unknown' }>,
  language: Language
): AnswerItem {
  const near = mention.foreign
    ? []
    : mention.namespace
      ? nearestInNamespace(catalog, mention.namespace.namespace, mention.value)
      : mention.tokenKind === 'event'
        ? nearestEvents(catalog, mention.value)
        : nearestCodes(catalog, mention.family, mention.value);
  return {
    ...item,
    suggestions: near.map((e) => refEntry(catalog, e, language)),
    windowsSuggestions:
      mention.family === 'hresult' ? nearestWindowsCodes(catalog.windowsCodes, mention.value) : [],
  };
}

const SAYS_FAILED = /\bfail\w*|\berror\b|\bunable\b|\bcannot\b|\bdenied\b|失敗|エラー/i;

/**
 * When the text says something failed, what failed comes before the steps that went well: "SCEP:
 * CspExecute failed. Result: (…revocation server was offline.)" leads with the revocation code, not
 * with event 306's progress report. The order is otherwise kept.
 */
export function failuresFirst(text: string, items: AnswerItem[]): AnswerItem[] {
  // Events and codes that report progress or success; a how-to topic is not one of them.
  const quiet = (i: AnswerItem) =>
    i.type === 'entry' &&
    (i.entry.kind === 'event' || i.entry.kind === 'code') &&
    (i.entry.severity === 'info' || i.entry.severity === 'success');
  if (!items.some(quiet) || items.every(quiet) || !SAYS_FAILED.test(text.slice(0, 2000)))
    return items;
  return [...items.filter((i) => !quiet(i)), ...items.filter(quiet)];
}

/**
 * A how-to topic found by a phrase it shares with the text ("NDESPlugin.log", "アプリケーション プロキシ")
 * never leads a code, event or message the text names: the named thing is the more specific
 * evidence. The topic stays, after them; the order is otherwise kept.
 */
export function namedBeforeTopics(items: AnswerItem[]): AnswerItem[] {
  const sharedWords = (i: AnswerItem) =>
    i.type === 'entry' && i.entry.kind === 'topic' && (i.via === 'phrase' || i.via === 'keyword');
  const named = (i: AnswerItem) =>
    (i.type === 'entry' && i.entry.kind !== 'topic') || i.type === 'windows';
  if (!items.some(named) || !items.some(sharedWords)) return items;
  return [...items.filter((i) => !sharedWords(i)), ...items.filter(sharedWords)];
}
