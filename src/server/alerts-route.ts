import type { Logger } from 'pino';
import type * as restify from 'restify';
import { describeError } from '../logging/describe-error';
import { readAlertPayload, type MonitorAlert } from '../watch/read-alert-payload';
import { readJsonBody } from './read-json-body';

/** Azure Monitor's common alert schema bodies are a few KB; 64 KB leaves room for long queries. */
const MAX_ALERT_BYTES = 64 * 1024;
const TOKEN_PARAM = /^[A-Za-z0-9_-]{1,100}$/;

export interface AlertsRouteDeps<S> {
  logger: Logger;
  /** The subscription a token belongs to, or undefined (never throws for an unknown token). */
  findByToken(token: string): Promise<S | undefined>;
  /** Posts the alert to the subscription's conversation; runs after the answer. */
  deliver(subscription: S, alert: MonitorAlert): Promise<string>;
}

/**
 * POST /api/alerts/<token>: Azure Monitor action-group webhooks, one address per subscription.
 * The token is looked up before the body is read (unknown → 404, logged without its value), then
 * the body: JSON only (415), at most 64 KB (413), the common alert schema (400 with the reason).
 * The alert is accepted with 202 and posted after; a store that cannot be reached gets 429 with
 * Retry-After, so Azure Monitor tries again. Nothing here answers 5xx.
 */
export function serveAlerts<S>(server: restify.Server, deps: AlertsRouteDeps<S>): void {
  const log = (status: number, extra: Record<string, unknown> = {}) =>
    deps.logger.info({ event: 'alert', status, ...extra }, 'alert webhook');
  const findSubscription: restify.RequestHandler = (req, res, next) => {
    const token = String((req.params as Record<string, unknown>)?.token ?? '');
    if (!TOKEN_PARAM.test(token)) {
      res.send(404, { error: 'unknown webhook address' });
      log(404, { refusal: 'unknown_token' });
      return next(false);
    }
    deps.findByToken(token).then(
      (subscription) => {
        if (!subscription) {
          res.send(404, { error: 'unknown webhook address' });
          log(404, { refusal: 'unknown_token' });
          return next(false);
        }
        (req as unknown as { subscription: S }).subscription = subscription;
        return next();
      },
      (error: unknown) => {
        res.header('retry-after', '60');
        res.send(429, { error: 'try again later' });
        deps.logger.warn(
          { event: 'alert', status: 429, refusal: 'store_unavailable', err: describeError(error) },
          'alert webhook'
        );
        return next(false);
      }
    );
  };
  const jsonOnly: restify.RequestHandler = (req, res, next) => {
    const type = String(req.headers['content-type'] ?? '')
      .split(';')[0]
      .trim()
      .toLowerCase();
    if (type !== 'application/json') {
      res.send(415, { error: 'send application/json' });
      log(415, { refusal: 'not_json' });
      return next(false);
    }
    return next();
  };
  const parseBody = readJsonBody(MAX_ALERT_BYTES, (refusal, status) => log(status, { refusal }));

  server.post('/api/alerts/:token', findSubscription, jsonOnly, parseBody, (req, res, next) => {
    const reading = readAlertPayload(req.body);
    if (!reading.ok) {
      res.send(400, { error: reading.error });
      log(400, { refusal: 'not_common_alert_schema' });
      return next();
    }
    res.send(202, { status: 'accepted' });
    const subscription = (req as unknown as { subscription: S }).subscription;
    deps.deliver(subscription, reading.alert).then(
      (outcome) => log(202, { condition: reading.alert.condition, outcome }),
      (error: unknown) =>
        deps.logger.error(
          { event: 'alert_delivery_failed', err: describeError(error) },
          'alert not delivered'
        )
    );
    return next();
  });
}
