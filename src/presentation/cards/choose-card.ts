import type { Answer } from '../../engine';
import type { CardChoice } from './card-models';
import { flowCard } from './flow-card';
import { helpCard } from './help-card';
import type { FileSource } from '../words/describe-file';
import { logCard } from './log-card';
import { lookupCard } from './lookup-card';

export interface CardOptions {
  /** The welcome variant of the help card. */
  welcome?: boolean;
  /** The entry card after a "Was this helpful?" vote: thanks instead of the buttons. */
  feedbackDone?: boolean;
  /** The file a log answer was read from. */
  file?: FileSource;
}

/** Picks the card for an answer and fills its data model. Plain data in, plain data out. */
export function chooseCard(answer: Answer, options: CardOptions = {}): CardChoice {
  if (answer.kind === 'help')
    return { template: 'help', data: helpCard(answer, options.welcome ?? false) };
  if (answer.kind === 'log') return { template: 'log', data: logCard(answer, options.file) };
  if (answer.kind === 'flow') return { template: 'flow', data: flowCard(answer) };
  return lookupCard(answer, options.feedbackDone ?? false);
}
