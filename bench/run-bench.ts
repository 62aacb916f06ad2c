import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { explain } from '../src/engine';
import { loadCatalog } from '../src/files/load-catalog';
import { findProjectRoot } from '../src/files/project-root';
import { runAdversarialBench } from './adversarial-bench';
import { runCraftedFileBench, runFileBench } from './file-bench';
import { runHttpBench } from './http-bench';

/**
 * In-process speed of explain(): a short question, a 30 KB paste of about 200 records, and
 * 1 MB / 10 MB logs, reporting the cost per MB so linear growth shows. A benchmark, not a test:
 * it prints figures and never fails on a slow machine.
 */
const catalog = loadCatalog();
const fixtures = join(findProjectRoot(), 'test', 'fixtures', 'logs');
const samples = [
  'event-viewer-text-many.txt',
  'event-xml-many.xml',
  'get-winevent-table.txt',
  'format-list.txt',
  'crp.svclog',
].map((f) => readFileSync(join(fixtures, f), 'utf8'));

/** Event Viewer text records with varying devices and times, until `bytes` is reached. */
function makePaste(bytes: number): { text: string; records: number } {
  const record = readFileSync(join(fixtures, 'event-viewer-text.txt'), 'utf8');
  const parts: string[] = [];
  let size = 0;
  let i = 0;
  while (size < bytes) {
    const r = record
      .replace(
        '5c0ffee0-1234-4abc-9def-00000000a1b2',
        `5c0ffee0-1234-4abc-9def-${String(i).padStart(12, '0')}`
      )
      .replace('9:41:07 AM', `9:${String(i % 60).padStart(2, '0')}:07 AM`)
      .replace('0x00000409', i % 3 ? '0x00000409' : '0x00000410');
    parts.push(r);
    size += r.length + 1;
    i++;
  }
  return { text: parts.join('\n'), records: i };
}

/** A Get-WinEvent table of `rows` records, about 150 bytes each. */
function makeTable(rows: number): string {
  const lines = [
    '   ProviderName: Microsoft Intune Connector Service',
    '',
    'TimeCreated                     Id LevelDisplayName Message',
    '-----------                     -- ---------------- -------',
  ];
  const kinds = [
    [
      '20502',
      'Error      ',
      'CRPVerifyMetric_Failure: not verified. Device ID: 5c0ffee0-1234-4abc-9def-0000000',
      'Diagnostic Code: 0x00000409',
    ],
    [
      '20501',
      'Warning    ',
      'CRPVerifyMetric_Warning: rejected. Device ID: 0badf00d-9999-4aa',
      'Diagnostic Code: 0x00000411',
    ],
    [
      '20500',
      'Information',
      'CRPVerifyMetric_Success: verified for device 1a2b3c4d-0000-4111-8222-33334444',
      'Diagnostic Code: 0x00000000',
    ],
  ];
  for (let i = 0; i < rows; i++) {
    const [id, level, message, code] = kinds[i % kinds.length];
    lines.push(
      `3/14/2019 9:${String(i % 60).padStart(2, '0')}:07 AM         ${id} ${level}      ${message}${String(i).padStart(5, '0')} ${code}`
    );
  }
  return lines.join('\n');
}

function time(label: string, text: string, iterations: number): number {
  for (let i = 0; i < Math.min(3, iterations); i++) explain(text, catalog);
  const started = performance.now();
  for (let i = 0; i < iterations; i++) explain(text, catalog);
  const ms = (performance.now() - started) / iterations;
  const mb = Buffer.byteLength(text) / 1e6;
  console.log(
    `${label.padEnd(36)} ${ms.toFixed(3).padStart(10)} ms   ${(ms / mb).toFixed(1).padStart(8)} ms/MB   (${(mb * 1000).toFixed(1)} KB)`
  );
  return ms / mb;
}

console.log(
  `explain() in-process — Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} ×${cpus().length}, ${new Date().toISOString()}`
);
time('short question "what is 0x411"', 'what is 0x411', 20000);
time(
  'mixed question (S10-style)',
  'NDES keeps throwing event 20502 with diag 0x410 and 0x0FFFFFFFF, what is 0x411?',
  5000
);
samples.forEach((s, i) => time(`fixture paste #${i + 1}`, s, 2000));
const paste30 = makeTable(200);
console.log(
  `(the 30 KB paste is a Get-WinEvent table of 200 records; the 1 MB and 10 MB logs are Event Viewer text records)`
);
const perMb = [
  time('30 KB paste, 200 records', paste30, 200),
  time('1 MB log', makePaste(1_000_000).text, 10),
  time('10 MB log', makePaste(10_000_000).text, 2),
];
console.log(
  `cost per MB, 30 KB → 10 MB: ${perMb.map((x) => x.toFixed(1)).join(' → ')} ms/MB (flat means linear)`
);

runAdversarialBench()
  .then(() => (process.env.BENCH_FILES === '0' ? undefined : runFileBench()))
  .then(runCraftedFileBench)
  .then(runHttpBench)
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
