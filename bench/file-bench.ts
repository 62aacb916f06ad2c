import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findProjectRoot } from '../src/files/project-root';
import { BENCH_KINDS } from '../test/helpers/bench-files';
import { expandingEvtx, expandingEvtxGz } from '../test/helpers/evtx-expansion';
import { findPeers, type Peer } from './peers';

/**
 * Files at scale through the command line, as an admin runs it (`connector-decoder FILE`): IIS
 * logs, text logs and .evtx files from 10 MB to 1 GB (generated once into the temp folder), with
 * the MB/s and the peak resident memory of the CLI process; beside each, in the same run, the
 * other readers (see peers.ts) over the same file and our speed as a multiple of theirs.
 * BENCH_FILE_MAX_MB caps the sizes (default 1000); BENCH_EVTXEXPORT_MAX_MB caps evtxexport's.
 */
const root = findProjectRoot();
const dir = join(tmpdir(), 'connector-decoder-bench');
const SIZES_MB = [10, 100, 1000].filter(
  (mb) => mb <= Number(process.env.BENCH_FILE_MAX_MB ?? 1000)
);

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

const cli = (path: string) => [join(root, 'bin', 'connector-decoder.js'), '--json', path];
const mbps = (mb: number, seconds: number) => {
  const rate = mb / seconds;
  return `${rate.toFixed(rate < 1 ? 2 : rate < 10 ? 1 : 0)} MB/s`;
};

/** A peer's figure and ours as a multiple of it ("×0.05" when we are 20 times slower). */
async function runPeer(
  peer: Peer,
  path: string,
  grep: readonly string[],
  mb: number,
  ours: number
): Promise<string> {
  if (!peer.command) return 'not found';
  const [command, args] = peer.command(path, grep);
  const { seconds } = await measure(command, args);
  const ratio = seconds / ours;
  return `${mbps(mb, seconds)} ×${ratio < 10 ? ratio.toFixed(2) : ratio.toFixed(0)}`;
}

export async function runFileBench(): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const kinds = new Map(BENCH_KINDS.map((k) => [k.name, k]));
  const peers = findPeers();
  console.log(
    `\nFiles through the CLI (node bin/connector-decoder.js --json FILE), generated in ${dir}.` +
      `\nGoals: IIS and text logs ≥ 250 MB/s whole run at 1 GB, .evtx ≥ 150 MB/s at 1 GB (≥ 30× evtxexport), peak RSS < 150 MB.` +
      `\nPeers in the same run (ours ×N = our speed as a multiple of theirs):`
  );
  for (const peer of peers)
    console.log(
      `  ${peer.name.padEnd(12)} ${peer.version ?? 'not found'}${peer.maxMb < Infinity ? ` — files up to ${peer.maxMb} MB` : ''}${peer.reads === 'evtx' ? ', .evtx only' : ''}`
    );
  const tiny = join(dir, 'tiny.log');
  (kinds.get('text log') ?? BENCH_KINDS[0]).write(tiny, 1);
  const startup = (await measure(process.execPath, cli(tiny))).seconds;
  console.log(
    `The CLI's start-up (Node, catalogs, one tiny file) is ${startup.toFixed(2)} s; "reading" leaves it out.`
  );
  const shown = peers.filter((p) => p.command || p.reads === 'all');
  console.log(
    `${'file'.padEnd(34)} ${'size'.padStart(8)} ${'whole run'.padStart(10)} ${'reading'.padStart(10)} ${'peak RSS'.padStart(9)} ${shown.map((p) => p.name.padStart(18)).join(' ')}`
  );
  for (const kind of BENCH_KINDS) {
    for (const mb of SIZES_MB) {
      const path = join(dir, `${kind.name.replace(/[^a-z]+/gi, '-')}${mb}.bin`);
      if (!existsSync(path) || statSync(path).size < mb * 1e6) kind.write(path, mb * 1e6);
      const size = statSync(path).size / 1e6;
      const ours = await measure(process.execPath, cli(path));
      const columns: string[] = [];
      for (const peer of shown) {
        const applies = (peer.reads === 'all' || kind.evtx) && mb <= peer.maxMb;
        columns.push(applies ? await runPeer(peer, path, kind.grep, size, ours.seconds) : '–');
      }
      console.log(
        `${kind.name.padEnd(34)} ${`${size.toFixed(0)} MB`.padStart(8)} ${mbps(size, ours.seconds).padStart(10)} ${mbps(size, Math.max(0.01, ours.seconds - startup)).padStart(10)} ${`${ours.peakMb.toFixed(0)} MB`.padStart(9)} ${columns.map((c) => c.padStart(18)).join(' ')}`
      );
    }
  }
}

/**
 * Crafted files whose records would render without bound (a template repeating a 20 KB value into
 * a thousand elements: ~10 million characters a record), read up to the per-record cap: time and
 * peak memory stay those of an ordinary file of the same unpacked size.
 */
export async function runCraftedFileBench(): Promise<void> {
  mkdirSync(dir, { recursive: true });
  console.log(
    `\nCrafted .evtx.gz through the CLI: each record would render ~10 million characters; read up to 100,000 each.`
  );
  console.log(
    `${'chunks'.padStart(6)} ${'gzip'.padStart(8)} ${'unpacked'.padStart(9)} ${'records'.padStart(8)} ${'whole run'.padStart(10)} ${'peak RSS'.padStart(9)}`
  );
  for (const chunks of [1, 16, 256]) {
    const path = join(dir, `expanding-${chunks}.evtx.gz`);
    const gz = expandingEvtxGz({ chunks });
    writeFileSync(path, gz);
    const ours = await measure(process.execPath, cli(path));
    console.log(
      `${String(chunks).padStart(6)} ${`${(gz.length / 1024).toFixed(1)} KB`.padStart(8)} ${`${(expandingEvtx({ chunks }).length / 1e6).toFixed(1)} MB`.padStart(9)} ${String(2 * chunks).padStart(8)} ${`${ours.seconds.toFixed(2)} s`.padStart(10)} ${`${ours.peakMb.toFixed(0)} MB`.padStart(9)}`
    );
  }
}
