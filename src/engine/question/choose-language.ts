import type { Language } from '../../catalog/catalog-types';
import { containsJapanese } from './scan-tokens';

const REQUESTS: ReadonlyArray<[string, Language]> = [
  ['in english', 'en'],
  ['english please', 'en'],
  ['英語で', 'en'],
  ['in japanese', 'ja'],
  ['日本語で', 'ja'],
];

export interface LanguageChoice {
  language: Language;
  /** The text without the language request, so it is not read as a question. */
  text: string;
}

/**
 * Picks the answer language: a language forced by the caller, then a request in the text
 * ("in English", "日本語で"), then the script of the text, then the user's locale, else English.
 */
export function chooseLanguage(text: string, locale?: string, forced?: Language): LanguageChoice {
  const lower = text.toLowerCase();
  for (const [phrase, language] of REQUESTS) {
    const at = lower.indexOf(phrase);
    if (at >= 0) {
      const rest = text.slice(0, at) + ' ' + text.slice(at + phrase.length);
      return { language: forced ?? language, text: rest };
    }
  }
  if (forced) return { language: forced, text };
  if (containsJapanese(text)) return { language: 'ja', text };
  if (locale && locale.toLowerCase().startsWith('ja')) return { language: 'ja', text };
  return { language: 'en', text };
}
