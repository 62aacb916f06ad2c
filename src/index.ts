import './server/quiet-known-warnings';
import { join } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { createApp, type App } from './app';
import { isLocalMode, loadConfig } from './config/load-config';
import { describeStartError } from './server/describe-start-error';
import { findProjectRoot } from './files/project-root';

const SHUTDOWN_GRACE_MS = 5000;

/** Starts the bot: settings, then the app, signal handlers, and only then the listening socket. */
async function main(): Promise<void> {
  let app: App;
  let config;
  try {
    loadDotenv({ path: join(findProjectRoot(), '.env'), quiet: true });
    config = loadConfig();
    app = createApp(config);
  } catch (error) {
    return fail(error, config?.port);
  }

  // Handlers go in before listen(): a signal right after start-up must still stop cleanly.
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.logger.info({ event: 'stopping', signal }, 'shutting down');
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
    void app.close().then(() => process.exit(0));
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  let port: number;
  try {
    port = await app.listen();
  } catch (error) {
    return fail(error, config.port);
  }
  const local = isLocalMode(config);
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
