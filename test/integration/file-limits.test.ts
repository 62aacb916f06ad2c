import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cardText } from '../helpers/cards';
import { eventDataOffset } from '../helpers/evtx-damage';
import { expandingEvtxGz, ordinaryConnectorEvtx } from '../helpers/evtx-expansion';
import { FIXTURES } from '../helpers/fixtures';
import { iisLog } from '../helpers/generate-logs';
import { startServer } from '../helpers/start-server';
import { startServerChild, type ServerChild } from '../helpers/server-child';
import { teamsMessage } from '../helpers/teams-activity';

/**
 * What reading a file may cost (issue 22), through the bot as its own process: files shared in a
 * 1:1 chat come from a file server on loopback, and the process's own memory is measured.
 */

const FILE_TYPE = 'application/vnd.microsoft.teams.file.download.info';
// Each test starts the bot as its own process and reads files for seconds: on a busy machine
// that takes longer than jest's usual 20 s.
jest.setTimeout(60_000);

const connector = ordinaryConnectorEvtx();

/** The real CAPI2 log (340 records), one bit flipped in the EventData of a record the diagnosis reads. */
const damaged = new Uint8Array(readFileSync(join(FIXTURES, 'evtx', 'capi2-operational.evtx')));
damaged[eventDataOffset(damaged, 13)] ^= 0x02;

/**
 * 250 MB of a Get-WinEvent table (the slowest format to read per byte) in 1.2 MB gzip'd: many
 * seconds of reading on any machine, past every deadline these tests set.
 */
const table = readFileSync(join(FIXTURES, 'logs', 'get-winevent-table.txt'));
const slow = gzipSync(Buffer.concat(Array.from({ length: 250e6 / table.length }, () => table)));
const xml = readFileSync(join(FIXTURES, 'logs', 'event-xml-many.xml'));

/** 5 MB of Event Viewer XML: well under a second, even on a busy machine well within the 3 s shutdown window. */
const medium = gzipSync(Buffer.concat(Array.from({ length: 5e6 / xml.length }, () => xml)));

const FILES: Record<string, Uint8Array> = {
  '/medium.xml.gz': medium,
  '/slow.txt.gz': slow,
  '/iis-1.log': Buffer.from(iisLog(1_000_000)),
  '/iis-2.log': Buffer.from(iisLog(1_000_000)),
  '/capi2-damaged.evtx': damaged,
  '/connector.evtx': connector,
  '/expanding.evtx.gz': expandingEvtxGz({ chunks: 4 }),
  '/expanding-too.evtx.gz': expandingEvtxGz({ chunks: 4 }),
  '/expanding-large.evtx.gz': expandingEvtxGz({ chunks: 256 }),
};

let files: Server;
let base: string;
beforeAll(async () => {
  files = createServer((req, res) => {
    // A download that starts and then stalls.
    if (req.url === '/stalled.log') return void res.write('#Software: Microsoft Internet');
    const body = FILES[req.url ?? ''];
    res.statusCode = body ? 200 : 404;
    res.end(body);
  });
  await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', () => resolve()));
  base = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
});
afterAll(() => {
  files.closeAllConnections();
  files.close();
});

function fileMessage(...names: string[]) {
  return {
    ...teamsMessage(''),
    attachments: names.map((name) => ({
      contentType: FILE_TYPE,
      name,
      content: { downloadUrl: `${base}/${name}`, fileType: 'log' },
    })),
  };
}

const cardsOf = (activities: any[]) =>
  activities.filter((a) => a.attachments?.length).map((a) => cardText(a.attachments[0].content));

describe('a small .evtx.gz whose records expand without bound', () => {
  let bot: ServerChild;
  beforeAll(async () => {
    bot = await startServerChild();
  });
  afterAll(() => bot.stop());

  it('is read up to the per-record cap, says it was cut, and memory stays bounded', async () => {
    expect(FILES['/expanding.evtx.gz'].length).toBeLessThan(4096);
    // A first file starts a worker and loads its catalogs: that memory is not the crafted file's.
    expect(cardsOf((await bot.send(fileMessage('connector.evtx'))).activities)[0]).toMatch(
      /30 records/
    );
    const before = bot.peakRssMb();
    const { status, activities } = await bot.send(
      fileMessage('expanding.evtx.gz', 'expanding-too.evtx.gz')
    );
    expect(status).toBe(200);
    const cards = cardsOf(activities);
    expect(cards).toHaveLength(2);
    for (const card of cards) {
      expect(card).toMatch(/8 records read/);
      expect(card).toMatch(/the file was cut: 8 records run past 100,000 characters/);
      expect(card).toMatch(/0x80094800|1001/);
    }
    // Unbounded, each file's 8 records render to 80 million characters (hundreds of MB).
    expect(bot.peakRssMb() - before).toBeLessThan(64);
    const health = await fetch(`${bot.url}/healthz`);
    expect(health.status).toBe(200);
  });

  it('while one is read, /healthz and another chat answer promptly', async () => {
    const before = bot.peakRssMb();
    const file = bot.send(fileMessage('expanding-large.evtx.gz'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    const health = await fetch(`${bot.url}/healthz`);
    const chat = await bot.send(teamsMessage('what is 0x411'));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(health.status).toBe(200);
    expect(cardsOf(chat.activities)[0]).toContain('0x00000411');
    expect(cardsOf((await file).activities)[0]).toMatch(
      /512 records; the file was cut: 512 records run past 100,000 characters/
    );
    // 512 records of ten million characters each, unbounded, would be gigabytes.
    expect(bot.peakRssMb() - before).toBeLessThan(64);
  });
});

describe('an .evtx with one damaged record', () => {
  let bot: ServerChild;
  beforeAll(async () => {
    bot = await startServerChild();
  });
  afterAll(() => bot.stop());

  it('is read but for that record, which is counted as skipped', async () => {
    const { status, activities } = await bot.send(fileMessage('capi2-damaged.evtx'));
    expect(status).toBe(200);
    const [card] = cardsOf(activities);
    expect(card).toMatch(
      /File: capi2-damaged\.evtx · \.evtx, .*339 records, 1 damaged record skipped/
    );
    expect(card).not.toMatch(/went wrong/);
  });
});

describe('files waiting for a worker', () => {
  it('a small log behind a slow file is read: the deadline starts when a worker takes it, and bytes past the budget get "busy"', async () => {
    const server = await startServer({
      FILE_WORKERS: '1',
      FILE_READ_MS: '6000',
      MAX_FILE_BYTES: String(2 * 1024 * 1024),
      FILE_MEMORY_BYTES: String(3 * 1024 * 1024),
    });
    const send = async (...names: string[]) => {
      const res = await server.post({ ...fileMessage(...names), deliveryMode: 'expectReplies' });
      expect(res.status).toBe(200);
      return cardsOf(res.body.activities);
    };
    try {
      expect(slow.length).toBeGreaterThan(1024 * 1024);
      const slowFile = send('slow.txt.gz');
      // The slow file is downloaded and being read; the others arrive right behind it.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const [small, first, second] = await Promise.all([
        send('connector.evtx'),
        send('iis-1.log'),
        send('iis-2.log'),
      ]);
      expect((await slowFile)[0]).toMatch(/Reading the file took too long/);
      expect(small[0]).toMatch(/File: connector\.evtx · \.evtx, .*30 records/);
      // 1.2 MB + 1 MB are held; a second 1 MB would pass the 3 MB budget.
      const answers = [first[0], second[0]];
      expect(answers.filter((a) => /I'm reading other files/.test(a))).toHaveLength(1);
      expect(answers.filter((a) => /File: iis-\d\.log · text/.test(a))).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});

describe('a stop signal while files are read', () => {
  it('tells the sender of a large file read after its request ended, in that later turn', async () => {
    const received: Array<{ method: string; body: any }> = [];
    const connector = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ method: req.method ?? '', body: JSON.parse(body || '{}') });
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ id: `activity-${received.length}` }));
      });
    });
    await new Promise<void>((resolve) => connector.listen(0, '127.0.0.1', () => resolve()));
    const serviceUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}/`;
    const bot = await startServerChild();
    try {
      const res = await fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...fileMessage('slow.txt.gz'), serviceUrl }),
      });
      expect(res.status).toBe(200);
      // The "reading" card is sent once the file is downloaded, as its reading starts.
      for (let waited = 0; received.length < 2 && waited < 10_000; waited += 50)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(cardText(received[1].body.attachments[0].content)).toMatch(/Reading slow\.txt\.gz/);
      expect(await bot.stop()).toBe(0);
      const last = received.at(-1) as { method: string; body: any };
      expect(last.method).toBe('PUT');
      expect(cardText(last.body.attachments[0].content)).toMatch(/The bot is restarting/);
    } finally {
      await bot.stop();
      connector.close();
    }
  });

  it('tells the sender of a file still downloading that the bot is restarting', async () => {
    const bot = await startServerChild();
    const reply = bot.send(fileMessage('stalled.log'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const stopped = Date.now();
    const code = bot.stop();
    const { status, activities } = await reply;
    expect(status).toBe(200);
    expect(cardsOf(activities)[0]).toMatch(/The bot is restarting/);
    expect(await code).toBe(0);
    // Nothing was being read: no need to wait for the shutdown window.
    expect(Date.now() - stopped).toBeLessThan(2500);
  });

  it('finishes a file within the shutdown window and tells the sender of one past it that the bot is restarting', async () => {
    const bot = await startServerChild();
    // Both workers are started (each loads the catalogs once) before the files that matter.
    await Promise.all([
      bot.send(fileMessage('connector.evtx')),
      bot.send(fileMessage('connector.evtx')),
    ]);
    const slowFile = bot.send(fileMessage('slow.txt.gz'));
    const mediumFile = bot.send(fileMessage('medium.xml.gz'));
    // Both are downloaded and being read when the signal comes.
    await new Promise((resolve) => setTimeout(resolve, 400));
    const code = bot.stop();
    const [slowReply, mediumReply] = await Promise.all([slowFile, mediumFile]);
    expect(slowReply.status).toBe(200);
    expect(cardsOf(slowReply.activities)[0]).toMatch(
      /The bot is restarting.*Send it again in a minute/s
    );
    expect(mediumReply.status).toBe(200);
    expect(cardsOf(mediumReply.activities)[0]).toMatch(/File: medium\.xml\.gz · gzip/);
    for (const reply of [slowReply, mediumReply])
      expect(cardsOf(reply.activities).join('\n')).not.toMatch(/went wrong/);
    expect(await code).toBe(0);
  });
});
