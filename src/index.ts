import { handleStopSignals } from './server/stop-signals';
import './server/quiet-known-warnings';
import { join } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { createApp, type App } from './app';
import { isLocalMode, loadConfig } from './config/load-config';
import { describeStartError } from './server/describe-start-error';
import { listensOnLoopback } from './server/loopback-host-only';
import { findProjectRoot } from './files/project-root';

const SHUTDOWN_GRACE_MS = 5000;

/** Starts the bot: settings, then the app, signal handlers, and only then the listening socket. */
async function main(): Promise<void> {
  // A signal while the catalogs load, or right after start-up, must still stop cleanly (exit 0).
  let app: App | undefined;
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    if (!app) process.exit(0);
    app.logger.info({ event: 'stopping', signal }, 'shutting down');
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
    void app.close().then(() => process.exit(0));
  };
  handleStopSignals(shutdown);

  let config;
  try {
    loadDotenv({ path: join(findProjectRoot(), '.env'), quiet: true });
    config = loadConfig();
    app = createApp(config);
  } catch (error) {
    return fail(error, config?.port);
  }

  let port: number;
  try {
    port = await app.listen();
  } catch (error) {
    return fail(error, config.port);
  }
  const local = isLocalMode(config);
  if (local && !listensOnLoopback(config.host))
    app.logger.warn(
      { event: 'open_local_mode', host: config.host },
      `Local mode accepts requests without credentials, and HOST=${config.host} lets other machines reach it.`
    );
  app.logger.info(
    {
      event: 'started',
      port,
      mode: local ? 'local' : 'authenticated',
      entries: app.catalog.entries.length,
    },
    local
      ? `Connector Decoder listening on http://localhost:${port}/api/messages (local mode, no credentials). Try it: npm run playground`
      : `Connector Decoder listening on port ${port}`
  );
}

function fail(error: unknown, port: number | undefined): void {
  process.stderr.write(`connector-decoder cannot start: ${describeStartError(error, port)}\n`);
  process.exit(1);
}

void main();
