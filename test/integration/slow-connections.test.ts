import { createServer as createHttpServer } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { channelClaims, validToken } from '../helpers/bot-tokens';
import { captureLogger } from '../helpers/capture-logger';
import { startServer, type RunningServer } from '../helpers/start-server';
import { TENANT, teamsMessage } from '../helpers/teams-activity';

/**
 * Issue 22 item 3: with credentials configured, requests that cannot authenticate are answered
 * from their headers alone, and slow or stalled requests cannot hold a connection past the request
 * timeout; extra connections beyond the cap are refused. All through the real server, on raw sockets
 * so a body can be left unfinished.
 */

const APP_ID = '0a1b2c3d-1111-4222-8333-444455556666';
const CREDENTIALS = {
  MicrosoftAppId: APP_ID,
  MicrosoftAppPassword: 'S3cr3t~Value.For-Tests_only',
  MicrosoftAppType: 'SingleTenant',
  MicrosoftAppTenantId: TENANT,
};
const SERVICE_URL = 'https://smba.trafficmanager.net/amer/';

interface Exchange {
  /** Everything the server wrote before closing or before the wait ended. */
  received: string;
  /** Milliseconds from the request's start to the first byte of the answer, if any came. */
  answeredAfter?: number;
  /** Milliseconds from the request's start to the server closing the connection, if it did. */
  closedAfter?: number;
}

/**
 * Opens a raw connection, writes `head` (and optionally trickles more), then waits up to `waitMs`
 * for the server to answer and close. The body is never finished.
 */
function stalledRequest(
  url: string,
  head: string,
  waitMs: number,
  trickle?: { every: number; byte: string }
): Promise<Exchange> {
  const { port } = new URL(url);
  return new Promise((resolve) => {
    const started = Date.now();
    const result: Exchange = { received: '' };
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(head));
    const drip = trickle
      ? setInterval(() => {
          if (!socket.destroyed) socket.write(trickle.byte);
        }, trickle.every)
      : undefined;
    const finish = () => {
      clearTimeout(timer);
      if (drip) clearInterval(drip);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(finish, waitMs);
    socket.on('data', (chunk: Buffer) => {
      result.answeredAfter ??= Date.now() - started;
      result.received += chunk.toString('latin1');
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      result.closedAfter = Date.now() - started;
      finish();
    });
  });
}

/** Request headers for a JSON post that promises `length` bytes of body. */
function head(length: number, extra: Record<string, string> = {}): string {
  const lines = [
    'POST /api/messages HTTP/1.1',
    'Host: 127.0.0.1',
    'Content-Type: application/json',
    `Content-Length: ${length}`,
    ...Object.entries(extra).map(([k, v]) => `${k}: ${v}`),
  ];
  return `${lines.join('\r\n')}\r\n\r\n`;
}

const statusOf = (exchange: Exchange) => /^HTTP\/1\.1 (\d{3})/.exec(exchange.received)?.[1];

describe('requests that cannot authenticate are refused from their headers (issue 22, item 3)', () => {
  let server: RunningServer;
  const { logger, records } = captureLogger();
  beforeAll(async () => {
    // The default request timeout (seconds): an answer within a second can only come from the headers.
    server = await startServer(CREDENTIALS, { logger });
  });
  afterAll(() => server.close());

  const plausibleButUnsigned = validToken(channelClaims(APP_ID, SERVICE_URL))
    .split('.')
    .slice(0, 2)
    .join('.');
  it.each([
    ['no Authorization header', {}],
    ['a Basic header', { Authorization: 'Basic dXNlcjpwYXNz' }],
    ['Bearer with one part', { Authorization: 'Bearer abc' }],
    ['Bearer with two parts', { Authorization: `Bearer ${plausibleButUnsigned}` }],
    ['Bearer with parts that are not base64url', { Authorization: 'Bearer a+b.c/d.e=f' }],
    ['Bearer with three parts that are not JSON', { Authorization: 'Bearer abc.def.ghi' }],
  ])('%s: 401 at once, with the body still unsent', async (_name, extra) => {
    const exchange = await stalledRequest(server.url, head(200_000, extra) + '{"type":', 3000);
    expect(statusOf(exchange)).toBe('401');
    expect(exchange.answeredAfter).toBeLessThan(1000);
    // The unread body is not waited for: the connection ends with the answer.
    expect(exchange.closedAfter).toBeLessThan(1500);
    const turn = records()
      .filter((r) => r.event === 'turn')
      .pop();
    expect(turn).toMatchObject({ status: 401 });
    expect(typeof turn.refusal).toBe('string');
  });
});

describe('slow requests are cut at the request timeout (issue 22, item 3)', () => {
  let server: RunningServer;
  const token = validToken(channelClaims(APP_ID, SERVICE_URL));
  beforeAll(async () => {
    server = await startServer({ ...CREDENTIALS, REQUEST_TIMEOUT_MS: '600' });
  });
  afterAll(() => server.close());

  it('cuts a stalled body behind a well-formed token at the timeout, not before', async () => {
    const exchange = await stalledRequest(
      server.url,
      head(200_000, { Authorization: `Bearer ${token}` }) + '{"type":',
      4000
    );
    expect(exchange.closedAfter).toBeDefined();
    expect(exchange.closedAfter).toBeGreaterThanOrEqual(550);
    expect(exchange.closedAfter).toBeLessThan(2500);
    expect(statusOf(exchange)).toBe('408');
  });

  it('cuts a body that trickles in a byte at a time at the same timeout', async () => {
    const exchange = await stalledRequest(
      server.url,
      head(200_000, { Authorization: `Bearer ${token}` }) + '{"text":"',
      4000,
      { every: 50, byte: 'x' }
    );
    expect(exchange.closedAfter).toBeGreaterThanOrEqual(550);
    expect(exchange.closedAfter).toBeLessThan(2500);
  });

  it('cuts headers that never finish', async () => {
    const exchange = await stalledRequest(
      server.url,
      'POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\n',
      4000,
      { every: 50, byte: 'X' }
    );
    expect(exchange.closedAfter).toBeDefined();
    expect(exchange.closedAfter).toBeLessThan(2500);
  });

  it('still answers a request that arrives in time', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
  });
});

describe('connections beyond the cap are refused (issue 22, item 3)', () => {
  let server: RunningServer;
  const held: Socket[] = [];
  beforeAll(async () => {
    server = await startServer({ ...CREDENTIALS, MAX_CONNECTIONS: '3' });
  });
  afterAll(async () => {
    for (const socket of held) socket.destroy();
    await server.close();
  });

  const open = () =>
    new Promise<Socket>((resolve) => {
      const socket = connect(Number(new URL(server.url).port), '127.0.0.1', () => resolve(socket));
      socket.on('error', () => undefined);
    });
  const connections = () =>
    new Promise<number>((resolve) =>
      server.app.server.server.getConnections((_e, count) => resolve(count))
    );

  it('closes an extra connection at once while the cap is held, and accepts again after', async () => {
    for (let i = 0; i < 3; i++) held.push(await open());
    for (let i = 0; i < 50 && (await connections()) < 3; i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(await connections()).toBe(3);

    const extra = await open();
    const closed = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 1500);
      extra.on('close', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    extra.destroy();
    expect(closed).toBe(true);

    held.pop()!.destroy();
    for (let i = 0; i < 50 && (await connections()) > 2; i++)
      await new Promise((r) => setTimeout(r, 20));
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
  });
});

describe('the outgoing timeout covers the whole call, body too (issue 22, item 6)', () => {
  it('gives up on a serviceUrl that sends its headers and then stalls the body', async () => {
    let calls = 0;
    const stalls: Array<ReturnType<typeof setTimeout>> = [];
    const stalling = createHttpServer((req, res) => {
      calls++;
      req.resume();
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"id":"');
      // Ends long after the timeout, so a call that waits for the body is seen to wait.
      stalls.push(setTimeout(() => res.end('x'.repeat(993)), 8000));
    });
    await new Promise<void>((resolve) => stalling.listen(0, '127.0.0.1', () => resolve()));
    const serviceUrl = `http://127.0.0.1:${(stalling.address() as AddressInfo).port}/`;
    const { logger, records } = captureLogger();
    const server = await startServer({ OUTBOUND_TIMEOUT_MS: '500' }, { logger });
    try {
      const started = Date.now();
      const res = await server.post(teamsMessage('what is 0x411', { extra: { serviceUrl } }));
      const took = Date.now() - started;
      expect(calls).toBeGreaterThan(0);
      expect(took).toBeLessThan(3000);
      expect(res.status).toBeLessThan(500);
      expect(records().some((r) => r.event === 'turn_error')).toBe(true);
      // The call was cut by the timeout, so no apology waits on the same stalled address.
      expect(records().some((r) => r.event === 'turn_error_reply_failed')).toBe(false);
    } finally {
      for (const stall of stalls) clearTimeout(stall);
      await server.close();
      stalling.closeAllConnections();
      stalling.close();
    }
  });
});
