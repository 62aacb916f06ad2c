import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { captureLogger } from '../helpers/capture-logger';
import { repliesTo, cardOf, startServer } from '../helpers/start-server';
import { cardText } from '../helpers/cards';
import { TENANT, teamsMessage } from '../helpers/teams-activity';
import { serverArgs } from '../helpers/source-process';

const SECRET = 'S3cr3t~Value.For-Tests_only';
const CREDENTIALS = {
  MicrosoftAppId: '0a1b2c3d-1111-4222-8333-444455556666',
  MicrosoftAppPassword: SECRET,
  MicrosoftAppType: 'SingleTenant',
  MicrosoftAppTenantId: TENANT,
};

describe('authentication', () => {
  it('answers 401 to a request without a Bot Framework token when credentials are configured', async () => {
    const { logger, lines } = captureLogger();
    const server = await startServer(CREDENTIALS, { logger });
    try {
      const res = await server.post(teamsMessage('what is 0x411'));
      expect(res.status).toBe(401);
      const forged = await server.post(teamsMessage('what is 0x411'), {
        authorization: 'Bearer not-a-token',
      });
      expect(forged.status).toBe(401);
      expect(JSON.stringify(res.body)).not.toContain('0x00000411');
      expect(lines.join('\n')).not.toContain(SECRET);
      const health = (await (await fetch(`${server.url}/healthz`)).json()) as Record<
        string,
        unknown
      >;
      expect(Object.keys(health).sort()).toEqual(['status', 'version']);
      expect(health.status).toBe('ok');
      expect(JSON.stringify(health)).not.toContain(SECRET);
    } finally {
      await server.close();
    }
  });
});

describe('tenant allowlist through the real server', () => {
  it('gives no catalog content to another tenant and logs only its id', async () => {
    const { logger, records } = captureLogger();
    const server = await startServer(
      { ALLOWED_TENANT_IDS: '99999999-9999-4999-8999-999999999999' },
      { logger }
    );
    try {
      expect(await repliesTo(server, teamsMessage('what is 0x411'))).toEqual([]);
      const refused = records().find((r) => r.event === 'tenant_refused');
      expect(refused).toMatchObject({ tenantId: TENANT });
      expect(JSON.stringify(records())).not.toContain('what is 0x411');
    } finally {
      await server.close();
    }
  });

  it('answers an allowed tenant', async () => {
    const server = await startServer({
      ALLOWED_TENANT_IDS: `99999999-9999-4999-8999-999999999999, ${TENANT}`,
    });
    try {
      expect(cardText(cardOf(await repliesTo(server, teamsMessage('what is 0x411'))))).toMatch(
        /CRPSCEPChallenge_Expired/
      );
    } finally {
      await server.close();
    }
  });
});

describe('bad input and faults', () => {
  const { logger, lines, records } = captureLogger();
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer({}, { logger });
  });
  afterAll(() => server.close());

  it('refuses a body over the limit with 413', async () => {
    const res = await server.post(teamsMessage('x'.repeat(300 * 1024)));
    expect(res.status).toBe(413);
  });

  it('refuses malformed JSON with 400', async () => {
    expect((await server.post('{"type":')).status).toBe(400);
    expect((await server.post('not json at all')).status).toBe(400);
  });

  it('acknowledges unknown invokes and unknown activity types without a 5xx', async () => {
    const invoke = await server.post({
      ...teamsMessage(''),
      type: 'invoke',
      name: 'something/unknown',
      value: {},
    });
    expect(invoke.status).toBe(200);
    const other = await server.post({
      ...teamsMessage(''),
      type: 'messageReaction',
      deliveryMode: 'expectReplies',
    });
    expect(other.status).toBeLessThan(500);
  });

  it('cuts text beyond what Teams allows and says so', async () => {
    const replies = await repliesTo(server, teamsMessage('0x411 ' + 'a'.repeat(120_000)));
    expect(cardText(cardOf(replies))).toMatch(/only the first 100,000 characters were checked/);
  });

  it('writes no message text at any level', async () => {
    const marker = 'DEVICE-5c0ffee0-PRIVATE host-ndes-secret-01';
    await repliesTo(server, teamsMessage(`event 20502 on ${marker}`));
    await repliesTo(
      server,
      teamsMessage(
        `Log Name: X\nSource: Microsoft Intune Connector Service\nEvent ID: 20502\nComputer: ${marker}\nDescription:\n${marker} 0x00000409`
      )
    );
    const text = lines.join('\n');
    expect(text).not.toContain('PRIVATE');
    expect(text).not.toContain('host-ndes-secret');
    const turns = records().filter((r) => r.event === 'turn' && r.activityType === 'message');
    expect(turns.length).toBeGreaterThanOrEqual(2);
    expect(turns[turns.length - 1]).toMatchObject({
      conversation: 'personal',
      answer: 'log',
      language: 'en',
      records: 1,
    });
    expect(turns[turns.length - 1].recognized).toEqual([
      'legacy-connector:event:20502',
      'legacy-connector:code:0x00000409',
    ]);
    expect(typeof turns[0].ms).toBe('number');
  });
});

describe('turn errors', () => {
  it('apologizes with a correlation id, logs the same id, and keeps serving', async () => {
    const { logger, records } = captureLogger();
    let calls = 0;
    const failing = {
      async run() {
        calls++;
        throw new Error('boom in the handler');
      },
    };
    const server = await startServer({}, { logger, bot: failing });
    try {
      const replies = await repliesTo(server, teamsMessage('what is 0x411'));
      const id = /Reference: ([0-9a-f-]{36})/.exec(replies[0].text)?.[1];
      expect(id).toBeDefined();
      expect(records().find((r) => r.event === 'turn_error')).toMatchObject({
        correlationId: id,
        err: { type: 'Error' },
      });
      // Error messages can quote what the user sent, so only type, code and frames are logged.
      expect(JSON.stringify(records())).not.toContain('boom in the handler');
      expect(await repliesTo(server, teamsMessage('again'))).toHaveLength(1);
      expect(calls).toBe(2);
    } finally {
      await server.close();
    }
  });
});

describe('graceful shutdown', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('exits 0 soon after %s', async (signal) => {
    const child = spawn(process.execPath, serverArgs(), {
      env: { ...process.env, PORT: '0', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no start-up line')), 15000);
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('"event":"started"')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    const started = Date.now();
    child.kill(signal);
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(6000);
  });
});

describe('a stop signal during start-up', () => {
  it('exits 0 even while the modules and catalogs are still loading', async () => {
    // The signal is sent from inside start-up: as botbuilder is being loaded, long before listen().
    const dir = mkdtempSync(join(tmpdir(), 'cd-signal-'));
    const preload = join(dir, 'signal-while-loading.js');
    writeFileSync(
      preload,
      `const Module = require('module');
const load = Module._load;
let sent = false;
Module._load = function (request, ...rest) {
  if (!sent && request === 'botbuilder') { sent = true; process.kill(process.pid, 'SIGTERM'); }
  return load.call(this, request, ...rest);
};`
    );
    const child = spawn(process.execPath, serverArgs('--require', preload), {
      env: { ...process.env, PORT: '0', LOG_LEVEL: 'silent' },
      stdio: 'ignore',
    });
    const exit = await new Promise<[number | null, string | null]>((resolve) =>
      child.on('exit', (code, signal) => resolve([code, signal]))
    );
    expect(exit).toEqual([0, null]);
  });
});

describe('start-up failures', () => {
  const start = (env: Record<string, string>) =>
    spawnSync(process.execPath, serverArgs(), {
      env: { ...process.env, LOG_LEVEL: 'silent', ...env },
      encoding: 'utf8',
      timeout: 15000,
    });

  it('stops on a broken team catalog, naming its file, entry and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-team-'));
    writeFileSync(
      join(dir, 'ours.json'),
      JSON.stringify({
        id: 'ours',
        title: { en: 'Ours', ja: 'ours' },
        entries: [{ kind: 'code', key: '0x1', extends: 'legacy-connector:code:0x99999999' }],
      })
    );
    const run = spawnSync(process.execPath, serverArgs(), {
      env: { ...process.env, CATALOG_DIR: dir, PORT: '0' },
      encoding: 'utf8',
      timeout: 15000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /cannot start: .*ours\.json: entries\[0\] \(code 0x1\), field "extends": no entry legacy-connector:code:0x99999999/
    );
  });

  it('says in one line that the port is in use, and exits 1', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    try {
      const run = start({ PORT: String((blocker.address() as AddressInfo).port) });
      expect(run.status).toBe(1);
      expect(run.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/^connector-decoder cannot start: port \d+ is already in use/),
      ]);
    } finally {
      blocker.close();
    }
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be a number/],
    [{ MicrosoftAppId: 'not-a-guid', MicrosoftAppPassword: 'x' }, /MicrosoftAppId must be/],
    [{ CATALOG_DIR: '/nonexistent/catalogs' }, /cannot read the catalog folder/],
  ])('says in one line what is wrong with %j, and exits 1', (env, message) => {
    const run = start(env);
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
