import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../src/config/load-config';
import { createGraphReader } from '../../src/graph/read-chain';
import { findProjectRoot } from '../../src/files/project-root';
import { createCardRenderer } from '../../src/presentation/cards/render-card';
import { createAdapter } from '../../src/server/create-adapter';
import { createSentinel } from '../../src/sentinel/run-sentinel';
import { createProactiveSender } from '../../src/sentinel/send-proactive';
import { subscribe, unsubscribe } from '../../src/sentinel/subscriptions';
import { createStore } from '../../src/store/create-store';
import { createFileStore } from '../../src/store/file-store';
import type { SentinelStore } from '../../src/store/store';
import { startAzurite, type Azurite } from '../helpers/azurite';
import { graphConnector, startGraphServer, type GraphServer } from '../helpers/graph-server';
import { startLoopbackConnector, type LoopbackConnector } from '../helpers/loopback-connector';

const renderer = createCardRenderer(join(findProjectRoot(), 'cards'));
const RELEASES = [
  { version: '6.2406.0.2002', released: '2025-07-22' },
  { version: '6.2510.3.2002', released: '2026-02-18' },
];
const T0 = Date.parse('2026-12-08T03:00:00Z');
const MIN = 60_000;

let graph: GraphServer;
let connector: LoopbackConnector;
let azurite: Azurite | undefined;
beforeEach(async () => {
  graph = await startGraphServer();
  connector = await startLoopbackConnector();
});
afterEach(async () => {
  await graph.close();
  await connector.close();
});
afterAll(async () => {
  await azurite?.stop();
});

/** A sentinel on `store` whose clock the test moves. */
function sentinelOn(store: SentinelStore, clock: { now: number }, digestHour = 9) {
  const config = { ...loadConfig({}).sentinel, pollSeconds: 60, staleMinutes: 60, digestHour };
  const adapter = createAdapter(loadConfig({}), pino({ level: 'silent' }));
  const sender = createProactiveSender({
    adapter,
    appId: '',
    logger: pino({ level: 'silent' }),
    onGone: async (s) => {
      await unsubscribe(store, s.conversationId);
    },
    sleep: async () => undefined,
  });
  return createSentinel({
    config,
    store,
    sender,
    renderer,
    logger: pino({ level: 'silent' }),
    releases: RELEASES,
    reader: createGraphReader({
      baseUrl: graph.baseUrl,
      token: async () => undefined,
      sleep: async () => undefined,
    }),
    graphTenantId: '',
    instance: `i${Math.random()}`,
    now: () => clock.now,
  });
}

async function watchFrom(store: SentinelStore, conversationId: string, timeZone = 'UTC') {
  return subscribe(store, {
    conversationId,
    tenantId: 't1',
    language: 'en',
    timeZone,
    now: new Date(T0).toISOString(),
    reference: {
      channelId: 'msteams',
      serviceUrl: connector.serviceUrl,
      conversation: { id: conversationId, conversationType: 'channel' },
      bot: { id: '28:bot', name: 'Connector Decoder' },
    },
  });
}

const titles = () =>
  connector.posted.map((p) => (p.activity.text as string).replace(/\u200b/g, ''));
/** A connector as Graph shows it, last seen at the test's start unless the test says otherwise. */
const seenAtStart = (overrides: Record<string, unknown> = {}) =>
  graphConnector({ lastConnectionDateTime: new Date(T0).toISOString(), ...overrides });
const fileStore = () => createFileStore(mkdtempSync(join(tmpdir(), 'sentinel-run-')));

describe('the sentinel against a loopback Graph', () => {
  it('alerts once when a connector goes stale, never again while it holds, and once when it recovers', async () => {
    const store = fileStore();
    await watchFrom(store, '19:ops@thread.tacv2');
    const clock = { now: T0 };
    const sentinel = sentinelOn(store, clock);
    graph.connectors = [
      graphConnector({ lastConnectionDateTime: new Date(T0 - 5 * MIN).toISOString() }),
    ];
    await sentinel.tick();
    expect(titles()).toEqual([]);
    // Two hours later it has not checked in: one alert, in the subscribed conversation.
    clock.now = T0 + 120 * MIN;
    await sentinel.tick();
    expect(titles()).toEqual(['Connector NDES01 has not checked in for 125 minutes']);
    expect(connector.posted[0].conversationId).toBe('19:ops@thread.tacv2');
    for (let i = 1; i <= 3; i++) {
      clock.now += MIN;
      await sentinel.tick();
    }
    expect(titles()).toHaveLength(1);
    graph.connectors = [
      graphConnector({ lastConnectionDateTime: new Date(clock.now).toISOString() }),
    ];
    clock.now += MIN;
    await sentinel.tick();
    clock.now += MIN;
    await sentinel.tick();
    expect(titles()).toEqual([
      'Connector NDES01 has not checked in for 125 minutes',
      'Back to normal: Connector NDES01 has not checked in for 125 minutes',
    ]);
  });

  it('does not alert again after a restart: the state is in the store', async () => {
    const store = fileStore();
    await watchFrom(store, '19:ops@thread.tacv2');
    graph.connectors = [seenAtStart({ state: 'inactive' })];
    const clock = { now: T0 };
    await sentinelOn(store, clock).tick();
    clock.now += MIN;
    await sentinelOn(store, clock).tick();
    expect(titles()).toEqual(['Connector NDES01 is inactive']);
  });

  it('polls once per interval however often it ticks', async () => {
    const store = fileStore();
    const clock = { now: T0 };
    const sentinel = sentinelOn(store, clock);
    await sentinel.tick();
    await sentinel.tick();
    clock.now += 30_000;
    await sentinel.tick();
    expect(graph.requests.filter((r) => r.path.includes('ndesConnectors'))).toHaveLength(1);
  });

  it('says once which permission to grant when Graph refuses, keeps open alerts, and clears it once fixed', async () => {
    const store = fileStore();
    await watchFrom(store, '19:ops@thread.tacv2');
    const clock = { now: T0 };
    const sentinel = sentinelOn(store, clock);
    graph.connectors = [seenAtStart({ connectorVersion: '6.2406.0.2002' })];
    await sentinel.tick();
    graph.failWith = 403;
    for (let i = 0; i < 3; i++) {
      clock.now += MIN;
      await sentinel.tick();
    }
    graph.failWith = 0;
    clock.now += MIN;
    await sentinel.tick();
    expect(titles()).toEqual([
      'Connector NDES01 runs 6.2406.0.2002, out of support since 2026-08-18',
      'The bot may not read the chain: grant DeviceManagementConfiguration.Read.All',
      'Back to normal: The bot may not read the chain: grant DeviceManagementConfiguration.Read.All',
    ]);
    const permission = connector.posted[1].activity.attachments[0].content;
    expect(JSON.stringify(permission)).toContain('Grant admin consent');
  });

  it('changes nothing while Graph fails or throttles', async () => {
    const store = fileStore();
    await watchFrom(store, '19:ops@thread.tacv2');
    const clock = { now: T0 };
    const sentinel = sentinelOn(store, clock);
    graph.connectors = [seenAtStart({ state: 'inactive' })];
    await sentinel.tick();
    graph.failWith = 500;
    clock.now += MIN;
    await sentinel.tick();
    graph.failWith = 0;
    graph.throttle = 100;
    clock.now += MIN;
    await sentinel.tick();
    expect(titles()).toEqual(['Connector NDES01 is inactive']);
    const health = await sentinel.health(undefined);
    expect(health).toMatchObject({ kind: 'failed', reason: 'throttled' });
    graph.throttle = 0;
    clock.now += MIN;
    await sentinel.tick();
    // health in a conversation that is not watching still sees what the check found.
    const now = await sentinel.health(undefined);
    expect(now).toMatchObject({ kind: 'checked', connectors: 1 });
    expect(now.kind === 'checked' && now.open.map((c) => c.kind)).toEqual(['connector-not-active']);
  });

  it('sends the daily digest once, at the hour in the conversation’s time zone', async () => {
    const store = fileStore();
    await watchFrom(store, '19:tokyo@thread.tacv2', 'Asia/Tokyo');
    graph.connectors = [seenAtStart({ state: 'inactive' })];
    // 23:30 UTC is 08:30 in Tokyo: not yet.
    const clock = { now: Date.parse('2026-12-07T23:30:00Z') };
    const sentinel = sentinelOn(store, clock);
    await sentinel.tick();
    expect(titles()).toEqual(['Connector NDES01 is inactive']);
    clock.now = Date.parse('2026-12-08T00:05:00Z');
    await sentinel.tick();
    clock.now += 10 * MIN;
    await sentinel.tick();
    expect(titles()).toEqual([
      'Connector NDES01 is inactive',
      '1 open issue in the certificate chain',
    ]);
  });

  it('ends the subscription of a conversation that removed the bot', async () => {
    const store = fileStore();
    await watchFrom(store, '19:gone@thread.tacv2');
    connector.refuse.add('19:gone@thread.tacv2');
    graph.connectors = [seenAtStart({ state: 'inactive' })];
    await sentinelOn(store, { now: T0 }).tick();
    expect(await store.list('subscriptions')).toEqual([]);
  });

  it('two instances on one Azurite send one alert', async () => {
    azurite ??= await startAzurite();
    const table = `run${Date.now()}`;
    const a = createStore({ kind: 'table', table, connectionString: azurite.connectionString });
    const b = createStore({ kind: 'table', table, connectionString: azurite.connectionString });
    await watchFrom(a, '19:ops@thread.tacv2');
    graph.connectors = [seenAtStart({ state: 'inactive' })];
    const clock = { now: T0 };
    const [one, two] = [sentinelOn(a, clock), sentinelOn(b, clock)];
    for (let i = 0; i < 3; i++) {
      await Promise.all([one.tick(), two.tick()]);
      clock.now += MIN;
    }
    expect(titles()).toEqual(['Connector NDES01 is inactive']);
  }, 30_000);
});
