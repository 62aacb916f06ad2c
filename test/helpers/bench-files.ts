import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { writeEvtx } from './evtx-writer';
import { iisLog, textLog } from './generate-logs';

/**
 * The files `npm run bench` reads, and the test that pins their diagnosis: each kind writes a file
 * of any size by repeating one block (10 MB of generated text, or the chunks of an .evtx), so a
 * small file and a 1 GB one hold the same records in the same order and differ only in count.
 */
export interface BenchKind {
  name: string;
  evtx: boolean;
  /** The arguments `grep` counts the file's lines with: the floor a reader can be compared with. */
  grep: string[];
  /** Writes a file of about `bytes` (at least; whole blocks) to `path`. */
  write(path: string, bytes: number): void;
}

const CHUNK = 65536;
const BLOCK_BYTES = 10_000_000;

/** Repeats a block until the file has `bytes`. */
function repeatBlock(path: string, bytes: number, block: Uint8Array, header?: Uint8Array): void {
  const fd = openSync(path, 'w');
  try {
    let size = 0;
    if (header) size += writeSync(fd, header);
    while (size < bytes) size += writeSync(fd, block);
  } finally {
    closeSync(fd);
  }
}

/** The chunks of an .evtx file, without its header. */
function chunksOf(file: Uint8Array): Uint8Array {
  return file.subarray(4096, 4096 + Math.floor((file.length - 4096) / CHUNK) * CHUNK);
}

let systemLog: Uint8Array | undefined;
let connectorLog: Uint8Array | undefined;

/** The System log of test/fixtures (a real one, see its README). */
function systemEvtx(): Uint8Array {
  return (systemLog ??= new Uint8Array(
    readFileSync(join(__dirname, '..', 'fixtures', 'evtx', 'system.evtx'))
  ));
}

/** 2000 connector events, two in three a failure with a code: every record is resolved. */
function connectorEvtx(): Uint8Array {
  return (connectorLog ??= writeEvtx(
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
  ));
}

/** A text block, written once per size asked for (building 10 MB of text takes a moment). */
function textBlock(make: (bytes: number) => string, block: number): Uint8Array {
  return Buffer.from(make(block) + '\n');
}

export const BENCH_KINDS: readonly BenchKind[] = [
  {
    name: 'IIS log (NDES site)',
    evtx: false,
    grep: ['-c', 'mscep'],
    write: (path, bytes) =>
      repeatBlock(path, bytes, textBlock(iisLog, Math.min(bytes, BLOCK_BYTES))),
  },
  {
    name: 'text log',
    evtx: false,
    grep: ['-c', 'ERROR'],
    write: (path, bytes) =>
      repeatBlock(path, bytes, textBlock(textLog, Math.min(bytes, BLOCK_BYTES))),
  },
  {
    name: '.evtx (System log records)',
    evtx: true,
    grep: ['-c', '-a', 'ElfChnk'],
    write: (path, bytes) =>
      repeatBlock(path, bytes, chunksOf(systemEvtx()), systemEvtx().subarray(0, 4096)),
  },
  {
    name: '.evtx (connector failures only)',
    evtx: true,
    grep: ['-c', '-a', 'ElfChnk'],
    write: (path, bytes) =>
      repeatBlock(path, bytes, chunksOf(connectorEvtx()), connectorEvtx().subarray(0, 4096)),
  },
];
