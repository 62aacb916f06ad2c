import { spawn } from 'node:child_process';
import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer as createNetServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import {
  channelClaims,
  forgedTokens,
  RULED_OUT_BY_ITSELF,
  startKeyPublisher,
  validToken,
  type KeyPublisher,
} from '../helpers/bot-tokens';
import { cardText } from '../helpers/cards';
import { captureLogger } from '../helpers/capture-logger';
import { repliesTo, cardOf, startServer, type RunningServer } from '../helpers/start-server';
import { TENANT, botAdded, teamsMessage } from '../helpers/teams-activity';
import { serverArgs } from '../helpers/source-process';

/**
 * Each finding of the second hardening review (issue 14), reproduced through the real server with
 * the request that found it, and the answer it must get now.
 */

const APP_ID = '0a1b2c3d-1111-4222-8333-444455556666';
const SERVICE_URL = 'https://smba.trafficmanager.net/amer/';
const OTHER_TENANT = '99999999-9999-4999-8999-999999999999';

/** Replies to the user (activities of type message) among an expectReplies answer. */
const messagesIn = (body: any): any[] =>
  (body?.activities ?? []).filter((a: any) => a.type === 'message');

describe('every path caps its text', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ MAX_BODY_BYTES: String(512 * 1024) });
  });
  afterAll(() => server.close());
  const huge = '1000 '.repeat(50_000); // 250 KB

  it('selectItem with a 250 KB id answers, with the cut noted', async () => {
    const res = await server.post({
      ...teamsMessage(''),
      type: 'invoke',
      name: 'composeExtension/selectItem',
      value: { id: huge },
    });
    expect(res.status).toBe(200);
    const card = res.body.composeExtension.attachments[0].content;
    expect(cardText(card)).toMatch(/only the first 100,000 characters were checked/);
  });

  it('Action.Execute with a 250 KB query answers, with the cut noted', async () => {
    const res = await server.post({
      ...teamsMessage(''),
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: 'open', data: { query: huge } } },
    });
    expect(res.status).toBe(200);
    expect(cardText(res.body.value)).toMatch(/only the first 100,000 characters were checked/);
  });

  it('Action.Submit and compose-box search with 250 KB answer normally', async () => {
    const submit = await repliesTo(server, teamsMessage('', { extra: { value: { query: huge } } }));
    expect(cardText(cardOf(submit))).toMatch(/only the first 100,000 characters were checked/);
    const search = await server.post({
      ...teamsMessage(''),
      type: 'invoke',
      name: 'composeExtension/query',
      value: { commandId: 'searchCatalog', parameters: [{ name: 'query', value: huge }] },
    });
    expect(search.status).toBe(200);
    expect(search.body.composeExtension.type).toBe('result');
  });
});

describe('local mode is closed to other machines and other sites', () => {
  it('listens on loopback unless HOST says otherwise', async () => {
    const local = await startServer();
    try {
      expect((local.app.server.address() as AddressInfo).address).toBe('127.0.0.1');
    } finally {
      await local.close();
    }
    const open = await startServer({ HOST: '0.0.0.0' });
    try {
      expect((open.app.server.address() as AddressInfo).address).toBe('0.0.0.0');
    } finally {
      await open.close();
    }
  });

  it('accepts only application/json, so a form on any web page cannot make the bot post anywhere', async () => {
    let reached = 0;
    const target = createHttpServer((_req, res) => {
      reached++;
      res.end('{}');
    });
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', () => resolve()));
    const serviceUrl = `http://127.0.0.1:${(target.address() as AddressInfo).port}/anything/`;
    const { logger, records } = captureLogger();
    const server = await startServer({}, { logger });
    try {
      const form = new URLSearchParams({
        type: 'message',
        text: 'what is 0x411',
        serviceUrl,
        'conversation[id]': 'a:1',
      });
      const multipart = new FormData();
      multipart.set('type', 'message');
      multipart.set('serviceUrl', serviceUrl);
      const url = `${server.url}/api/messages`;
      const sent = [
        await fetch(url, { method: 'POST', body: form }),
        await fetch(url, { method: 'POST', body: multipart }),
        await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: JSON.stringify({ type: 'message', serviceUrl, text: 'x' }),
        }),
        await fetch(url, { method: 'POST', body: JSON.stringify({ type: 'message', serviceUrl }) }),
      ];
      expect(sent.map((r) => r.status)).toEqual([415, 415, 415, 415]);
      expect(reached).toBe(0);
      const refusals = records().filter((r) => r.event === 'turn' && r.status === 415);
      expect(refusals).toHaveLength(4);
    } finally {
      await server.close();
      target.close();
    }
  });

  it('gives up on a serviceUrl that never answers', async () => {
    let connections = 0;
    const silent = createNetServer(() => void connections++);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', () => resolve()));
    const serviceUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`;
    const { logger, records } = captureLogger();
    const server = await startServer({ OUTBOUND_TIMEOUT_MS: '300' }, { logger });
    try {
      const res = await server.post(teamsMessage('what is 0x411', { extra: { serviceUrl } }));
      expect(res.status).toBeLessThan(500);
      expect(connections).toBeGreaterThan(0);
      expect(records().some((r) => r.event === 'turn_error')).toBe(true);
      // No apology is tried on the address that just failed: the request ends after one timeout.
      expect(records().some((r) => r.event === 'turn_error_reply_failed')).toBe(false);
    } finally {
      await server.close();
      silent.close();
    }
  });
});

describe('tokens, with credentials set', () => {
  let keys: KeyPublisher;
  let server: RunningServer;
  const { logger, records } = captureLogger();
  const claims = channelClaims(APP_ID, SERVICE_URL);
  let consoleError: jest.SpyInstance;

  beforeAll(async () => {
    keys = await startKeyPublisher();
    server = await startServer(
      {
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'S3cr3t~Value.For-Tests_only',
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppTenantId: TENANT,
        ToBotFromChannelOpenIdMetadataUrl: keys.metadataUrl,
      },
      { logger }
    );
    consoleError = jest.spyOn(console, 'error');
  });
  afterAll(async () => {
    consoleError.mockRestore();
    await server.close();
    await keys.close();
  });

  it('answers a token signed with the published key (the gate is not simply shut)', async () => {
    const replies = await server.post(
      { ...teamsMessage('what is 0x411'), deliveryMode: 'expectReplies' },
      { authorization: `Bearer ${validToken(claims)}` }
    );
    expect(replies.status).toBe(200);
    expect(cardText(cardOf(messagesIn(replies.body)))).toContain('0x00000411');
  });

  it.each(Object.entries(forgedTokens(claims)))(
    'answers 401 to a forged token: %s',
    async (name, token) => {
      const before = keys.hits();
      const res = await server.post(
        { ...teamsMessage('what is 0x411'), deliveryMode: 'expectReplies' },
        { authorization: `Bearer ${token}` }
      );
      expect(res.status).toBe(401);
      expect(JSON.stringify(res.body)).not.toContain('0x00000411');
      if (RULED_OUT_BY_ITSELF.includes(name)) expect(keys.hits()).toBe(before);
      const last = records()
        .filter((r) => r.event === 'turn')
        .pop();
      expect(last).toMatchObject({ status: 401 });
      expect(typeof last.refusal).toBe('string');
    }
  );

  it('writes nothing to the console for refused tokens', () => {
    expect(consoleError).not.toHaveBeenCalled();
  });
});

describe('refused tokens in a real process', () => {
  it('writes one turn line per refused token and nothing on stderr', async () => {
    const keys = await startKeyPublisher();
    const child = spawn(process.execPath, serverArgs(), {
      env: {
        ...process.env,
        PORT: '0',
        LOG_LEVEL: 'info',
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'S3cr3t~Value.For-Tests_only',
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppTenantId: TENANT,
        ToBotFromChannelOpenIdMetadataUrl: keys.metadataUrl,
        HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      const port = await new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no start-up line')), 15000);
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          const started = /"event":"started".*?"port":(\d+)/.exec(stdout);
          if (started) {
            clearTimeout(timer);
            resolve(Number(started[1]));
          }
        });
      });
      const tokens = Object.values(forgedTokens(channelClaims(APP_ID, SERVICE_URL)));
      for (const token of tokens) {
        const res = await fetch(`http://127.0.0.1:${port}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(teamsMessage('what is 0x411')),
        });
        expect(res.status).toBe(401);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      const turns = stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line))
        .filter((r) => r.event === 'turn');
      expect(turns).toHaveLength(tokens.length);
      for (const turn of turns) expect(turn).toMatchObject({ status: 401 });
      expect(stderr).toBe('');
    } finally {
      child.kill('SIGTERM');
      await keys.close();
    }
  });
});

describe('malformed activities get 400, before authentication', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it.each([
    ['no type', { text: 'x' }],
    ['a number for type', { type: 5, text: 'x' }],
    ['an empty type', { type: '', text: 'x' }],
    ['an array', [{ type: 'message' }]],
    ['a string', 'message'],
    ['null', null],
  ])('%s', async (_name, body) => {
    const res = await server.post(JSON.stringify(body));
    expect(res.status).toBe(400);
  });

  it('answers 400 in production mode too, before the signature is checked', async () => {
    // No key publisher: a token that reached signature validation could not be checked at all.
    // A missing or ruled-out token is refused first, from the headers (slow-connections.test.ts).
    const prod = await startServer({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'x',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: TENANT,
    });
    try {
      const plausible = validToken(channelClaims(APP_ID, SERVICE_URL));
      const res = await prod.post({ text: 'x' }, { authorization: `Bearer ${plausible}` });
      expect(res.status).toBe(400);
      expect((await prod.post({ text: 'x' })).status).toBe(401);
    } finally {
      await prod.close();
    }
  });
});

describe('wrong types in activity fields', () => {
  const { logger, records } = captureLogger();
  let server: RunningServer;
  let open: RunningServer;
  beforeAll(async () => {
    server = await startServer({ ALLOWED_TENANT_IDS: TENANT }, { logger });
    open = await startServer();
  });
  afterAll(async () => {
    await server.close();
    await open.close();
  });
  const noApology = (body: any) =>
    expect(JSON.stringify(body ?? '')).not.toMatch(/Sorry|申し訳|correlation/i);

  it('answers a number for locale', async () => {
    const res = await server.post({
      ...teamsMessage('what is 0x411'),
      locale: 5,
      deliveryMode: 'expectReplies',
    });
    expect(res.status).toBe(200);
    expect(cardText(cardOf(messagesIn(res.body)))).toContain('0x00000411');
  });

  it('refuses, silently, a tenant id that is not a string', async () => {
    const activity = teamsMessage('what is 0x411');
    const res = await server.post({
      ...activity,
      conversation: { ...activity.conversation, tenantId: 12345 },
      channelData: { tenant: { id: { nested: true } } },
      deliveryMode: 'expectReplies',
    });
    expect(res.status).toBe(200);
    expect(messagesIn(res.body)).toEqual([]);
  });

  it('refuses when one tenant id is allowed and the other is of the wrong type or too long', async () => {
    const activity = teamsMessage('what is 0x411');
    const allowedOne = { tenant: { id: TENANT } };
    for (const [tenantId, channelData] of [
      [12345, allowedOne],
      ['x'.repeat(5_000), allowedOne],
      [TENANT, { tenant: { id: 42 } }],
      [TENANT, { tenant: 'not an object' }],
    ]) {
      const res = await server.post({
        ...activity,
        conversation: { ...activity.conversation, tenantId },
        channelData,
        deliveryMode: 'expectReplies',
      });
      expect(res.status).toBe(200);
      expect(messagesIn(res.body)).toEqual([]);
    }
  });

  it('refuses when the tenant ids disagree (one allowed, one not)', async () => {
    const activity = teamsMessage('what is 0x411');
    const res = await server.post({
      ...activity,
      channelData: { tenant: { id: OTHER_TENANT } },
      deliveryMode: 'expectReplies',
    });
    expect(res.status).toBe(200);
    expect(messagesIn(res.body)).toEqual([]);
    expect(
      records()
        .filter((r) => r.event === 'tenant_refused')
        .pop()
    ).toMatchObject({
      tenantId: OTHER_TENANT,
    });
  });

  it('answers a malformed Action.Execute with a 4xx invoke response and no apology', async () => {
    for (const value of ['x', { action: 'x' }, { action: { verb: 5 } }, null]) {
      const res = await open.post({
        ...teamsMessage(''),
        type: 'invoke',
        name: 'adaptiveCard/action',
        value,
      });
      expect(res.status).toBe(400);
      expect(res.body.statusCode).toBe(400);
      noApology(res.body);
    }
  });

  it('answers compose-box parameters of the wrong shape with results, not an error', async () => {
    for (const value of [{ parameters: [null] }, { parameters: 'x' }, 'x', { parameters: [5] }]) {
      const res = await open.post({
        ...teamsMessage(''),
        type: 'invoke',
        name: 'composeExtension/query',
        value,
      });
      expect(res.status).toBe(200);
      expect(res.body.composeExtension.type).toBe('result');
      noApology(res.body);
    }
  });

  it('ignores null members and says nothing when the bot is not among them', async () => {
    const res = await open.post({
      ...botAdded(),
      membersAdded: [null, 5, { id: 7 }],
      deliveryMode: 'expectReplies',
    });
    expect(res.status).toBe(200);
    expect(messagesIn(res.body)).toEqual([]);
  });
});

describe('what a request can put in the log', () => {
  it('bounds and reduces every value: tenant id, invoke name, activity type, conversation type', async () => {
    const { logger, lines } = captureLogger();
    const server = await startServer({ ALLOWED_TENANT_IDS: TENANT }, { logger });
    try {
      const long = `<script>${'x'.repeat(200_000)}`;
      const activity = teamsMessage('hi');
      await server.post({
        ...activity,
        type: 'invoke',
        name: long.slice(0, 900),
        conversation: {
          ...activity.conversation,
          tenantId: long,
          conversationType: long.slice(0, 900),
        },
        channelData: { tenant: { id: long } },
      });
      await server.post({
        ...activity,
        type: `x\n${'y'.repeat(90)}`,
        deliveryMode: 'expectReplies',
      });
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) {
        expect(line.length).toBeLessThan(2000);
        expect(line).not.toContain('<script>');
        expect(line).not.toContain('\\n');
      }
    } finally {
      await server.close();
    }
  });
});

describe('the preview page', () => {
  it('shows a query that contains a template placeholder as text', async () => {
    const server = await startServer();
    try {
      const page = await (await fetch(`${server.url}/preview?q=__REPLY__%20__QUERY__`)).text();
      expect(page).toMatch(/>\s*__REPLY__ __QUERY__<\/textarea/);
      const reply = page.match(
        /<script id="reply" type="application\/json">([^<]*)<\/script>/
      )?.[1];
      expect(JSON.parse(reply ?? '')).toMatchObject({ type: 'message' });
    } finally {
      await server.close();
    }
  });
});

/** One raw request with the exact headers and body given (fetch would set its own Host). */
function rawPost(
  url: string,
  headers: Record<string, string>,
  body: Buffer | string
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${url}/api/messages`,
      { method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') })
        );
      }
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('bodies a channel never sends are refused before anything reads them (third review)', () => {
  let server: RunningServer;
  let records: () => Array<Record<string, unknown>>;
  beforeAll(async () => {
    const captured = captureLogger();
    records = captured.records;
    server = await startServer({ MAX_BODY_BYTES: String(64 * 1024) }, { logger: captured.logger });
  });
  afterAll(() => server.close());

  it('refuses a compressed body with 415, broken or a bomb, and keeps running', async () => {
    const broken = await rawPost(server.url, { 'content-encoding': 'gzip' }, 'x');
    const bomb = await rawPost(
      server.url,
      { 'content-encoding': 'gzip' },
      gzipSync(Buffer.alloc(50_000_000))
    );
    expect([broken.status, bomb.status]).toEqual([415, 415]);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(records().filter((r) => r.refusal === 'encoded_body')).toHaveLength(2);
  });

  it('counts a body without a length while it arrives: 413', async () => {
    const res = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        `${server.url}/api/messages`,
        { method: 'POST', headers: { 'content-type': 'application/json' } },
        (r) => {
          r.resume();
          resolve(r.statusCode ?? 0);
        }
      );
      req.on('error', reject);
      for (let i = 0; i < 20; i++) req.write(' '.repeat(8192));
      req.end('{}');
    });
    expect(res).toBe(413);
  });

  it('answers malformed JSON with 400 that echoes nothing, and logs the turn', async () => {
    const res = await rawPost(server.url, {}, '{"type":"message","text":"SECRET-\u0000');
    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(/SECRET/);
    expect(records().some((r) => r.refusal === 'malformed_json' && r.status === 400)).toBe(true);
  });

  it('answers only requests addressed to this machine (no DNS rebinding)', async () => {
    const body = JSON.stringify(
      teamsMessage('0x411', { extra: { deliveryMode: 'expectReplies' } })
    );
    const rebound = await rawPost(server.url, { host: 'attacker.example:3978' }, body);
    expect(rebound.status).toBe(421);
    const local = await rawPost(server.url, { host: 'localhost:3978' }, body);
    expect(local.status).toBe(200);
  });
});

describe('message edits and deletions are acknowledged, never an apology (third review)', () => {
  it.each(['messageUpdate', 'messageDelete'])('%s, with or without channel data', async (type) => {
    const { logger, records } = captureLogger();
    const server = await startServer({ ALLOWED_TENANT_IDS: TENANT }, { logger });
    try {
      for (const extra of [
        {},
        { channelData: 'x' },
        { conversation: { id: 'a', tenantId: OTHER_TENANT } },
      ]) {
        const res = await server.post({
          ...teamsMessage(''),
          type,
          deliveryMode: 'expectReplies',
          ...extra,
        });
        expect(res.status).toBeLessThan(500);
        expect(messagesIn(res.body)).toEqual([]);
      }
      expect(records().some((r) => r.event === 'turn_error')).toBe(false);
      expect(records().some((r) => r.event === 'tenant_refused')).toBe(true);
    } finally {
      await server.close();
    }
  });
});
