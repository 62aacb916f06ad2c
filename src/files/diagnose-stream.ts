import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { Catalog, Language } from '../catalog/catalog-types';
import type { LogAnswer } from '../engine';
import { type Diagnosis, EvtxReader, LogStream, type EvtxStats } from '../engine';

/** What a file turned out to be. */
export type FileKind = 'evtx' | 'text' | 'gzip+evtx' | 'gzip+text';

export interface FileDiagnosis {
  answer: LogAnswer;
  kind: FileKind;
  /** Bytes read (after decompression). */
  bytes: number;
  /** .evtx only: records read, chunks skipped as damaged. */
  evtx?: EvtxStats;
}

/** Why a file was not read. */
export class FileRefusal extends Error {
  override name = 'FileRefusal';
  constructor(readonly reason: 'not-a-log' | 'too-large' | 'zip') {
    super(reason);
  }
}

export interface DiagnoseOptions {
  catalog: Catalog;
  language: Language;
  /** Called now and then with the bytes read so far. */
  onProgress?: (bytes: number) => void;
  /** Decompressed bytes beyond this are refused (a small .gz can hold a huge file). */
  maxBytes?: number;
  /** Findings to add to (several files, one answer); a new one by default. */
  diagnosis?: Diagnosis;
  /** Set while reading what a gzip layer holds. */
  insideGzip?: boolean;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const GZIP = [0x1f, 0x8b];
const EVTX = [0x45, 0x6c, 0x66, 0x46, 0x69, 0x6c, 0x65, 0x00]; // ElfFile\0
/** Bytes looked at to decide the kind: enough for any signature and a sample of text. */
const SNIFF_BYTES = 4096;

/**
 * Diagnoses a log file from its bytes as they arrive: the kind is decided from the content (gzip,
 * .evtx, or text in UTF-8 or UTF-16), never from the name; anything else is refused as not a log.
 * Nothing is kept but the current piece and the findings, so memory stays flat.
 */
export async function diagnoseStream(
  source: AsyncIterable<Uint8Array>,
  options: DiagnoseOptions
): Promise<FileDiagnosis> {
  const { head, rest } = await peek(source, SNIFF_BYTES);
  if (startsWith(head, GZIP)) {
    // One layer only: a gzip inside a gzip is refused, so no file can make the reader inflate
    // layer after layer, or inflate bytes it never counts.
    if (options.insideGzip) throw new FileRefusal('not-a-log');
    const gunzip = Readable.from(prepend(head, rest)).pipe(createGunzip());
    const inner = await diagnoseStream(gunzip as AsyncIterable<Uint8Array>, {
      ...options,
      insideGzip: true,
    });
    return { ...inner, kind: inner.kind === 'evtx' ? 'gzip+evtx' : 'gzip+text' };
  }
  // A .zip (how Windows compresses) is an archive of files, not a log: the admin is told to send the
  // log itself or gzip it, rather than that this is not a log.
  if (startsWith(head, ZIP)) throw new FileRefusal('zip');
  const bytes = prepend(head, rest);
  if (startsWith(head, EVTX)) return readEvtx(bytes, options);
  const encoding = textEncoding(head);
  if (!encoding) throw new FileRefusal('not-a-log');
  return readText(bytes, encoding, options);
}

async function readEvtx(
  source: AsyncIterable<Uint8Array>,
  options: DiagnoseOptions
): Promise<FileDiagnosis> {
  const stream = new LogStream(options.catalog, options.language, options.diagnosis);
  const reader = new EvtxReader(
    (record) => stream.pushRecord(record, 'evtx'),
    (fields) => stream.wants(fields, 'evtx')
  );
  const bytes = await each(source, options, (chunk) => reader.push(chunk));
  const evtx = reader.end();
  return { answer: stream.end(), kind: 'evtx', bytes, evtx };
}

async function readText(
  source: AsyncIterable<Uint8Array>,
  encoding: string,
  options: DiagnoseOptions
): Promise<FileDiagnosis> {
  const stream = new LogStream(options.catalog, options.language, options.diagnosis);
  // UTF-8 goes in as bytes: the stream decodes only what its format needs (an IIS log's rows).
  if (encoding === 'utf-8') {
    const bytes = await each(source, options, (chunk) => stream.pushBytes(chunk));
    return { answer: stream.end(), kind: 'text', bytes };
  }
  const decoder = new TextDecoder(encoding);
  const bytes = await each(source, options, (chunk) =>
    stream.push(decoder.decode(chunk, { stream: true }))
  );
  stream.push(decoder.decode());
  return { answer: stream.end(), kind: 'text', bytes };
}

/** Feeds every chunk to `take`, counting bytes, reporting progress and enforcing the size cap. */
async function each(
  source: AsyncIterable<Uint8Array>,
  options: DiagnoseOptions,
  take: (chunk: Uint8Array) => void
): Promise<number> {
  let bytes = 0;
  let reported = 0;
  for await (const chunk of source) {
    bytes += chunk.length;
    if (options.maxBytes !== undefined && bytes > options.maxBytes)
      throw new FileRefusal('too-large');
    take(chunk);
    if (options.onProgress && bytes - reported >= 4 * 1024 * 1024) {
      reported = bytes;
      options.onProgress(bytes);
    }
  }
  return bytes;
}

/**
 * The encoding of a text file, from its byte-order mark or its first bytes: UTF-16 (Event Viewer
 * and PowerShell often write it), Shift-JIS when the bytes are that and not UTF-8, else UTF-8. Undefined when the bytes are not text: NULs or
 * other control characters where text has none.
 */
export function textEncoding(head: Uint8Array): string | undefined {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const sample = head.subarray(0, Math.min(head.length, SNIFF_BYTES));
  let zeroOdd = 0;
  let zeroEven = 0;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b === 0) {
      if (i % 2) zeroOdd++;
      else zeroEven++;
    } else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x1b && b !== 0x0c)
      control++;
  }
  const half = sample.length / 2;
  if (zeroOdd > half * 0.3 && zeroEven < half * 0.05) return 'utf-16le';
  if (zeroEven > half * 0.3 && zeroOdd < half * 0.05) return 'utf-16be';
  if (zeroOdd + zeroEven > 0 || control > sample.length * 0.01) return undefined;
  // Japanese Windows writes Shift-JIS (CP932) from Set-Content and cmd: bytes that are not UTF-8
  // but are Shift-JIS are read as such, so the labels (イベント ID) still read.
  if (!decodes('utf-8', sample) && decodes('shift_jis', sample)) return 'shift_jis';
  return 'utf-8';
}

/** True when `bytes` are valid in `encoding` (a character cut at the end is not an error). */
function decodes(encoding: string, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** The first `size` bytes (or all, if fewer), and an iterator over the rest. */
async function peek(
  source: AsyncIterable<Uint8Array>,
  size: number
): Promise<{ head: Uint8Array; rest: AsyncIterator<Uint8Array> }> {
  const rest = source[Symbol.asyncIterator]();
  const parts: Uint8Array[] = [];
  let length = 0;
  while (length < size) {
    const next = await rest.next();
    if (next.done) break;
    parts.push(next.value);
    length += next.value.length;
  }
  return { head: concat(parts, length), rest };
}

async function* prepend(
  head: Uint8Array,
  rest: AsyncIterator<Uint8Array>
): AsyncGenerator<Uint8Array> {
  if (head.length) yield head;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  return parts.length === 1 ? parts[0] : Buffer.concat(parts, length);
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}
