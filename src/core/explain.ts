import type { Catalog, CatalogEntry, Language } from '../catalog/catalog-types';
import { loadCatalog } from '../catalog/load-catalog';
import type { Answer, AnswerItem, ExplainOptions, LookupAnswer } from './answer';
import { chooseLanguage } from './choose-language';
import { findMentions } from './find-mentions';
import { scanTokens } from './scan-tokens';
import { sanitizeText } from './sanitize-text';
import { searchKeywords } from './search-keywords';
import { helpExamples, phrase } from './phrases';
import { sourcesOf } from './narrow-candidates';
import { nearestCodes, nearestEvents } from './suggest-nearest';
import { refEntry, viewEntry } from './view-entry';
import { explainLog } from '../logs/explain-log';

const HELP_WORDS = new Set(['', 'help', '?', '/help', 'hi', 'hello', 'start', 'usage', 'commands', 'ヘルプ', '使い方', 'こんにちは']);
/** A question names at most this many things; more are counted in a notice. */
const MAX_ITEMS = 20;
const ENTRY_ID = /^[a-z0-9-]{1,60}:(event|code):[^:]{1,40}$/;

let defaultCatalog: Catalog | undefined;

export interface ExplainInput extends ExplainOptions {
  /** Defaults to the built-in catalogs. */
  catalog?: Catalog;
}

/**
 * Reads whatever an admin typed or pasted and answers it as plain data: a help answer, the
 * entries it names (codes, events, names, keywords; unknown ones with their nearest real
 * neighbours), or a diagnosis of pasted log records. Never throws on any string.
 */
export function explain(text: string, options: ExplainInput = {}): Answer {
  const catalog = options.catalog ?? (defaultCatalog ??= loadCatalog());
  const clean = sanitizeText(typeof text === 'string' ? text : '');
  const { language, text: question } = chooseLanguage(clean, options.locale, options.language);
  const trimmed = question.trim();

  if (HELP_WORDS.has(trimmed.toLowerCase())) {
    return { kind: 'help', language, notices: [], examples: helpExamples(language) };
  }
  if (ENTRY_ID.test(trimmed)) {
    const entry = catalog.byId.get(trimmed);
    if (entry) return lookup(language, [{ type: 'entry', entry: viewEntry(catalog, entry, language), via: 'id', token: trimmed, ambiguous: false }]);
  }

  const logAnswer = explainLog(catalog, question, language);
  if (logAnswer) return logAnswer;

  return answerQuestion(catalog, trimmed, language);
}

function answerQuestion(catalog: Catalog, text: string, language: Language): LookupAnswer {
  const tokens = scanTokens(text);
  const items: AnswerItem[] = [];
  const refs = (entries: CatalogEntry[]) => entries.map((e) => refEntry(catalog, e, language));
  const lower = text.toLowerCase();
  for (const entry of catalog.entries) {
    if (entry.phrases.some((p) => lower.includes(p)) && sourcesOf(catalog, entry).some((s) => lower.includes(s))) {
      items.push({ type: 'entry', entry: viewEntry(catalog, entry, language), via: 'keyword', token: '', ambiguous: false });
    }
  }
  const phraseIds = new Set(items.map((i) => (i.type === 'entry' ? i.entry.id : '')));
  for (const mention of findMentions(catalog, tokens, text).slice(0, MAX_ITEMS + 1)) {
    switch (mention.type) {
      case 'entries': {
        const ambiguous = mention.entries.length > 1;
        for (const entry of mention.entries) {
          if (phraseIds.has(entry.id)) continue;
          items.push({ type: 'entry', entry: viewEntry(catalog, entry, language), via: mention.via, token: mention.token, ambiguous });
        }
        break;
      }
      case 'unknownCode':
        items.push({ type: 'unknown', token: mention.token, tokenKind: 'code', suggestions: refs(nearestCodes(catalog, mention.digits)) });
        break;
      case 'unknownEvent':
        items.push({ type: 'unknown', token: mention.token, tokenKind: 'event', suggestions: refs(nearestEvents(catalog, mention.value)) });
        break;
      case 'didYouMean':
        items.push({ type: 'didYouMean', token: mention.token, suggestions: refs(mention.suggestions) });
        break;
    }
  }
  if (items.length === 0) {
    for (const entry of searchKeywords(catalog, tokens)) {
      items.push({ type: 'entry', entry: viewEntry(catalog, entry, language), via: 'keyword', token: '', ambiguous: false });
    }
  }
  const answer = lookup(language, items.slice(0, MAX_ITEMS));
  if (items.length > MAX_ITEMS) answer.notices.push(phrase(language, 'moreItems', { count: items.length - MAX_ITEMS }));
  return answer;
}

function lookup(language: Language, items: AnswerItem[]): LookupAnswer {
  return { kind: 'lookup', language, notices: [], items };
}
