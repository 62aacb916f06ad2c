import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cardQueries, cardText } from '../helpers/cards';
import { captureLogger } from '../helpers/capture-logger';
import { writeEvtx } from '../helpers/evtx-writer';
import { FIXTURES } from '../helpers/fixtures';
import { iisLog } from '../helpers/generate-logs';
import { startServer, type RunningServer } from '../helpers/start-server';
import { teamsMessage } from '../helpers/teams-activity';

/**
 * Files sent to the bot, through the real server: Teams' file attachment points at a file server
 * on loopback (local mode allows plain http there), the bot downloads, reads in a worker thread
 * and answers with the diagnosis card, or a notice card for each refusal.
 */

const FILE_TYPE = 'application/vnd.microsoft.teams.file.download.info';
const CONNECTOR = 'Microsoft-Intune-CertificateConnectors';

const synthetic = writeEvtx(
  Array.from({ length: 30 }, (_, i) => ({
    provider: CONNECTOR,
    eventId: i % 3 ? 1001 : 1000,
    level: i % 3 ? 2 : 4,
    time: new Date(Date.UTC(2025, 5, 2, 17, 5, i)).toISOString(),
    channel: `${CONNECTOR}/Admin`,
    computer: 'pkiconn02.fabrikam.test',
    data: [['ErrorCode', i % 3 ? '0x80094800' : '0x00000000']],
  }))
);
const fixture = (...path: string[]) => readFileSync(join(FIXTURES, ...path));

/** What the file server serves: path → bytes, or a behaviour. */
const FILES: Record<string, Buffer | 'hang' | 500> = {
  '/system.evtx': fixture('evtx', 'system.evtx'),
  '/connector.evtx': Buffer.from(synthetic),
  '/connector.evtx.gz': gzipSync(synthetic),
  '/events.xml': fixture('logs', 'event-xml-many.xml'),
  '/events.csv': fixture('logs', 'event-viewer-export.csv'),
  '/events.txt': Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from(fixture('logs', 'event-viewer-export.txt').toString('utf8'), 'utf16le'),
  ]),
  '/NDESPlugin.log': fixture('logs', 'ndesplugin.log'),
  '/CRP.svclog': fixture('logs', 'crp.svclog'),
  '/u_ex250602.log': fixture('logs', 'iis.log'),
  '/big.log': Buffer.from(iisLog(20_000_000)),
  '/picture.png': readFileSync(join(FIXTURES, '..', '..', 'manifest', 'color.png')),
  // A .zip of a log, as Windows' 'Send to > Compressed folder' makes it (local file header magic).
  '/logs.zip': Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), fixture('logs', 'iis.log')]),
  // A gzip inside a gzip: only one layer is unpacked.
  '/nested.log.gz': gzipSync(gzipSync(fixture('logs', 'iis.log'))),
  // 257 MB of one IIS line in 300 KB: past what the bot unpacks from any file (256 MB).
  '/bomb.log.gz': gzipSync(
    Buffer.alloc(257 * 1024 * 1024, iisLog(2_000).split('\n').at(-2) + '\n')
  ),
  '/failing.log': 500,
  '/slow.log': 'hang',
};

let files: Server;
let base: string;
beforeAll(async () => {
  files = createServer((req, res) => {
    const body = FILES[req.url ?? ''];
    if (body === undefined) {
      res.statusCode = 404;
      res.end();
    } else if (body === 500) {
      res.statusCode = 500;
      res.end();
    } else if (body !== 'hang') res.end(body);
  });
  await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', () => resolve()));
  base = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
});
afterAll(() => {
  files.closeAllConnections();
  files.close();
});

function fileMessage(name: string, url = `${base}/${name}`, kind?: 'channel' | 'groupChat') {
  return {
    ...teamsMessage('', { kind }),
    attachments: [{ contentType: FILE_TYPE, name, content: { downloadUrl: url, fileType: 'log' } }],
    deliveryMode: 'expectReplies',
  };
}

/** The card of the reply that has one, and every activity type sent. */
async function send(server: RunningServer, activity: object) {
  const res = await server.post(activity);
  expect(res.status).toBe(200);
  const activities = (res.body as { activities: any[] }).activities;
  const card = activities.find((a) => a.attachments?.length)?.attachments[0].content;
  return { card, types: activities.map((a) => a.type as string) };
}

describe('files in a 1:1 chat, each format', () => {
  let server: RunningServer;
  const { logger, lines } = captureLogger();
  beforeAll(async () => {
    server = await startServer({}, { logger });
  });
  afterAll(() => server.close());

  it.each([
    [
      'connector.evtx',
      ['certificate-connector:event:1001', 'windows:code:0x80094800'],
      /\.evtx, .*30 records/,
    ],
    ['connector.evtx.gz', ['certificate-connector:event:1001'], /gzip|\.evtx/],
    ['events.xml', ['legacy-connector:event:20202', 'legacy-connector:code:0x00000402'], /text/],
    ['events.csv', ['legacy-connector:event:20502', 'legacy-connector:code:0x00000409'], /text/],
    ['events.txt', ['certificate-connector:event:1001', 'windows:code:0x80094800'], /text/],
    ['NDESPlugin.log', ['windows:code:12175'], /text/],
    ['CRP.svclog', ['legacy-connector:code:0x00000411'], /text/],
    ['u_ex250602.log', ['iis-status:code:HTTP 403.16', 'windows:code:1346'], /text/],
  ])('%s gets its diagnosis', async (name, ids, source) => {
    const { card, types } = await send(server, fileMessage(name));
    expect(types[0]).toBe('typing');
    const text = cardText(card);
    expect(text).toContain(`File: ${name}`);
    expect(text).toMatch(source);
    const queries = cardQueries(card).map((q) => q.split('@')[0]);
    for (const id of ids) expect(queries).toContain(id);
  });

  it('reads each of several files sent together, and names the ones past the third', async () => {
    const names = ['NDESPlugin.log', 'u_ex250602.log', 'CRP.svclog', 'events.csv', 'events.txt'];
    const res = await server.post({
      ...fileMessage('x'),
      attachments: names.map((name) => ({
        contentType: FILE_TYPE,
        name,
        content: { downloadUrl: `${base}/${name}`, fileType: 'log' },
      })),
    });
    const cards = (res.body as { activities: any[] }).activities
      .filter((a) => a.attachments?.length)
      .map((a) => cardText(a.attachments[0].content));
    expect(cards).toHaveLength(4);
    for (const [i, name] of names.slice(0, 3).entries())
      expect(cards[i]).toContain(`File: ${name}`);
    expect(cards[3]).toMatch(/2 more files not read/);
    // A refusal among several names its file, and its plain text reads as sentences.
    const mixed = await server.post({
      ...fileMessage('x'),
      attachments: ['NDESPlugin.log', 'gone.log'].map((name) => ({
        contentType: FILE_TYPE,
        name,
        content: { downloadUrl: `${base}/${name}`, fileType: 'log' },
      })),
    });
    const replies = (mixed.body as { activities: any[] }).activities.filter(
      (a) => a.attachments?.length
    );
    expect(cardText(replies[1].attachments[0].content)).toMatch(
      /gone\.\u200B?log: The file's link has expired/
    );
    expect(replies[1].summary).toMatch(/has expired\. Teams gives me/);
  });

  it('answers the words sent with a file too, when they name something', async () => {
    const res = await server.post({
      ...fileMessage('u_ex250602.log'),
      text: 'SCEP fails with 0x80094800 on the CA, IIS log attached',
    });
    const cards = (res.body as { activities: any[] }).activities
      .filter((a) => a.attachments?.length)
      .map((a) => cardText(a.attachments[0].content));
    expect(cards).toHaveLength(2);
    expect(cards[0]).toContain('File: u_ex250602.log');
    expect(cards[1]).toMatch(/CERTSRV_E_UNSUPPORTED_CERT_TYPE/);
    const plain = await server.post({ ...fileMessage('u_ex250602.log'), text: 'here is the log' });
    expect(
      (plain.body as { activities: any[] }).activities.filter((a) => a.attachments?.length)
    ).toHaveLength(1);
  });

  it('reads a real System log and says it holds nothing known', async () => {
    const { card } = await send(server, fileMessage('system.evtx'));
    expect(cardText(card)).toMatch(/1881 records read/);
    expect(cardText(card)).toMatch(/no event, code or message I know/);
  });

  it('logs how the file was read, never its name', () => {
    const text = lines.join('\n');
    expect(text).toContain('"file":"evtx"');
    expect(text).not.toMatch(/connector\.evtx|u_ex250602|NDESPlugin/);
  });
});

describe('files the bot does not read', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ MAX_FILE_BYTES: '1048576', FILE_TIMEOUT_MS: '1000' });
  });
  afterAll(() => server.close());

  it.each([
    ['big.log', undefined, /too large/, /up to 1\.0 MB/],
    ['picture.png', undefined, /can't read this file/, /not a log I can read/],
    ['nested.log.gz', undefined, /can't read this file/, /not a log I can read/],
    ['logs.zip', undefined, /don't open \.zip archives/, /compress it with gzip/],
    ['bomb.log.gz', undefined, /too large/, /Unpacked, it holds more than the 256(\.0)? MB/],
    ['gone.log', undefined, /link has expired/, /Send the file again/],
    ['failing.log', undefined, /couldn't download/, /failed/],
    ['slow.log', undefined, /took too long/, /Send the file again/],
    ['x.log', 'https://evil.example/x.log', /can't download from there/, /SharePoint and OneDrive/],
    ['x.log', 'file:///etc/passwd', /can't download from there/, /SharePoint/],
  ])('%s (%s) gets a clear notice', async (name, url, title, text) => {
    const { card } = await send(server, fileMessage(name, url));
    expect(cardText(card)).toMatch(title);
    expect(cardText(card)).toMatch(text);
  });

  it.each(['channel', 'groupChat'] as const)('a file in a %s gets the 1:1 hint', async (kind) => {
    const { card } = await send(server, fileMessage('connector.evtx', undefined, kind));
    expect(cardText(card)).toMatch(/Send files in a 1:1 chat/);
  });
});

describe('a large file, read while other conversations go on', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('answers /healthz and another chat while a 20 MB log is read', async () => {
    let fileDone = false;
    const file = send(server, fileMessage('big.log')).then((r) => {
      fileDone = true;
      return r;
    });
    // Wait until the download is under way, then ask around it.
    await new Promise((resolve) => setTimeout(resolve, 150));
    const health = await fetch(`${server.url}/healthz`);
    const other = await send(server, {
      ...teamsMessage('what is 0x411'),
      deliveryMode: 'expectReplies',
    });
    expect(health.status).toBe(200);
    expect(cardText(other.card)).toContain('0x00000411');
    expect(fileDone).toBe(false);
    const { card } = await file;
    expect(cardText(card)).toMatch(/HTTP 403/);
  });
});

describe('a file that takes longer to read than FILE_READ_MS', () => {
  it('stops reading, says so, and keeps answering', async () => {
    const server = await startServer({ FILE_READ_MS: '100' });
    try {
      const { card } = await send(server, fileMessage('bomb.log.gz'));
      expect(cardText(card)).toMatch(/Reading the file took too long/);
      expect(cardText(card)).toMatch(/stopped after 1 seconds/);
      // The deadline covers a worker's start too, so with 100 ms the next file would be slow again.
      const next = await send(server, {
        ...teamsMessage('what is 0x411'),
        deliveryMode: 'expectReplies',
      });
      expect(cardText(next.card)).toContain('0x00000411');
    } finally {
      await server.close();
    }
  });
});

describe('more files than the bot reads at once', () => {
  it('says it is busy past its queue, and reads the others', async () => {
    const server = await startServer({ FILE_WORKERS: '1', FILE_QUEUE: '1' });
    try {
      const results = await Promise.all(
        [1, 2, 3].map(() => send(server, fileMessage('big.log')).then((r) => cardText(r.card)))
      );
      expect(results.filter((t) => /reading other files/.test(t))).toHaveLength(1);
      expect(results.filter((t) => /File: big\.log/.test(t))).toHaveLength(2);
    } finally {
      await server.close();
    }
  });
});

describe('a large file through a real conversation', () => {
  it('ends the request at once, then shows a reading card and replaces it with the diagnosis', async () => {
    const received: Array<{ method: string; url: string; body: any }> = [];
    const connector = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({
          method: req.method ?? '',
          url: req.url ?? '',
          body: JSON.parse(body || '{}'),
        });
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ id: `activity-${received.length}` }));
      });
    });
    await new Promise<void>((resolve) => connector.listen(0, '127.0.0.1', () => resolve()));
    const serviceUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}/`;
    const cap = captureLogger();
    const server = await startServer({}, { logger: cap.logger });
    try {
      const { deliveryMode: _d, ...activity } = fileMessage('big.log');
      const res = await server.post({ ...activity, serviceUrl });
      expect(res.status).toBe(200);
      // The request ended with only the typing indicator sent; the file is read after it.
      expect(received.map((r) => r.body.type)).toEqual(['typing']);
      for (let waited = 0; received.length < 3 && waited < 20_000; waited += 50)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(cap.records().filter((r) => r.level >= 50)).toEqual([]);
      const [typing, reading, update] = received;
      expect(typing.body.type).toBe('typing');
      expect(reading.method).toBe('POST');
      expect(cardText(reading.body.attachments[0].content)).toMatch(/Reading big\.log/);
      expect(update.method).toBe('PUT');
      expect(update.url).toMatch(/activities\/activity-2$/);
      expect(cardText(update.body.attachments[0].content)).toMatch(/File: big\.log/);
    } finally {
      await server.close();
      connector.close();
    }
  });
});
