import type { HelpAnswer } from '../../engine';
import { helpExamples, phrase } from '../words/phrases';
import type { HelpCardData } from './card-models';
import { asChoices, refButton } from './card-parts';
import { guidesOf } from './flow-card';

/** The help card; its welcome variant when the bot is added; what to send when a question named nothing. */
export function helpCard(answer: HelpAnswer, welcome: boolean): HelpCardData {
  const lang = answer.language;
  const vague = answer.reason === 'vague';
  const title = phrase(lang, welcome ? 'welcomeTitle' : vague ? 'vagueTitle' : 'helpTitle');
  const intro = phrase(lang, vague ? 'vagueIntro' : 'helpIntro');
  return {
    speak: `${title}. ${intro}`,
    language: lang,
    title,
    intro,
    tryLabel: phrase(lang, 'helpTry'),
    examples: asChoices(helpExamples(lang).map((q) => ({ title: q, query: q }))),
    closest: {
      title: answer.closest.length ? phrase(lang, 'closestTitle') : '',
      note: answer.closest.length ? phrase(lang, 'closestNote') : '',
      items: asChoices(answer.closest.map(refButton)),
    },
    guides: guidesOf(lang, answer.guides),
    pasteTip: phrase(lang, 'helpPaste'),
    notices: [],
  };
}
