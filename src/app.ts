import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import pino, { type Logger } from 'pino';
import * as restify from 'restify';
import { loadCatalog } from './catalog/load-catalog';
import type { Catalog } from './catalog/catalog-types';
import { createCardRenderer } from './cards/render-card';
import { DecoderBot } from './bot/decoder-bot';
import { TURN_RECORD, type TurnRecord } from './bot/turn-record';
import { isLocalMode, type Config } from './config/load-config';
import { phrase } from './core/phrases';
import { findProjectRoot } from './project-root';
import { servePreview } from './preview/serve-preview';

export interface App {
  server: restify.Server;
  catalog: Catalog;
  logger: Logger;
  /** Starts listening; resolves with the bound port (use port 0 for an ephemeral one). */
  listen(port?: number): Promise<number>;
  /** Stops accepting connections and waits for requests in flight. */
  close(): Promise<void>;
}

export interface AppDeps {
  logger?: Logger;
  /** Replaces the bot, e.g. to exercise the error path in tests. */
  bot?: { run(context: TurnContext): Promise<void> };
}

const VERSION: string = (JSON.parse(readFileSync(join(findProjectRoot(), 'package.json'), 'utf8')) as { version: string }).version;

/**
 * The composition root: loads the catalog and card templates, builds the adapter and the bot,
 * and wires the HTTP routes. Nothing here listens until listen() is called.
 */
export function createApp(config: Config, deps: AppDeps = {}): App {
  const logger = deps.logger ?? pino({ level: config.logLevel, base: { service: 'connector-decoder' } });
  const catalog = loadCatalog({ teamDir: config.catalogDir });
  const renderer = createCardRenderer();

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
    const language = context.activity.locale?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
    try {
      await context.sendActivity(phrase(language, 'turnError', { id: correlationId }));
    } catch (sendError) {
      logger.error({ event: 'turn_error_reply_failed', correlationId, err: describeError(sendError) }, 'could not send the apology');
    }
  };

  const bot = deps.bot ?? new DecoderBot({ catalog, renderer, logger, allowedTenantIds: config.allowedTenantIds });

  const server = restify.createServer({ name: 'connector-decoder', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: config.maxBodyBytes, mapParams: false, rejectUnknown: false }));

  server.post('/api/messages', async (req, res) => {
    const started = performance.now();
    const record: TurnRecord = {};
    await adapter.process(req, res, async (context) => {
      context.turnState.set(TURN_RECORD, record);
      await bot.run(context);
    });
    const activity = (req.body ?? {}) as { type?: string; name?: string; conversation?: { conversationType?: string } };
    logger.info(
      {
        event: 'turn',
        activityType: typeof activity.type === 'string' ? activity.type.slice(0, 40) : null,
        invoke: typeof activity.name === 'string' ? activity.name.slice(0, 60) : undefined,
        conversation: typeof activity.conversation?.conversationType === 'string' ? activity.conversation.conversationType.slice(0, 20) : 'personal',
        ...record,
        status: res.statusCode,
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      'turn',
    );
  });

  server.get('/healthz', (_req, res, next) => {
    const counts: Record<string, number> = {};
    for (const entry of catalog.entries) counts[entry.catalogId] = (counts[entry.catalogId] ?? 0) + 1;
    res.send(200, { status: 'ok', version: VERSION, mode: isLocalMode(config) ? 'local' : 'authenticated', catalog: { entries: catalog.entries.length, byCatalog: counts } });
    return next();
  });

  if (isLocalMode(config)) servePreview(server, catalog, () => createCardRenderer());

  return {
    server,
    catalog,
    logger,
    listen(port = config.port) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '0.0.0.0', () => resolve((server.address() as AddressInfo).port));
      });
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        const s = server.server as unknown as { closeIdleConnections?: () => void };
        s.closeIdleConnections?.();
      });
    },
  };
}

/**
 * An error as the log may keep it: type, code and the stack frames, without the message line,
 * because messages (JSON parse errors, for one) can quote what the user sent.
 */
function describeError(error: unknown): { type: string; code?: string; frames?: string } {
  const e = error as { name?: unknown; code?: unknown; stack?: unknown };
  const frames = typeof e?.stack === 'string' ? e.stack.split('\n').filter((line) => line.trimStart().startsWith('at ')).slice(0, 15).join('\n') : undefined;
  return { type: typeof e?.name === 'string' ? e.name : typeof error, code: typeof e?.code === 'string' || typeof e?.code === 'number' ? String(e.code) : undefined, frames };
}
