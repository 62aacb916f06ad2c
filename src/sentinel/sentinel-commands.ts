import { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Language } from '../catalog/catalog-types';
import { describeError } from '../logging/describe-error';
import type { SentinelConfig } from '../config/read-sentinel-config';
import type { CardRenderer } from '../presentation/cards/render-card';
import { healthCard, unwatchCard, watchCard } from '../presentation/cards/sentinel-card';
import { sentinelPhrase } from '../presentation/words/sentinel-phrases';
import type { SentinelStore } from '../store/store';
import { sentinelMessage } from './apply-alerts';
import type { Sentinel } from './run-sentinel';
import { findSubscription, subscribe, unsubscribe } from './subscriptions';

export type SentinelCommand = 'watch' | 'unwatch' | 'health';

/** The command a message is, if it is one: the word alone, in any case. */
export function readSentinelCommand(text: string): SentinelCommand | undefined {
  const word = text.trim().toLowerCase();
  return word === 'watch' || word === 'unwatch' || word === 'health' ? word : undefined;
}

export interface SentinelCommandDeps {
  store: SentinelStore;
  sentinel: Sentinel;
  renderer: CardRenderer;
  config: SentinelConfig;
  logger: Logger;
  graphOn: boolean;
  /** The tenant Graph is read for ('' in local mode: every conversation gets the Graph alerts). */
  graphTenantId: string;
  /** Where webhook addresses start: PUBLIC_BASE_URL, this machine in local mode, else '' (not known). */
  baseUrl(): string;
}

/**
 * watch / unwatch / health in a 1:1 chat, or with the bot @mentioned in a channel or group chat
 * (the bot has already refused tenants not allowed). Each answers with a sentinel card; a store
 * that cannot be reached gets a short apology and leaves the rest of the bot answering.
 */
export async function answerSentinelCommand(
  context: TurnContext,
  command: SentinelCommand,
  language: Language,
  deps: SentinelCommandDeps
): Promise<void> {
  const activity = context.activity;
  const conversationId = String(activity.conversation?.id ?? '');
  try {
    if (command === 'watch') {
      const reference = TurnContext.getConversationReference(activity) as Record<string, unknown>;
      const zone =
        typeof activity.localTimezone === 'string' ? activity.localTimezone.slice(0, 64) : '';
      const { subscription, created } = await subscribe(deps.store, {
        conversationId,
        tenantId: String(activity.conversation?.tenantId ?? ''),
        reference,
        language,
        timeZone: zone,
        now: new Date().toISOString(),
      });
      deps.logger.info({ event: 'watch', subscription: subscription.id, created }, 'watch');
      const tenant = String(activity.conversation?.tenantId ?? '').toLowerCase();
      const sameTenant = !deps.graphTenantId || deps.graphTenantId.toLowerCase() === tenant;
      const data = watchCard(language, {
        again: !created,
        // Graph alerts go only to conversations of the tenant Graph is read for.
        graphOn: deps.graphOn && sameTenant,
        otherTenant: deps.graphOn && !sameTenant,
        pollSeconds: deps.config.pollSeconds,
        staleMinutes: deps.config.staleMinutes,
        digestHour: deps.config.digestHour,
        timeZone: zone,
        webhookUrl: deps.baseUrl()
          ? `${deps.baseUrl()}/api/alerts/${subscription.token}`
          : sentinelPhrase(language, 'webhookNeedsBase'),
      });
      await context.sendActivity(sentinelMessage(deps.renderer, data));
      return;
    }
    if (command === 'unwatch') {
      const ended = await unsubscribe(deps.store, conversationId);
      deps.logger.info({ event: 'unwatch', ended }, 'unwatch');
      await context.sendActivity(sentinelMessage(deps.renderer, unwatchCard(language, ended)));
      return;
    }
    const subscription = await findSubscription(deps.store, conversationId);
    const view = await deps.sentinel.health(subscription);
    await context.sendActivity(sentinelMessage(deps.renderer, healthCard(language, view)));
  } catch (error) {
    deps.logger.warn(
      { event: 'sentinel_command_failed', command, err: describeError(error) },
      'sentinel command failed'
    );
    await context.sendActivity(sentinelPhrase(language, 'storeDown'));
  }
}
