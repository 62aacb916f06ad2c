import { Readable } from 'node:stream';

/** Text up to this size from standard input is explained like a paste. */
const PASTE_BYTES = 1024 * 1024;

/**
 * Standard input's text when it is paste-sized text, or a stream of all of it (the bytes read so
 * far, then the rest) when it is larger or binary (.evtx, gzip, NUL bytes).
 */
export async function peekStdin(input: Readable): Promise<{ text: string } | { stream: Readable }> {
  const chunks: Buffer[] = [];
  let size = 0;
  const iterator = input[Symbol.asyncIterator]();
  let ended = false;
  while (size <= PASTE_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(String(next.value));
    chunks.push(chunk);
    size += chunk.length;
  }
  const head = Buffer.concat(chunks, size);
  const binary =
    head.subarray(0, 8).toString('latin1').startsWith('ElfFile') ||
    (head[0] === 0x1f && head[1] === 0x8b) ||
    head.subarray(0, 4096).includes(0);
  if (ended && !binary) return { text: head.toString('utf8') };
  async function* all() {
    yield head;
    if (!ended)
      for (let n = await iterator.next(); !n.done; n = await iterator.next()) yield n.value;
  }
  return { stream: Readable.from(all()) };
}
