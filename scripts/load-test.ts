import autocannon from 'autocannon';
import pino from 'pino';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config/load-config';
import { QUESTION } from '../bench/http-bench';

/**
 * Load check on demand (`npm run load`), loopback only, bounded: 10 s at 50 connections of mixed
 * questions through the real server, then a second round to see that memory settles. Exits 1 on any
 * error or non-2xx answer. Not part of CI.
 */
const QUESTIONS = [
  'what is 0x411',
  'event 20502',
  'イベント 20502 とは',
  '0x403 vs 0x404?',
  'challenge expired',
  '0x40A',
  'event 1000',
  '2148204809',
  'help',
  'Log Name: Microsoft Intune Connector\nSource: Microsoft Intune Connector Service\nEvent ID: 20502\nLevel: Error\nDescription:\nDevice ID: 5c0ffee0-1234-4abc-9def-00000000a1b2\nDiagnostic Code: 0x00000409',
];

async function round(port: number, seconds: number) {
  let i = 0;
  return autocannon({
    url: `http://127.0.0.1:${port}/api/messages`,
    connections: 50,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req: any) => ({
          ...req,
          body: JSON.stringify({
            ...QUESTION,
            id: `load-${i}`,
            text: QUESTIONS[i++ % QUESTIONS.length],
          }),
        }),
      },
    ],
  });
}

async function main(): Promise<void> {
  const app = createApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent' }), {
    logger: pino({ level: 'silent' }),
  });
  const port = await app.listen(0);
  const mb = () => (process.memoryUsage().rss / 1024 / 1024).toFixed(0);
  console.log(
    `load: 10 s × 50 connections against http://127.0.0.1:${port}/api/messages (rss before ${mb()} MB)`
  );
  const first = await round(port, 10);
  const afterFirst = process.memoryUsage().rss;
  const second = await round(port, 10);
  const afterSecond = process.memoryUsage().rss;
  await app.close();
  for (const [name, r] of [
    ['round 1', first],
    ['round 2', second],
  ] as const) {
    console.log(
      `${name}: ${r.requests.total} requests, ${r.requests.average.toFixed(0)} req/s, p99 ${r.latency.p99} ms, errors ${r.errors}, non-2xx ${r.non2xx}, timeouts ${r.timeouts}`
    );
  }
  const growth = (afterSecond - afterFirst) / 1024 / 1024;
  console.log(
    `rss after round 1 ${(afterFirst / 1024 / 1024).toFixed(0)} MB, after round 2 ${(afterSecond / 1024 / 1024).toFixed(0)} MB (growth ${growth.toFixed(0)} MB)`
  );
  const failed = first.errors + first.non2xx + second.errors + second.non2xx;
  if (failed > 0) {
    console.error(`FAILED: ${failed} errors or non-2xx answers`);
    process.exitCode = 1;
  }
}

void main();
