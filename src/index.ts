import { join } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { createApp } from './app';
import { ConfigError, isLocalMode, loadConfig } from './config/load-config';
import { CatalogError } from './catalog/load-catalog';
import { findProjectRoot } from './project-root';

const SHUTDOWN_GRACE_MS = 5000;

async function main(): Promise<void> {
  loadDotenv({ path: join(findProjectRoot(), '.env'), quiet: true });
  let app;
  try {
    const config = loadConfig();
    app = createApp(config);
    const port = await app.listen();
    app.logger.info(
      { event: 'started', port, mode: isLocalMode(config) ? 'local' : 'authenticated', entries: app.catalog.entries.length },
      isLocalMode(config)
        ? `Connector Decoder listening on http://localhost:${port}/api/messages (local mode, no credentials). Try it: npm run playground`
        : `Connector Decoder listening on port ${port}`,
    );
  } catch (error) {
    if (error instanceof ConfigError || error instanceof CatalogError) {
      process.stderr.write(`connector-decoder cannot start: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }

  const running = app;
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    running.logger.info({ event: 'stopping', signal }, 'shutting down');
    const force = setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS);
    force.unref();
    running.close().then(() => process.exit(0));
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

void main();
