import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findProjectRoot } from '../src/files/project-root';
import { writeEvtx } from '../test/helpers/evtx-writer';
import { iisLog, textLog } from '../test/helpers/generate-logs';

/**
 * Files at scale through the command line, as an admin runs it (`connector-decoder FILE`): IIS
 * logs, text logs and .evtx files from 10 MB to 1 GB (generated once into the temp folder), with
 * the MB/s and the peak resident memory of the CLI process; beside each, `grep -c` over the same
 * file as the floor a reader can be compared with. BENCH_FILE_MAX_MB caps the sizes (default 1000).
 */
const root = findProjectRoot();
const dir = join(tmpdir(), 'connector-decoder-bench');
const SIZES_MB = [10, 100, 1000].filter(
  (mb) => mb <= Number(process.env.BENCH_FILE_MAX_MB ?? 1000)
);
const CHUNK = 65536;

interface Kind {
  name: string;
  grep: string[];
  /** Writes a file of about `bytes` to `path`. */
  write(path: string, bytes: number): void;
}

/** Repeats a block until the file has `bytes`. */
function repeatBlock(path: string, bytes: number, block: Uint8Array, header?: Uint8Array): void {
  const fd = openSync(path, 'w');
  let size = 0;
  if (header) size += writeSync(fd, header);
  while (size < bytes) size += writeSync(fd, block);
  closeSync(fd);
}

/** The chunks of an .evtx file, without its header. */
function chunksOf(file: Uint8Array): Uint8Array {
  return file.subarray(4096, 4096 + Math.floor((file.length - 4096) / CHUNK) * CHUNK);
}

const systemLog = new Uint8Array(
  readFileSync(join(root, 'test', 'fixtures', 'evtx', 'system.evtx'))
);
const connectorLog = writeEvtx(
  Array.from({ length: 2000 }, (_, i) => ({
    provider: 'Microsoft-Intune-CertificateConnectors',
    eventId: i % 3 ? 1001 : 1000,
    level: i % 3 ? 2 : 4,
    time: new Date(Date.UTC(2025, 5, 2, 17, 5, i % 60)).toISOString(),
    channel: 'Microsoft-Intune-CertificateConnectors/Admin',
    computer: 'pkiconn02.fabrikam.test',
    data: [
      ['RequestId', `7f3c2a10-1111-4222-8333-${String(i).padStart(12, '0')}`],
      ['ErrorCode', i % 3 ? '0x80094800' : '0x00000000'],
    ],
  })),
  { perChunk: 100 }
);

const KINDS: Kind[] = [
  {
    name: 'IIS log (NDES site)',
    grep: ['-c', 'mscep'],
    write: (path, bytes) => repeatBlock(path, bytes, Buffer.from(iisLog(10_000_000) + '\n')),
  },
  {
    name: 'text log',
    grep: ['-c', 'ERROR'],
    write: (path, bytes) => repeatBlock(path, bytes, Buffer.from(textLog(10_000_000) + '\n')),
  },
  {
    name: '.evtx (System log records)',
    grep: ['-c', '-a', 'ElfChnk'],
    write: (path, bytes) =>
      repeatBlock(path, bytes, chunksOf(systemLog), systemLog.subarray(0, 4096)),
  },
  {
    name: '.evtx (connector failures only)',
    grep: ['-c', '-a', 'ElfChnk'],
    write: (path, bytes) =>
      repeatBlock(path, bytes, chunksOf(connectorLog), connectorLog.subarray(0, 4096)),
  },
];

/** Runs a command, polling its resident memory; resolves with seconds and peak MB. */
function measure(command: string, args: string[]): Promise<{ seconds: number; peakMb: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'ignore'] });
    let peak = 0;
    const poll = setInterval(() => {
      try {
        const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        if (kb) peak = Math.max(peak, Number(kb) / 1024);
      } catch {
        /* exited */
      }
    }, 20);
    child.on('error', reject);
    child.on('exit', () => {
      clearInterval(poll);
      resolve({ seconds: (performance.now() - started) / 1000, peakMb: peak });
    });
  });
}

export async function runFileBench(): Promise<void> {
  mkdirSync(dir, { recursive: true });
  console.log(
    `\nFiles through the CLI (node bin/connector-decoder.js --json FILE), generated in ${dir}; the floor is grep -c over the same file.` +
      `\nGoals: IIS and text logs ≥ 100 MB/s, .evtx ≥ 50 MB/s, peak memory flat from 10 MB to 1 GB.`
  );
  const tiny = join(dir, 'tiny.log');
  repeatBlock(tiny, 1, Buffer.from('2025-06-02 09:00:00 INFO started\n'));
  const startup = (
    await measure(process.execPath, [join(root, 'bin', 'connector-decoder.js'), tiny])
  ).seconds;
  console.log(
    `The CLI's start-up (Node, catalogs) is ${startup.toFixed(2)} s; "reading" leaves it out.`
  );
  console.log(
    `${'file'.padEnd(34)} ${'size'.padStart(8)} ${'whole run'.padStart(11)} ${'reading'.padStart(11)} ${'peak RSS'.padStart(9)} ${'grep -c'.padStart(11)}`
  );
  for (const kind of KINDS) {
    for (const mb of SIZES_MB) {
      const path = join(dir, `${kind.name.replace(/[^a-z]+/gi, '-')}${mb}.bin`);
      if (!existsSync(path) || statSync(path).size < mb * 1e6) kind.write(path, mb * 1e6);
      const size = statSync(path).size / 1e6;
      const ours = await measure(process.execPath, [
        join(root, 'bin', 'connector-decoder.js'),
        '--json',
        path,
      ]);
      const grepStarted = performance.now();
      spawnSync('grep', [...kind.grep, path]);
      const grepSeconds = (performance.now() - grepStarted) / 1000;
      console.log(
        `${kind.name.padEnd(34)} ${`${size.toFixed(0)} MB`.padStart(8)} ${`${(size / ours.seconds).toFixed(0)} MB/s`.padStart(11)} ${`${(size / Math.max(0.01, ours.seconds - startup)).toFixed(0)} MB/s`.padStart(11)} ${`${ours.peakMb.toFixed(0)} MB`.padStart(9)} ${`${(size / grepSeconds).toFixed(0)} MB/s`.padStart(11)}`
      );
    }
  }
}
