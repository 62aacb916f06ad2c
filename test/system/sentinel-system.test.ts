import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAzurite, type Azurite } from '../helpers/azurite';
import { graphConnector, startGraphServer, type GraphServer } from '../helpers/graph-server';
import { startLoopbackConnector, type LoopbackConnector } from '../helpers/loopback-connector';
import { startTokenServer, TEST_CA_PATH } from '../helpers/token-server';
import { startBotProcess, type BotProcess } from '../helpers/start-process';
import { mentionMessage, teamsMessage } from '../helpers/teams-activity';

// The whole system as an admin would run it: the bot started as `npm start` starts it, a loopback
// Graph serving the documented shapes, the Teams side as a loopback connector recording what the
// bot posts, and for the two-instance case Azurite. Polls every second (local mode allows it).
jest.setTimeout(90_000);

let graph: GraphServer;
let connector: LoopbackConnector;
const bots: BotProcess[] = [];
let azurite: Azurite | undefined;

beforeEach(async () => {
  graph = await startGraphServer();
  connector = await startLoopbackConnector();
});
afterEach(async () => {
  await Promise.all(bots.splice(0).map((b) => b.stop()));
  await graph.close();
  await connector.close();
});
afterAll(async () => {
  await azurite?.stop();
});

const MIN = 60_000;
const env = (extra: Record<string, string> = {}) => ({
  GRAPH_BASE_URL: graph.baseUrl,
  SENTINEL_POLL_SECONDS: '1',
  SENTINEL_STALE_MINUTES: '5',
  ...extra,
});
async function bot(extra: Record<string, string>): Promise<BotProcess> {
  const b = await startBotProcess(env(extra));
  bots.push(b);
  return b;
}
/** Sends a Teams-shaped activity and returns the replies (expectReplies). */
async function say(b: BotProcess, activity: Record<string, unknown>): Promise<any[]> {
  const res = await fetch(`${b.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      ...activity,
      serviceUrl: connector.serviceUrl,
      deliveryMode: 'expectReplies',
    }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { activities: any[] }).activities;
}
const webhookOf = (replies: any[]) =>
  new URL(
    replies[0].attachments[0].content.body.find((b: any) => b.type === 'FactSet').facts[0].value
  ).pathname;
const titles = () => connector.posted.map((p) => String(p.activity.text).replace(/\u200b/g, ''));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const stale = () =>
  graphConnector({ lastConnectionDateTime: new Date(Date.now() - 30 * MIN).toISOString() });
const fresh = () => graphConnector({ lastConnectionDateTime: new Date().toISOString() });

describe('the sentinel, whole system', () => {
  it('a stale connector alerts once, recovers once, and a restart does not alert again', async () => {
    const storage = mkdtempSync(join(tmpdir(), 'system-'));
    graph.connectors = [stale()];
    const first = await bot({ STORAGE_PATH: storage });
    await say(first, mentionMessage('watch', 'channel'));
    await connector.waitFor(1);
    await sleep(3000);
    expect(titles()).toEqual(['Connector NDES01 has not checked in for 30 minutes']);
    expect(connector.posted[0].conversationId).toBe('19:channel@thread.tacv2;messageid=1');
    // Restart while it still holds: nothing new.
    expect(await first.stop()).toBe(0);
    bots.length = 0;
    const second = await bot({ STORAGE_PATH: storage });
    await sleep(3000);
    expect(titles()).toHaveLength(1);
    graph.connectors = [fresh()];
    await connector.waitFor(2);
    await sleep(2500);
    expect(titles()).toEqual([
      'Connector NDES01 has not checked in for 30 minutes',
      'Back to normal: Connector NDES01 has not checked in for 30 minutes',
    ]);
    // health answers at once with the state now.
    const health = await say(second, mentionMessage('health', 'channel'));
    expect(JSON.stringify(health)).toContain('all clear');
  });

  it('two bot processes on one Azurite send one alert', async () => {
    azurite ??= await startAzurite();
    const storage = {
      STORAGE_CONNECTION_STRING: azurite.connectionString,
      STORAGE_TABLE: `sys${Date.now()}`,
    };
    graph.connectors = [graphConnector({ state: 'inactive' })];
    const began = Date.now();
    const [a, b] = [await bot(storage), await bot(storage)];
    await say(a, teamsMessage('watch'));
    await connector.waitFor(1);
    await sleep(4000);
    expect(titles()).toEqual(['Connector NDES01 is inactive']);
    // Each one-second interval went to one of the two: at most one Graph read per second elapsed.
    const polls = graph.requests.filter((r) => r.path.includes('ndesConnectors')).length;
    expect(polls).toBeGreaterThanOrEqual(3);
    expect(polls).toBeLessThanOrEqual(Math.ceil((Date.now() - began) / 1000) + 1);
    expect(b.output()).toContain('"event":"started"');
  });

  it('an Azure Monitor alert becomes a decoded card in the conversation that owns the address; a wrong token gets 404', async () => {
    const b = await bot({ STORAGE_PATH: mkdtempSync(join(tmpdir(), 'system-')) });
    await say(b, teamsMessage('watch'));
    const channelHook = webhookOf(await say(b, mentionMessage('watch', 'channel')));
    const body = {
      schemaId: 'azureMonitorCommonAlertSchema',
      data: {
        essentials: {
          alertId: '/subscriptions/s/alerts/9',
          alertRule: 'SCEP verify failures',
          severity: 'Sev1',
          monitorCondition: 'Fired',
          firedDateTime: new Date().toISOString(),
        },
        alertContext: {
          condition: {
            allOf: [
              {
                metricValue: 5,
                dimensions: [
                  { name: 'EventID', value: '4005' },
                  { name: 'Computer', value: 'NDES02' },
                  { name: 'Source', value: 'Microsoft-Intune-CertificateConnectors' },
                ],
              },
            ],
          },
        },
      },
    };
    const post = (path: string) =>
      fetch(`${b.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post(channelHook)).status).toBe(202);
    const [posted] = await connector.waitFor(1);
    expect(posted.conversationId).toBe('19:channel@thread.tacv2;messageid=1');
    expect(JSON.stringify(posted.activity)).toContain('ScepVerifyFailure');
    const wrong = `/api/alerts/${'Z'.repeat(43)}`;
    expect((await post(wrong)).status).toBe(404);
    expect(b.output()).not.toContain('Z'.repeat(43));
    expect(b.output()).not.toContain(channelHook.split('/').pop());
    await sleep(300);
    expect(connector.posted).toHaveLength(1);
  });

  it('with credentials, reads Graph with an app-only token from the identity platform (AZURE_AUTHORITY_HOST over https)', async () => {
    const tokens = await startTokenServer();
    try {
      const appId = '00000000-0000-4000-8000-00000000000a';
      const tenant = '11111111-2222-4333-8444-555555555555';
      graph.connectors = [graphConnector()];
      await bot({
        MicrosoftAppId: appId,
        MicrosoftAppPassword: 'test-secret',
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppTenantId: tenant,
        HOST: '127.0.0.1',
        GRAPH_TENANT_ID: tenant,
        AZURE_AUTHORITY_HOST: tokens.authorityHost,
        SENTINEL_POLL_SECONDS: '10',
        STORAGE_PATH: mkdtempSync(join(tmpdir(), 'system-')),
        // The bot trusts the loopback identity platform's test certificate, as Node trusts any CA.
        NODE_EXTRA_CA_CERTS: TEST_CA_PATH,
      });
      const until = Date.now() + 20_000;
      while (!graph.requests.some((r) => r.path.includes('ndesConnectors')) && Date.now() < until)
        await sleep(100);
      const read = graph.requests.find((r) => r.path.includes('ndesConnectors'));
      expect(read?.authorization).toBe(`Bearer token-for-${appId}`);
      expect(tokens.tokenRequests.find((r) => r.grant_type)).toMatchObject({
        tenant,
        client_id: appId,
        grant_type: 'client_credentials',
        scope: `${graph.baseUrl}/.default`,
      });
    } finally {
      await tokens.close();
    }
  });
});
