import { randomUUID } from 'node:crypto';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type TurnContext,
} from 'botbuilder';
import type { Logger } from 'pino';
import type { Config } from '../config/load-config';
import { phrase } from '../presentation/phrases';
import { describeError } from './describe-error';

/**
 * The Bot Framework adapter for the configured identity. A turn that fails is logged with a
 * correlation id (type and stack frames only) and the user gets a short apology with the same id.
 */
export function createAdapter(config: Config, logger: Logger): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.appId,
    MicrosoftAppPassword: config.appPassword,
    MicrosoftAppType: config.appType,
    MicrosoftAppTenantId: config.tenantId,
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    const correlationId = randomUUID();
    logger.error({ event: 'turn_error', correlationId, err: describeError(error) }, 'turn failed');
    const locale = context.activity.locale;
    const language =
      typeof locale === 'string' && locale.toLowerCase().startsWith('ja') ? 'ja' : 'en';
    try {
      await context.sendActivity(phrase(language, 'turnError', { id: correlationId }));
    } catch (sendError) {
      logger.error(
        { event: 'turn_error_reply_failed', correlationId, err: describeError(sendError) },
        'could not send the apology'
      );
    }
  };
  return adapter;
}
