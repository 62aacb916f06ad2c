import type { Language } from '../../catalog/catalog-types';
import type { LinkView } from '../../engine';
import { phrase } from '../words/phrases';

/** A link as the terminal shows it, marked when it is the team's own or a community page. */
export function linkLine(lang: Language, link: LinkView): string {
  const tag = link.team
    ? ` (${phrase(lang, 'teamNote')})`
    : link.community
      ? ` (${phrase(lang, 'communityLink')})`
      : '';
  return `${link.title}${tag}: ${link.url}`;
}
