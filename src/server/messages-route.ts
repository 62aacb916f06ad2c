import { performance } from 'node:perf_hooks';
import type { Activity, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type * as restify from 'restify';
import { TURN_RECORD, type TurnRecord } from '../bot/turn-record';
import { isLocalMode, type Config } from '../config/load-config';
import { precheckToken } from './check-token';
import { describeError } from '../logging/describe-error';
import type { GuardedAdapter } from './guarded-adapter';
import { normalizeActivity } from './normalize-activity';
import { answerUnread, readJsonBody } from './read-json-body';
import { safeLogValue } from '../logging/safe-log';

export interface MessagesRouteDeps {
  config: Config;
  logger: Logger;
  adapter: GuardedAdapter;
  bot: { run(context: TurnContext): Promise<void> };
}

/**
 * POST /api/messages: when credentials are set, a token whose own content is plausible (401 from
 * the headers alone, before the body is read or any key is fetched); JSON only (415 otherwise, so a
 * form on any web page cannot post here), not compressed (415), a size cap (413), a JSON object with
 * a string type (400), then the adapter and the bot. Every request
 * ends with one turn log line of ids, counts and bounded, reduced values, never message text.
 */
export function serveMessages(server: restify.Server, deps: MessagesRouteDeps): void {
  const { config, logger, adapter, bot } = deps;
  const jsonOnly: restify.RequestHandler = (req, res, next) => {
    const type = String(req.headers['content-type'] ?? '')
      .split(';')[0]
      .trim()
      .toLowerCase();
    if (type !== 'application/json') {
      res.send(415, { error: 'send application/json' });
      logger.info({ event: 'turn', refusal: 'not_json', status: 415 }, 'turn');
      return next(false);
    }
    return next();
  };
  // With credentials, a request whose token is ruled out by its own content is answered from the
  // headers: its body is never read, so it cannot hold a connection or memory.
  const requireToken: restify.RequestHandler = (req, res, next) => {
    if (isLocalMode(config)) return next();
    const refusal = precheckToken(req.headers.authorization, config.appId);
    if (!refusal) return next();
    answerUnread(req, res, 401, { error: 'unauthorized' });
    logger.info({ event: 'turn', refusal, status: 401 }, 'turn');
    return next(false);
  };
  const parseBody = readJsonBody(config.maxBodyBytes, (refusal, status) =>
    logger.info({ event: 'turn', refusal, status }, 'turn')
  );

  server.post('/api/messages', requireToken, jsonOnly, parseBody, async (req, res) => {
    const started = performance.now();
    const record: TurnRecord = {};
    const normalized = normalizeActivity(req.body);
    const log = (status: number, extra: Record<string, unknown> = {}) =>
      logger.info(
        {
          event: 'turn',
          activityType: 'activity' in normalized ? safeLogValue(normalized.activity.type) : null,
          invoke: 'activity' in normalized ? safeLogValue(normalized.activity.name) : undefined,
          conversation:
            'activity' in normalized ? safeLogValue(conversationType(normalized.activity)) : null,
          ...record,
          ...extra,
          status,
          ms: Math.round((performance.now() - started) * 10) / 10,
        },
        'turn'
      );
    if ('error' in normalized) {
      res.send(400, { error: normalized.error });
      return log(400, { refusal: 'bad_activity' });
    }
    const activity = normalized.activity;
    if (typeof activity.serviceUrl !== 'string' && activity.deliveryMode !== 'expectReplies') {
      res.send(400, { error: 'the activity has no serviceUrl' });
      return log(400, { refusal: 'no_service_url' });
    }
    const authorization = req.headers.authorization;
    const result = await adapter.handle(
      activity as unknown as Activity,
      typeof authorization === 'string' ? authorization : '',
      res,
      async (context) => {
        context.turnState.set(TURN_RECORD, record);
        await bot.run(context);
      }
    );
    if (result.outcome === 'failed' || result.outcome === 'rejected')
      logger.error({ event: 'request_failed', err: describeError(result.error) }, 'request failed');
    const reason = safeLogValue(errorName(result.error));
    log(
      res.statusCode,
      result.outcome === 'unauthorized'
        ? { refusal: 'token_rejected', reason }
        : result.outcome === 'rejected'
          ? { refusal: 'activity_rejected', reason }
          : {}
    );
  });
}

function conversationType(activity: Record<string, unknown>): string {
  const conversation = activity.conversation as { conversationType?: unknown } | undefined;
  return typeof conversation?.conversationType === 'string'
    ? conversation.conversationType
    : 'personal';
}

function errorName(error: unknown): string {
  const e = error as { name?: unknown; message?: unknown } | undefined;
  return typeof e?.name === 'string' ? e.name : 'Error';
}
