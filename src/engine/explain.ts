import type { Catalog, CatalogEntry, CodeContext, Language } from '../catalog/catalog-types';
import type { Answer, AnswerItem, ExplainOptions, HelpAnswer, LookupAnswer } from './answer';
import { pickContext } from './choose-context';
import { dropCoveredMessages } from './drop-covered-messages';
import { diagnoseLog } from './logs/diagnose-log';
import { chooseLanguage } from './question/choose-language';
import { findMentions, type Mention } from './question/find-mentions';
import { readPath } from './question/read-path';
import { sanitizeText } from './question/sanitize-text';
import { scanTokens } from './question/scan-tokens';
import { searchKeywords } from './question/search-keywords';
import { nearestCodes, nearestEvents } from './question/suggest-nearest';
import { refEntry, viewEntry } from './view-entry';
import { nearestWindowsCodes } from './windows/decode-windows-code';

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
/** Closest matches shown when an answer rests on keywords alone. */
const MAX_CLOSEST = 3;
/** `catalog:kind:key`, optionally `@context`: opens one entry exactly (buttons, search results). */
const ENTRY_ID =
  /^([a-z0-9-]{1,60}:(?:event|code|message|topic):[^:@]{1,60})(?:@(setup|signin|device|ndes|ca|runtime))?$/;

/**
 * Reads whatever an admin typed or pasted and answers it as plain data: help, the things it names
 * (codes, events, names, messages; unknown ones with their nearest neighbours of the same family),
 * closest matches when only its words match, or a diagnosis of pasted log records. Pure: the catalog
 * is a parameter. Never throws on any string.
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
  if (HELP_WORDS.has(trimmed.toLowerCase())) return help(language, 'asked', []);
  const id = ENTRY_ID.exec(trimmed);
  const byId = id ? catalog.byId.get(id[1]) : undefined;
  if (byId) {
    const entry = viewEntry(catalog, byId, language, {
      context: id?.[2] as CodeContext | undefined,
    });
    return lookup(
      language,
      [{ type: 'entry', entry, via: 'id', token: trimmed, ambiguous: false }],
      'named'
    );
  }
  return diagnoseLog(catalog, question, language) ?? answerQuestion(catalog, trimmed, language);
}

function answerQuestion(catalog: Catalog, text: string, language: Language): Answer {
  const { mentions, cues } = findMentions(catalog, text);
  const path = readPath(text);
  const named: AnswerItem[] = [];
  for (const mention of mentions)
    named.push(
      ...itemsOf(catalog, mention, language, (e) => ({ context: pickContext(e, cues), path }))
    );
  const items = dropCoveredMessages(named, (i) =>
    i.type === 'entry' ? catalog.byId.get(i.entry.id) : undefined
  );
  if (items.length > 0) {
    const answer = lookup(language, items.slice(0, MAX_ITEMS), 'named');
    if (items.length > MAX_ITEMS) answer.flags.moreItems = items.length - MAX_ITEMS;
    return answer;
  }
  const matches = searchKeywords(catalog, scanTokens(text), text);
  const closest = matches.entries.slice(0, MAX_CLOSEST);
  if (!matches.strong || closest.length === 0)
    return help(
      language,
      'vague',
      closest.map((e) => refEntry(catalog, e, language))
    );
  return lookup(
    language,
    closest.map((e) => ({
      type: 'entry',
      entry: viewEntry(catalog, e, language, { path }),
      via: 'keyword',
      token: '',
      ambiguous: false,
    })),
    'keywords'
  );
}

function itemsOf(
  catalog: Catalog,
  mention: Mention,
  language: Language,
  optionsFor: (entry: CatalogEntry) => { context?: CodeContext; path?: ReturnType<typeof readPath> }
): AnswerItem[] {
  const refs = (entries: CatalogEntry[]) => entries.map((e) => refEntry(catalog, e, language));
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
          suggestions: refs(
            mention.tokenKind === 'event'
              ? nearestEvents(catalog, mention.value)
              : nearestCodes(catalog, mention.family, mention.value)
          ),
          windowsSuggestions:
            mention.family === 'hresult'
              ? nearestWindowsCodes(catalog.windowsCodes, mention.value)
              : [],
        },
      ];
    case 'didYouMean':
      return [{ type: 'didYouMean', token: mention.token, suggestions: refs(mention.suggestions) }];
  }
}

function help(
  language: Language,
  reason: HelpAnswer['reason'],
  closest: HelpAnswer['closest']
): HelpAnswer {
  return { kind: 'help', language, flags: {}, reason, closest };
}

function lookup(
  language: Language,
  items: AnswerItem[],
  basis: LookupAnswer['basis']
): LookupAnswer {
  return { kind: 'lookup', language, flags: {}, items, basis };
}
