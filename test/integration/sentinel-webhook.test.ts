import fc from 'fast-check';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { captureLogger } from '../helpers/capture-logger';
import { startLoopbackConnector, type LoopbackConnector } from '../helpers/loopback-connector';
import { cardOf, repliesTo, startServer, type RunningServer } from '../helpers/start-server';
import { mentionMessage, teamsMessage } from '../helpers/teams-activity';

let connector: LoopbackConnector;
let server: RunningServer;
let log: ReturnType<typeof captureLogger>;

beforeEach(async () => {
  connector = await startLoopbackConnector();
  log = captureLogger('info');
  server = await startServer(
    { STORAGE_PATH: mkdtempSync(join(tmpdir(), 'webhook-')) },
    { logger: log.logger }
  );
});
afterEach(async () => {
  await server.close();
  await connector.close();
});

const texts = (card: any): string[] =>
  JSON.stringify(card)
    .match(/"(text|value|title)":"([^"]*)"/g)
    ?.map((m) => m.replace(/^"(text|value|title)":"/, '').replace(/"$/, '')) ?? [];

/** Card text as a reader sees it: without the zero-width breaks that keep names from becoming links. */
const seen = (card: any) => texts(card).map((t) => t.replace(/\u200b/g, ''));

/** `watch` from a conversation; returns the webhook path from its card. */
async function watch(activity: Record<string, unknown>): Promise<{ path: string; card: any }> {
  const card = cardOf(await repliesTo(server, { ...activity, serviceUrl: connector.serviceUrl }));
  const facts = card.body.find((b: any) => b.type === 'FactSet').facts;
  return { path: new URL(facts[0].value).pathname, card };
}

const alert = (
  condition: 'Fired' | 'Resolved',
  eventId = '1001',
  alertId = '/subscriptions/s/providers/Microsoft.AlertsManagement/alerts/a1'
) => ({
  schemaId: 'azureMonitorCommonAlertSchema',
  data: {
    essentials: {
      alertId,
      alertRule: 'Certificate connector failures',
      severity: 'Sev2',
      signalType: 'Log',
      monitorCondition: condition,
      monitoringService: 'Log Alerts V2',
      alertTargetIDs: [
        '/subscriptions/s/resourcegroups/rg/providers/microsoft.operationalinsights/workspaces/w',
      ],
      originAlertId: 'o1',
      firedDateTime: '2026-12-08T00:00:00.000Z',
      ...(condition === 'Resolved' ? { resolvedDateTime: '2026-12-08T01:00:00.000Z' } : {}),
      description: '',
      essentialsVersion: '1.0',
      alertContextVersion: '1.0',
    },
    alertContext: {
      properties: null,
      conditionType: 'LogQueryCriteria',
      condition: {
        windowSize: 'PT15M',
        allOf: [
          {
            searchQuery: 'Event | where Source startswith "Microsoft-Intune-CertificateConnectors"',
            metricMeasureColumn: null,
            targetResourceTypes: "['Microsoft.OperationalInsights/workspaces']",
            operator: 'GreaterThan',
            threshold: '0',
            timeAggregation: 'Count',
            dimensions: [
              { name: 'EventID', value: eventId },
              { name: 'Computer', value: 'NDES01.contoso.com' },
              { name: 'Source', value: 'Microsoft-Intune-CertificateConnectors' },
            ],
            metricValue: 3,
            failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 },
          },
        ],
        windowStartTime: '2026-12-07T23:45:00Z',
        windowEndTime: '2026-12-08T00:00:00Z',
      },
    },
  },
});

const post = (path: string, body: unknown, type = 'application/json') =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': type },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('watch, unwatch, health', () => {
  it('watch answers with what is checked, how often, and a webhook address; watch again says so', async () => {
    const first = await watch(teamsMessage('watch'));
    expect(texts(first.card)).toEqual(
      expect.arrayContaining(['Watching the certificate chain here', 'Alert webhook'])
    );
    expect(first.path).toMatch(/^\/api\/alerts\/[A-Za-z0-9_-]{43}$/);
    const again = await watch(teamsMessage('watch'));
    expect(texts(again.card)).toContain('Already watching the certificate chain here');
    expect(again.path).toBe(first.path);
  });

  it('reads the digest hour in the conversation’s Teams time zone', async () => {
    const { card } = await watch(teamsMessage('watch', { extra: { localTimezone: 'Asia/Tokyo' } }));
    expect(texts(card).join(' ')).toContain('9:00 (Asia/Tokyo)');
    const odd = await watch(teamsMessage('watch', { extra: { localTimezone: '<b>x</b>' } }));
    expect(texts(odd.card).join(' ')).toContain('9:00 (UTC)');
  });

  it('health with nothing configured says what to set', async () => {
    const card = cardOf(await repliesTo(server, teamsMessage('health')));
    expect(texts(card)).toContain('Chain checks are not set up');
    expect(JSON.stringify(card)).toContain('GRAPH_TENANT_ID');
    expect(JSON.stringify(card)).toContain('DeviceManagementConfiguration.Read.All');
  });

  it('works by @mention in a channel', async () => {
    const { path } = await watch(mentionMessage('watch'));
    expect(path).toMatch(/^\/api\/alerts\//);
  });

  it('unwatch revokes the webhook address', async () => {
    const { path } = await watch(teamsMessage('watch'));
    const card = cardOf(await repliesTo(server, teamsMessage('unwatch')));
    expect(texts(card)).toContain('Stopped watching here');
    expect((await post(path, alert('Fired'))).status).toBe(404);
    const twice = cardOf(await repliesTo(server, teamsMessage('unwatch')));
    expect(texts(twice)).toContain('Not watching here');
  });

  it('a refused tenant cannot subscribe', async () => {
    await server.close();
    server = await startServer({
      STORAGE_PATH: mkdtempSync(join(tmpdir(), 'webhook-')),
      ALLOWED_TENANT_IDS: '99999999-0000-4000-8000-000000000000',
    });
    expect(await repliesTo(server, teamsMessage('watch'))).toEqual([]);
  });
});

describe('POST /api/alerts/<token>', () => {
  it('turns an Azure Monitor alert into a decoded card in the conversation that owns the address', async () => {
    const personal = await watch(teamsMessage('watch'));
    await watch(mentionMessage('watch', 'channel'));
    const res = await post(personal.path, alert('Fired'));
    expect(res.status).toBe(202);
    const [posted] = await connector.waitFor(1);
    expect(posted.conversationId).toBe('a:1personal');
    const [header, decoded] = posted.activity.attachments.map((a: any) => a.content);
    expect(seen(header)).toEqual(
      expect.arrayContaining(['Certificate connector failures fired', 'NDES01.contoso.com', 'Sev2'])
    );
    // The event explained as if pasted: PkcsRequestFailure from today's connector.
    expect(JSON.stringify(decoded)).toContain('PkcsRequestFailure');
    expect(JSON.stringify(posted.activity)).not.toMatch(/\$\{/);
  });

  it('Resolved updates the same message; a repeated delivery is posted once', async () => {
    const { path } = await watch(teamsMessage('watch'));
    await post(path, alert('Fired'));
    await post(path, alert('Fired'));
    const [fired] = await connector.waitFor(1);
    await post(path, alert('Resolved'));
    const all = await connector.waitFor(2);
    expect(all.map((p) => p.method)).toEqual(['POST', 'PUT']);
    expect(all[1].activityId).toBe('posted-1');
    expect(JSON.stringify(all[1].activity)).toContain('Resolved: Certificate connector failures');
    expect(fired.conversationId).toBe(all[1].conversationId);
    await new Promise((r) => setTimeout(r, 300));
    expect(connector.posted).toHaveLength(2);
  });

  it('answers an unknown token with 404 and never logs it', async () => {
    await watch(teamsMessage('watch'));
    const wrong = 'Q'.repeat(43);
    const res = await post(`/api/alerts/${wrong}`, alert('Fired'));
    expect(res.status).toBe(404);
    expect((await post('/api/alerts/short', alert('Fired'))).status).toBe(404);
    expect(log.lines.join('\n')).not.toContain(wrong);
    expect(
      log.records().filter((r) => r.event === 'alert' && r.refusal === 'unknown_token')
    ).toHaveLength(2);
    expect(connector.posted).toEqual([]);
  });

  it.each<[string, unknown, string, number]>([
    ['not JSON', 'schemaId=x', 'application/x-www-form-urlencoded', 415],
    ['malformed JSON', '{"schemaId":', 'application/json', 400],
    [
      'another schema',
      { schemaId: 'Microsoft.Insights/activityLogs', data: {} },
      'application/json',
      400,
    ],
    [
      'no essentials',
      { schemaId: 'azureMonitorCommonAlertSchema', data: {} },
      'application/json',
      400,
    ],
    ['a list', [1, 2], 'application/json', 400],
    ['over 64 KB', { ...alert('Fired'), pad: 'x'.repeat(70_000) }, 'application/json', 413],
  ])('refuses %s (%s) with %d, never 5xx, and posts nothing', async (_name, body, type, status) => {
    const { path } = await watch(teamsMessage('watch'));
    const res = await post(path, body, type);
    expect(res.status).toBe(status);
    await new Promise((r) => setTimeout(r, 100));
    expect(connector.posted).toEqual([]);
  });

  it('answers arbitrary JSON in any field of the schema with 202 or 400, never 5xx', async () => {
    const { path } = await watch(teamsMessage('watch'));
    const json = fc.jsonValue({ maxDepth: 3 });
    const bodies = fc.oneof(
      json,
      fc.record({ schemaId: fc.constant('azureMonitorCommonAlertSchema'), data: json }),
      fc.record({
        schemaId: fc.constant('azureMonitorCommonAlertSchema'),
        data: fc.record({
          essentials: fc.record({
            alertId: json,
            monitorCondition: fc.constantFrom('Fired', 'Resolved', 1, null),
            alertRule: json,
          }),
          alertContext: fc.record({
            condition: fc.record({
              allOf: fc.array(fc.record({ dimensions: json, metricValue: json })),
            }),
          }),
        }),
      })
    );
    await fc.assert(
      fc.asyncProperty(bodies, async (body) => {
        const res = await post(path, body);
        expect([202, 400]).toContain(res.status);
      }),
      { numRuns: 60 }
    );
  });

  it('logs no alert content and no token', async () => {
    const { path } = await watch(teamsMessage('watch'));
    await post(path, alert('Fired'));
    await connector.waitFor(1);
    const text = log.lines.join('\n');
    expect(text).not.toContain(path.split('/').pop());
    expect(text).not.toContain('NDES01.contoso.com');
    expect(text).not.toContain('Certificate connector failures');
  });
});

describe('with the store unreachable', () => {
  it('still answers questions; watch apologises; the webhook says try later (429), never 5xx', async () => {
    await server.close();
    server = await startServer({
      STORAGE_CONNECTION_STRING:
        'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:1/devstoreaccount1;',
    });
    const answer = cardOf(await repliesTo(server, teamsMessage('what is 0x411')));
    expect(JSON.stringify(answer)).toContain('0x00000411');
    const watchReplies = await repliesTo(server, teamsMessage('watch'));
    expect(watchReplies[0].text).toContain('cannot reach my alert store');
    const res = await post(`/api/alerts/${'A'.repeat(43)}`, alert('Fired'));
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('60');
  });
});
