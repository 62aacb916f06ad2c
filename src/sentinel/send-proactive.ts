import type { Activity, CloudAdapter, ConversationReference } from 'botbuilder';
import type { Logger } from 'pino';
import { describeError } from '../logging/describe-error';
import type { Subscription } from './subscriptions';

export type SendOutcome =
  | { ok: true; activityId?: string }
  /** `ended`: the conversation no longer takes the bot (403/404); the subscription was removed. */
  | { ok: false; ended: boolean };

export interface ProactiveSender {
  /** Posts a message to the subscription's conversation; with `replaceId`, updates that message instead. */
  send(
    subscription: Subscription,
    activity: Partial<Activity>,
    replaceId?: string
  ): Promise<SendOutcome>;
}

export interface ProactiveSenderDeps {
  adapter: Pick<CloudAdapter, 'continueConversationAsync'>;
  /** The bot's app id ('' in local mode): messages go out under the bot's own identity. */
  appId: string;
  logger: Logger;
  /** Called when a conversation refuses the bot: end its subscription. */
  onGone(subscription: Subscription): Promise<void>;
  sleep?: (ms: number) => Promise<void>;
  /** Tries of one message (default 4), waiting 1, 2, 4 s between them. */
  attempts?: number;
}

const statusOf = (error: unknown): number | undefined => {
  const e = error as { statusCode?: unknown; status?: unknown } | null;
  const status = e?.statusCode ?? e?.status;
  return typeof status === 'number' ? status : undefined;
};

/**
 * Proactive messages the Teams way: `continueConversationAsync` with the stored conversation
 * reference, under the bot's identity. A conversation that no longer accepts the bot (403, 404:
 * uninstalled, removed from the team) ends its subscription with one log line; throttling (429),
 * server errors and network failures are retried with backoff; anything else is logged and dropped.
 */
export function createProactiveSender(deps: ProactiveSenderDeps): ProactiveSender {
  const sleep = deps.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const attempts = deps.attempts ?? 4;
  return {
    async send(subscription, activity, replaceId) {
      for (let attempt = 1; ; attempt++) {
        try {
          let activityId: string | undefined;
          // The adapter hands errors inside a turn to onTurnError (an apology to the user); a
          // proactive message's failure is caught here and decided on below instead.
          let failure: unknown;
          await deps.adapter.continueConversationAsync(
            deps.appId,
            subscription.reference as Partial<ConversationReference>,
            async (context) => {
              try {
                if (replaceId) {
                  await context.updateActivity({ ...activity, id: replaceId });
                  activityId = replaceId;
                } else activityId = (await context.sendActivity(activity))?.id;
              } catch (error) {
                failure = error;
              }
            }
          );
          if (failure) throw failure;
          return { ok: true, activityId };
        } catch (error) {
          const status = statusOf(error);
          if (status === 403 || status === 404) {
            deps.logger.warn(
              { event: 'subscription_ended', subscription: subscription.id, status },
              'the conversation no longer accepts the bot: subscription ended'
            );
            await deps.onGone(subscription);
            return { ok: false, ended: true };
          }
          const transient = status === undefined || status === 429 || status >= 500;
          if (!transient || attempt >= attempts) {
            deps.logger.error(
              {
                event: 'proactive_failed',
                subscription: subscription.id,
                status: status ?? null,
                attempt,
                err: describeError(error),
              },
              'could not post to the conversation'
            );
            return { ok: false, ended: false };
          }
          await sleep(1000 * 2 ** (attempt - 1));
        }
      }
    },
  };
}
