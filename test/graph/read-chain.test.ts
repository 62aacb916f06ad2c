import { createGraphReader, retryAfterMs } from '../../src/graph/read-chain';
import { graphConnector, startGraphServer, type GraphServer } from '../helpers/graph-server';

let graph: GraphServer;
beforeEach(async () => {
  graph = await startGraphServer();
});
afterEach(() => graph.close());

const reader = (token = async () => 'tok' as string | undefined) => {
  const waits: number[] = [];
  const r = createGraphReader({
    baseUrl: graph.baseUrl,
    token,
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
  return Object.assign(r, { waits });
};

describe('reading the chain from Graph', () => {
  it('follows @odata.nextLink through every page and sends the bearer token each time', async () => {
    graph.connectors = Array.from({ length: 7 }, (_, i) =>
      graphConnector({ id: `c${i}`, displayName: `NDES0${i}` })
    );
    graph.pageSize = 3;
    const result = await reader().readChain();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.snapshot.connectors.map((c) => c.id)).toEqual([
      'c0',
      'c1',
      'c2',
      'c3',
      'c4',
      'c5',
      'c6',
    ]);
    const connectorCalls = graph.requests.filter((r) => r.path.includes('ndesConnectors'));
    expect(connectorCalls).toHaveLength(3);
    expect(connectorCalls.every((r) => r.authorization === 'Bearer tok')).toBe(true);
  });

  it('reads the documented connector fields and type-checks them', async () => {
    graph.connectors = [
      graphConnector({ id: 'c1', state: 'inactive', connectorVersion: '6.2406.0.2002' }),
      graphConnector({ id: 42, displayName: 'no id' }),
      graphConnector({ id: 'c2', displayName: { evil: true }, state: null }),
    ];
    const result = await reader().readChain();
    if (!result.ok) throw new Error('expected a reading');
    expect(result.snapshot.connectors).toEqual([
      expect.objectContaining({
        id: 'c1',
        state: 'inactive',
        connectorVersion: '6.2406.0.2002',
        machineName: 'NDES01.contoso.com',
      }),
      expect.objectContaining({ id: 'c2', displayName: '', state: '' }),
    ]);
  });

  it('reads Cloud PKI CAs where the tenant has them, and goes on without them where it does not', async () => {
    graph.connectors = [graphConnector()];
    const none = await reader().readChain();
    expect(none).toMatchObject({ ok: true, cloudPkiDenied: false });
    expect(none.ok && none.snapshot.cloudCas).toBeUndefined();
    graph.cloudCas = [
      {
        id: 'ca1',
        displayName: 'Contoso Issuing CA',
        certificationAuthorityStatus: 'paused',
        validityEndDateTime: '2027-01-01T00:00:00Z',
        cloudCertificationAuthorityType: 'issuingCertificationAuthority',
      },
    ];
    const some = await reader().readChain();
    expect(some.ok && some.snapshot.cloudCas).toEqual([
      {
        id: 'ca1',
        displayName: 'Contoso Issuing CA',
        status: 'paused',
        validityEndDateTime: '2027-01-01T00:00:00Z',
      },
    ]);
    graph.cloudPkiFailWith = 403;
    const denied = await reader().readChain();
    expect(denied).toMatchObject({ ok: true, cloudPkiDenied: true });
  });

  it('waits as Retry-After says after 429, then goes on', async () => {
    graph.connectors = [graphConnector()];
    graph.throttle = 2;
    const r = reader();
    const result = await r.readChain();
    expect(result.ok).toBe(true);
    expect(r.waits).toEqual([1000, 1000]);
  });

  it('gives up after three retries and says it was throttled', async () => {
    graph.throttle = 10;
    const result = await reader().readChain();
    expect(result).toEqual({ ok: false, reason: 'throttled', status: 429 });
  });

  it.each([401, 403])('turns %d into the permission to grant', async (status) => {
    graph.failWith = status;
    const result = await reader().readChain();
    expect(result).toEqual({
      ok: false,
      reason: 'permission',
      status,
      permission: 'DeviceManagementConfiguration.Read.All',
    });
  });

  it('calls a loopback Graph without a token in local mode', async () => {
    graph.connectors = [graphConnector()];
    await reader(async () => undefined).readChain();
    expect(graph.requests[0].authorization).toBe('');
  });

  it('never follows a nextLink to another host with the token', async () => {
    const other = await startGraphServer();
    try {
      graph.connectors = [graphConnector({ id: 'c1' })];
      const r = createGraphReader({
        baseUrl: graph.baseUrl,
        token: async () => 'tok',
        fetch: async (url, init) => {
          const response = await fetch(url, init);
          const body = (await response.json()) as Record<string, unknown>;
          if (String(url).includes('ndesConnectors'))
            body['@odata.nextLink'] = `${other.baseUrl}/beta/deviceManagement/ndesConnectors`;
          return new Response(JSON.stringify(body), { status: response.status });
        },
      });
      await r.readChain();
      expect(other.requests).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('reports a Graph that fails or cannot be reached as failed, never throws', async () => {
    graph.failWith = 500;
    expect(await reader().readChain()).toEqual({ ok: false, reason: 'failed', status: 500 });
    const gone = createGraphReader({ baseUrl: 'http://127.0.0.1:1', token: async () => undefined });
    expect(await gone.readChain()).toEqual({ ok: false, reason: 'failed' });
    const badToken = createGraphReader({
      baseUrl: graph.baseUrl,
      token: async () => {
        throw new Error('AADSTS7000215');
      },
    });
    expect(await badToken.readChain()).toMatchObject({ ok: false, reason: 'permission' });
  });
});

describe('retryAfterMs', () => {
  it.each<[string | null, number, number]>([
    ['1', 0, 1000],
    ['30', 2, 30_000],
    ['100000', 0, 120_000],
    [null, 0, 2000],
    [null, 2, 8000],
    ['soon', 1, 4000],
  ])('Retry-After %p on attempt %d waits %d ms', (header, attempt, ms) => {
    expect(retryAfterMs(header, attempt)).toBe(ms);
  });
});
