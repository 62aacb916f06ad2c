import { spawnSync } from 'node:child_process';

/**
 * Other readers of the same files, run in the same bench so a ratio means something on this
 * machine: `grep -c` (the floor: it only counts lines), libevtx's `evtxexport` (C, Debian
 * libevtx-utils) and python-evtx's `evtx_dump.py` (Debian python3-evtx). Each is looked up on the
 * PATH; one not installed is reported as missing and left out.
 */
export interface Peer {
  name: string;
  /** What was found: the version, or why not. */
  version?: string;
  /** The command and arguments that read `path` fully (output discarded); `grep` counts the file's lines. */
  command?: (path: string, grep: readonly string[]) => [string, string[]];
  /** Files of more MB are not given to this peer (python-evtx reads about 0.2 MB/s). */
  maxMb: number;
  /** Which files it reads. */
  reads: 'all' | 'evtx';
}

function firstLine(command: string, args: string[]): string | undefined {
  const run = spawnSync(command, args, { encoding: 'utf8' });
  if (run.error || run.status !== 0) return undefined;
  return `${run.stdout}${run.stderr}`
    .split('\n')
    .find((l) => l.trim())
    ?.trim();
}

function onPath(name: string): string | undefined {
  return firstLine('sh', ['-c', `command -v ${name}`]);
}

/** A Debian package's version, when the command came from one. */
function debianVersion(pkg: string): string | undefined {
  return firstLine('dpkg-query', ['-W', '-f', '${Version}', pkg]);
}

export function findPeers(): Peer[] {
  const peers: Peer[] = [];
  const grep = onPath('grep');
  peers.push({
    name: 'grep -c',
    version: grep && firstLine('grep', ['--version']),
    command: grep ? (path, args) => ['grep', [...args, path]] : undefined,
    maxMb: Infinity,
    reads: 'all',
  });
  const evtxexport = onPath('evtxexport');
  const libevtx = evtxexport && debianVersion('libevtx-utils');
  peers.push({
    name: 'evtxexport',
    version: evtxexport
      ? `${firstLine('evtxexport', ['-V']) ?? 'evtxexport'}${libevtx ? ` (libevtx-utils ${libevtx})` : ''}`
      : undefined,
    command: evtxexport ? (path) => ['evtxexport', [path]] : undefined,
    maxMb: Number(process.env.BENCH_EVTXEXPORT_MAX_MB ?? Infinity),
    reads: 'evtx',
  });
  const dump = onPath('evtx_dump.py') ?? onPath('evtx_dump');
  const pyevtx = dump && debianVersion('python3-evtx');
  peers.push({
    name: 'python-evtx',
    version: dump ? `${dump}${pyevtx ? ` (python3-evtx ${pyevtx})` : ''}` : undefined,
    command: dump ? (path) => [dump, [path]] : undefined,
    maxMb: 10,
    reads: 'evtx',
  });
  return peers;
}
