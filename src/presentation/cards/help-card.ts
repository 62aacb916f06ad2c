import type { Language } from '../../catalog/catalog-types';
import { helpExamples, phrase } from '../phrases';
import type { HelpCardData } from './card-models';

/** The help card, or its welcome variant when the bot is added. */
export function helpCard(lang: Language, welcome: boolean): HelpCardData {
  const title = phrase(lang, welcome ? 'welcomeTitle' : 'helpTitle');
  return {
    speak: `${title}. ${phrase(lang, 'helpIntro')}`,
    title,
    intro: phrase(lang, 'helpIntro'),
    tryLabel: phrase(lang, 'helpTry'),
    examples: helpExamples(lang).map((q) => ({ title: q, query: q })),
    pasteTip: phrase(lang, 'helpPaste'),
  };
}
