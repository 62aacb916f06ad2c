import autocannon from 'autocannon';
import { QUESTION, startServerProcess } from '../bench/http-bench';

/**
 * Load check on demand (`npm run load`), loopback only, bounded: 10 s at 50 connections of mixed
 * questions through the real server in its own process, then a second round to see that memory
 * settles; the same against a minimal echo bot, side by side, so the framework's share shows. Exits 1 on any
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

/** Two rounds against one server process; its resident memory at start and after each round. */
async function loadServer(kind: 'ours' | 'echo') {
  const server = await startServerProcess(kind, 0);
  try {
    const start = server.rssMb();
    const first = await round(server.port, 10);
    const afterFirst = server.rssMb();
    const second = await round(server.port, 10);
    return { kind, start, first, afterFirst, second, afterSecond: server.rssMb() };
  } finally {
    server.stop();
  }
}

async function main(): Promise<void> {
  console.log(
    'load: 2 × 10 s at 50 connections, each server in its own process (both under the same TypeScript loader);\n' +
      '"echo" is a minimal botbuilder echo bot on the same CloudAdapter and restify: the framework floor.'
  );
  let failed = 0;
  for (const kind of ['ours', 'echo'] as const) {
    const r = await loadServer(kind);
    for (const [name, result] of [
      ['round 1', r.first],
      ['round 2', r.second],
    ] as const) {
      console.log(
        `${kind.padEnd(5)} ${name}: ${result.requests.total} requests, ${result.requests.average.toFixed(0)} req/s, p99 ${result.latency.p99} ms, errors ${result.errors}, non-2xx ${result.non2xx}, timeouts ${result.timeouts}`
      );
      failed += result.errors + result.non2xx;
    }
    const mb = (n: number) => `${n.toFixed(0)} MB`;
    console.log(
      `${kind.padEnd(5)} RSS: ${mb(r.start)} at start, ${mb(r.afterFirst)} after round 1, ${mb(r.afterSecond)} after round 2`
    );
  }
  if (failed > 0) {
    console.error(`FAILED: ${failed} errors or non-2xx answers`);
    process.exitCode = 1;
  }
}

void main();
