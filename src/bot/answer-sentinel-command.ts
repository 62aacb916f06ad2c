import type { TurnContext } from 'botbuilder';
import { chooseLanguage } from '../engine';
import {
  answerSentinelCommand,
  readSentinelCommand,
  type SentinelCommandDeps,
} from '../sentinel/sentinel-commands';
import { readMessageText } from './read-message-text';
import type { TurnRecord } from './turn-record';

/** Answers watch / unwatch / health when the message is one of them; false for anything else. */
export async function answerIfSentinelCommand(
  context: TurnContext,
  deps: SentinelCommandDeps | undefined,
  record: (values: TurnRecord) => void
): Promise<boolean> {
  if (!deps) return false;
  const text = readMessageText(context.activity);
  const command = readSentinelCommand(text);
  if (!command) return false;
  record({ answer: command });
  const language = chooseLanguage(text, context.activity.locale).language;
  await answerSentinelCommand(context, command, language, deps);
  return true;
}
