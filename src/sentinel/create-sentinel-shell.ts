import { randomUUID } from 'node:crypto';
import { isAbsolute, join } from 'node:path';
import type { CloudAdapter } from 'botbuilder';
import type { Logger } from 'pino';
import type { Catalog } from '../catalog/catalog-types';
import type { Config } from '../config/load-config';
import { loadConnectorReleases } from '../files/load-connector-releases';
import { createGraphReader } from '../graph/read-chain';
import { createTokenSource } from '../graph/token-source';
import type { CardRenderer } from '../presentation/cards/render-card';
import { createStore } from '../store/create-store';
import type { MonitorAlert } from '../watch/read-alert-payload';
import { deliverMonitorAlert } from './deliver-monitor-alert';
import { createSentinel } from './run-sentinel';
import { createProactiveSender } from './send-proactive';
import type { SentinelCommandDeps } from './sentinel-commands';
import { findByToken, unsubscribe, type Subscription } from './subscriptions';

export interface SentinelShell {
  commands: SentinelCommandDeps;
  findByToken(token: string): Promise<Subscription | undefined>;
  deliver(subscription: Subscription, alert: MonitorAlert): Promise<string>;
  /** Starts the schedule once the server listens on `port`. */
  start(port: number): void;
  stop(): Promise<void>;
}

/**
 * Puts the sentinel together from the settings: the store (Table Storage or files under
 * STORAGE_PATH, relative to the project), the Graph reader and its tokens, proactive messages
 * through the bot's adapter, and the schedule.
 */
export function createSentinelShell(options: {
  config: Config;
  root: string;
  logger: Logger;
  adapter: CloudAdapter;
  renderer: CardRenderer;
  catalog: Catalog;
}): SentinelShell {
  const { config, logger, renderer, catalog } = options;
  const sentinelConfig = config.sentinel;
  const storage =
    sentinelConfig.storage.kind === 'file' && !isAbsolute(sentinelConfig.storage.path)
      ? { kind: 'file' as const, path: join(options.root, sentinelConfig.storage.path) }
      : sentinelConfig.storage;
  const store = createStore(storage);
  const graph = sentinelConfig.graph;
  const reader = graph.enabled
    ? createGraphReader({ baseUrl: graph.baseUrl, token: createTokenSource(graph) })
    : undefined;
  const sender = createProactiveSender({
    adapter: options.adapter,
    appId: config.appId,
    logger,
    onGone: async (subscription) => {
      await unsubscribe(store, subscription.conversationId);
    },
  });
  const graphTenantId = graph.enabled && graph.auth.kind !== 'none' ? graph.auth.tenantId : '';
  const sentinel = createSentinel({
    config: sentinelConfig,
    store,
    sender,
    renderer,
    logger,
    releases: loadConnectorReleases(),
    reader,
    graphTenantId,
    instance: randomUUID(),
  });
  let port = config.port;
  return {
    commands: {
      store,
      sentinel,
      renderer,
      config: sentinelConfig,
      logger,
      graphOn: reader !== undefined,
      graphTenantId,
      // In production only PUBLIC_BASE_URL knows the address Azure Monitor can reach.
      baseUrl: () =>
        sentinelConfig.publicBaseUrl || (config.appId ? '' : `http://localhost:${port}`),
    },
    findByToken: (token) => findByToken(store, token),
    deliver: (subscription, alert) =>
      deliverMonitorAlert(
        { store, sender, renderer, catalog },
        subscription,
        alert,
        new Date().toISOString()
      ),
    start(listening) {
      port = listening;
      logger.info(
        {
          event: 'sentinel_started',
          store: store.kind,
          graph: reader !== undefined,
          pollSeconds: sentinelConfig.pollSeconds,
        },
        'chain sentinel started'
      );
      sentinel.start();
    },
    stop: () => sentinel.stop(),
  };
}
