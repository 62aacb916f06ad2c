import type { Catalog, CatalogEntry, Language } from '../catalog/catalog-types';
import type { Answer, AnswerItem, ExplainOptions, LookupAnswer } from './answer';
import { diagnoseLog } from './logs/diagnose-log';
import { sourcesOf } from './narrow-candidates';
import { chooseLanguage } from './question/choose-language';
import { findMentions } from './question/find-mentions';
import { sanitizeText } from './question/sanitize-text';
import { scanTokens } from './question/scan-tokens';
import { searchKeywords } from './question/search-keywords';
import { nearestCodes, nearestEvents } from './question/suggest-nearest';
import { refEntry, viewEntry } from './view-entry';

const HELP_WORDS = new Set([
  '',
  'help',
  '?',
  '/help',
  'hi',
  'hello',
  'start',
  'usage',
  'commands',
  'ヘルプ',
  '使い方',
  'こんにちは',
]);
/** A question names at most this many things; the rest are counted in the answer's flags. */
const MAX_ITEMS = 20;
const ENTRY_ID = /^[a-z0-9-]{1,60}:(event|code):[^:]{1,40}$/;

/**
 * Reads whatever an admin typed or pasted and answers it as plain data: help, the entries it
 * names (codes, events, names, keywords; unknown ones with their nearest real neighbours), or a
 * diagnosis of pasted log records. Pure: the catalog is a parameter. Never throws on any string.
 */
export function explain(text: string, catalog: Catalog, options: ExplainOptions = {}): Answer {
  const whole = typeof text === 'string' ? text : '';
  const cut = options.maxChars !== undefined && whole.length > options.maxChars;
  const answer = answerText(cut ? whole.slice(0, options.maxChars) : whole, catalog, options);
  if (cut) answer.flags.inputCut = { maxChars: options.maxChars as number };
  return answer;
}

function answerText(text: string, catalog: Catalog, options: ExplainOptions): Answer {
  const { language, text: question } = chooseLanguage(
    sanitizeText(text),
    options.locale,
    options.language
  );
  const trimmed = question.trim();
  if (HELP_WORDS.has(trimmed.toLowerCase())) return { kind: 'help', language, flags: {} };
  if (ENTRY_ID.test(trimmed)) {
    const entry = catalog.byId.get(trimmed);
    if (entry) {
      return lookup(language, [
        {
          type: 'entry',
          entry: viewEntry(catalog, entry, language),
          via: 'id',
          token: trimmed,
          ambiguous: false,
        },
      ]);
    }
  }
  return diagnoseLog(catalog, question, language) ?? answerQuestion(catalog, trimmed, language);
}

function answerQuestion(catalog: Catalog, text: string, language: Language): LookupAnswer {
  const tokens = scanTokens(text);
  const items: AnswerItem[] = [];
  const refs = (entries: CatalogEntry[]) => entries.map((e) => refEntry(catalog, e, language));
  const lower = text.toLowerCase();
  for (const entry of catalog.entries) {
    if (
      entry.phrases.some((p) => lower.includes(p)) &&
      sourcesOf(catalog, entry).some((s) => lower.includes(s))
    ) {
      items.push({
        type: 'entry',
        entry: viewEntry(catalog, entry, language),
        via: 'keyword',
        token: '',
        ambiguous: false,
      });
    }
  }
  const phraseIds = new Set(items.map((i) => (i.type === 'entry' ? i.entry.id : '')));
  for (const mention of findMentions(catalog, tokens, text).slice(0, MAX_ITEMS + 1)) {
    switch (mention.type) {
      case 'entries': {
        const ambiguous = mention.entries.length > 1;
        for (const entry of mention.entries) {
          if (phraseIds.has(entry.id)) continue;
          items.push({
            type: 'entry',
            entry: viewEntry(catalog, entry, language),
            via: mention.via,
            token: mention.token,
            ambiguous,
          });
        }
        break;
      }
      case 'unknownCode':
        items.push({
          type: 'unknown',
          token: mention.token,
          tokenKind: 'code',
          suggestions: refs(nearestCodes(catalog, mention.digits)),
        });
        break;
      case 'unknownEvent':
        items.push({
          type: 'unknown',
          token: mention.token,
          tokenKind: 'event',
          suggestions: refs(nearestEvents(catalog, mention.value)),
        });
        break;
      case 'didYouMean':
        items.push({
          type: 'didYouMean',
          token: mention.token,
          suggestions: refs(mention.suggestions),
        });
        break;
    }
  }
  if (items.length === 0) {
    for (const entry of searchKeywords(catalog, tokens)) {
      items.push({
        type: 'entry',
        entry: viewEntry(catalog, entry, language),
        via: 'keyword',
        token: '',
        ambiguous: false,
      });
    }
  }
  const answer = lookup(language, items.slice(0, MAX_ITEMS));
  if (items.length > MAX_ITEMS) answer.flags.moreItems = items.length - MAX_ITEMS;
  return answer;
}

function lookup(language: Language, items: AnswerItem[]): LookupAnswer {
  return { kind: 'lookup', language, flags: {}, items };
}
