import type { Language } from '../../catalog/catalog-types';
import type { LinkView, StepView } from '../../engine';
import { stepTags } from '../words/describe-answer';
import { joinSentences, phrase } from '../words/phrases';

/** A numbered step as the terminal shows it: a suggestion says so, then its path, source and team tags. */
export function stepLine(lang: Language, step: StepView, index: number): string {
  const tags = stepTags(lang, step);
  const suggestion = step.inference ? `${phrase(lang, 'suggestion')}: ` : '';
  return `${index + 1}. ${joinSentences(`${suggestion}${step.text}`, tags.length ? `(${tags.join(' · ')})` : '')}`;
}

/** A link as the terminal shows it, marked when it is the team's own or a community page. */
export function linkLine(lang: Language, link: LinkView): string {
  const tag = link.team
    ? ` (${phrase(lang, 'teamNote')})`
    : link.community
      ? ` (${phrase(lang, 'communityLink')})`
      : '';
  return `${link.title}${tag}: ${link.url}`;
}
