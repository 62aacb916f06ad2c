import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { TurnContext } from 'botbuilder';
import pino, { type Logger } from 'pino';
import * as restify from 'restify';
import { DecoderBot } from './bot/decoder-bot';
import type { Catalog } from './catalog/catalog-types';
import { isLocalMode, type Config } from './config/load-config';
import { describeError } from './logging/describe-error';
import { listensOnLoopback, loopbackHostOnly } from './server/loopback-host-only';
import { loadCatalog } from './files/load-catalog';
import { findProjectRoot } from './files/project-root';
import { createCardRenderer } from './presentation/cards/render-card';
import { servePreview } from './preview/serve-preview';
import { createAdapter } from './server/create-adapter';
import { ByteBudget } from './files/byte-budget';
import { createFilePool } from './files/file-pool';
import { serveMessages } from './server/messages-route';
import { serveAlerts } from './server/alerts-route';
import { createSentinelShell } from './sentinel/create-sentinel-shell';
import { limitConnections } from './server/limit-connections';

/**
 * How long a shutdown lets files being read finish (index.ts ends the process 5 s after a stop
 * signal, so their answers still have time to go out).
 */
const FILE_SHUTDOWN_MS = 3000;

export interface App {
  server: restify.Server;
  catalog: Catalog;
  logger: Logger;
  /** Starts listening; resolves with the bound port (use port 0 for an ephemeral one). */
  listen(port?: number): Promise<number>;
  /**
   * Stops accepting connections and waits for requests in flight; files being read get a short
   * window to finish, then are answered that the bot is restarting.
   */
  close(): Promise<void>;
}

export interface AppDeps {
  logger?: Logger;
  /** Replaces the bot, e.g. to exercise the error path in tests. */
  bot?: { run(context: TurnContext): Promise<void> };
}

/**
 * The composition root: loads the catalog and card templates, builds the adapter and the bot,
 * and wires the HTTP routes. Nothing here listens until listen() is called.
 */
export function createApp(config: Config, deps: AppDeps = {}): App {
  const root = findProjectRoot();
  const version = (
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
  ).version;
  const logger =
    deps.logger ?? pino({ level: config.logLevel, base: { service: 'connector-decoder' } });
  const catalog = loadCatalog({ teamDir: config.catalogDir });
  const cardsDir = join(root, 'cards');
  const renderer = createCardRenderer(cardsDir);
  const adapter = createAdapter(config, logger);
  const local = isLocalMode(config);
  // A .gz of up to MAX_FILE_BYTES may hold more: reading stops at 20 times that (256 MB at least).
  const unpackedLimit = Math.max(config.files.maxBytes * 20, 256 * 1024 * 1024);
  const later = new Set<Promise<unknown>>();
  // Aborted when shutdown starts: downloads under way stop and are answered "restarting".
  const stopping = new AbortController();
  const pool = createFilePool({
    catalogDir: config.catalogDir,
    threads: config.files.workers,
    maxQueue: config.files.queue,
    maxBytes: unpackedLimit,
    deadlineMs: config.files.readMs,
  });
  const sentinel = createSentinelShell({ config, root, logger, adapter, renderer, catalog });
  const bot =
    deps.bot ??
    new DecoderBot({
      catalog,
      renderer,
      logger,
      allowedTenantIds: config.allowedTenantIds,
      sentinel: sentinel.commands,
      files: {
        renderer,
        pool,
        onLaterError: (error) =>
          logger.error({ event: 'file_failed', err: describeError(error) }, 'file answer failed'),
        policy: {
          allowedHosts: config.files.hosts,
          // Local mode (tests, the Agents Playground) may serve files from this machine.
          allowLoopbackHttp: local,
          maxBytes: config.files.maxBytes,
          timeoutMs: config.files.timeoutMs,
          // Files held at once (downloading, waiting, being read) share one budget of bytes.
          budget: new ByteBudget(config.files.memoryBytes),
          stop: stopping.signal,
        },
        maxUnpackedBytes: unpackedLimit,
        maxDownloads: config.files.workers + config.files.queue,
        readMs: config.files.readMs,
        active: { downloads: 0, later },
      },
    });

  const server = restify.createServer({
    name: 'connector-decoder',
    handleUncaughtExceptions: false,
  });
  // Before listen(): Node reads how often it checks the deadlines when the server starts listening.
  limitConnections(server.server, config);
  // Local mode bound to loopback trusts only requests addressed to this machine.
  if (local && listensOnLoopback(config.host))
    server.pre(
      loopbackHostOnly(() =>
        logger.info({ event: 'turn', refusal: 'host_not_local', status: 421 }, 'turn')
      )
    );
  serveMessages(server, { config, logger, adapter, bot });
  serveAlerts(server, {
    logger,
    findByToken: sentinel.findByToken,
    deliver: sentinel.deliver,
  });

  server.get('/healthz', (_req, res, next) => {
    if (!local) {
      // Anyone can reach it in production: liveness and version only, no catalog details.
      res.send(200, { status: 'ok', version });
      return next();
    }
    const counts: Record<string, number> = {};
    for (const entry of catalog.entries)
      counts[entry.catalogId] = (counts[entry.catalogId] ?? 0) + 1;
    res.send(200, {
      status: 'ok',
      version,
      mode: 'local',
      catalog: { entries: catalog.entries.length, byCatalog: counts },
    });
    return next();
  });

  if (local) {
    servePreview(server, catalog, () => createCardRenderer(cardsDir));
  }

  return {
    server,
    catalog,
    logger,
    listen(port = config.port) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, config.host, () => {
          const bound = (server.address() as AddressInfo).port;
          sentinel.start(bound);
          resolve(bound);
        });
      });
    },
    async close() {
      await sentinel.stop();
      const http = server.server as unknown as { closeIdleConnections?: () => void };
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      http.closeIdleConnections?.();
      // Files being read get the shutdown window to finish; past it they are answered "the bot
      // is restarting", in their request or their later turn, before the process ends. A file
      // still downloading could not be read in time anyway: it is answered so at once.
      stopping.abort();
      await pool.close(FILE_SHUTDOWN_MS);
      await Promise.allSettled([...later]);
      // Connections whose requests were answered meanwhile are idle now.
      for (let i = 0; i < 20; i++) {
        http.closeIdleConnections?.();
        const done = await Promise.race([
          closed.then(() => true),
          new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 50)),
        ]);
        if (done) return;
      }
      await closed;
    },
  };
}
