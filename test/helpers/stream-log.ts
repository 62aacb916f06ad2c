import type { Catalog } from '../../src/catalog/catalog-types';
import { Diagnosis } from '../../src/engine/logs/diagnosis';
import { LogStream } from '../../src/engine/logs/log-stream';

/** The diagnosis of a log pushed as text, 1 MB of characters at a time (the text path). */
export function streamText(catalog: Catalog, text: string) {
  const stream = new LogStream(catalog, 'en', new Diagnosis(catalog, 'en', { bulk: true }));
  for (let at = 0; at < text.length; at += 1 << 20) stream.push(text.slice(at, at + (1 << 20)));
  return stream.end();
}

/** The diagnosis of the same log pushed as bytes in pieces of `piece` bytes (the byte path). */
export function streamBytes(catalog: Catalog, bytes: Uint8Array, piece: number) {
  const stream = new LogStream(catalog, 'en', new Diagnosis(catalog, 'en', { bulk: true }));
  for (let at = 0; at < bytes.length; at += piece) stream.pushBytes(bytes.subarray(at, at + piece));
  return stream.end();
}
