import type { HelpAnswer } from '../../engine';
import { helpExamples, phrase } from '../words/phrases';
import type { HelpCardData } from './card-models';
import { asChoices, refButton } from './card-parts';
import { flowPhrase } from '../words/flow-phrases';
import { guidesOf } from './flow-card';

/** The help card; its welcome variant when the bot is added; what to send when a question named nothing. */
export function helpCard(answer: HelpAnswer, welcome: boolean): HelpCardData {
  const lang = answer.language;
  const vague = answer.reason === 'vague';
  // A symptom ("SCEP certificates are not being delivered to iPhones") is no vague question: it
  // opens with its guided check, worded for it, instead of "I did not find a code".
  const guides = answer.guides ?? [];
  if (vague && !welcome && guides.length) return symptomCard(answer, guides);
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

function symptomCard(answer: HelpAnswer, guides: NonNullable<HelpAnswer['guides']>): HelpCardData {
  const lang = answer.language;
  const title = guides.length === 1 ? guides[0].title : flowPhrase(lang, 'symptomTitleMany');
  const intro = flowPhrase(lang, 'symptomIntro');
  return {
    speak: `${title}. ${intro}`,
    language: lang,
    title,
    intro,
    // Short buttons ("Start the SCEP check"): the flow's own title is the card's.
    guides: {
      title: flowPhrase(lang, 'symptomStart'),
      items: asChoices(
        guides.map((g) => ({
          title: flowPhrase(lang, 'start', { name: g.id.split('-')[0].toUpperCase() }),
          query: `flow:${g.id}:${g.start}`,
        }))
      ),
    },
    closest: {
      title: answer.closest.length ? phrase(lang, 'closestTitle') : '',
      note: answer.closest.length ? phrase(lang, 'closestNote') : '',
      items: asChoices(answer.closest.map(refButton)),
    },
    tryLabel: '',
    examples: [],
    pasteTip: flowPhrase(lang, 'symptomCode'),
    notices: [],
  };
}
