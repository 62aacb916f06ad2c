import { ChunkXml } from './binxml';
import { BinXmlError } from './chunk-bytes';
import { crc32 } from './crc32';
import { extractEvent } from './evtx-event';
import { fileTimeText } from './evtx-values';

export const CHUNK_SIZE = 65536;
const CHUNK_HEADER = 512;
const CHUNK_MAGIC = 'ElfChnk\u0000';
const RECORD_MAGIC = 0x00002a2a;
const RECORD_HEADER = 24;

/** One record of a chunk: its id, written time and the event's fields. */
export interface EvtxEvent {
  recordId: number;
  /** When the record was written (its event's TimeCreated is usually the same). */
  written(): string;
  fields: ReturnType<typeof extractEvent>;
}

export interface ChunkResult {
  events: EvtxEvent[];
  /** Records that could not be read (a broken record is skipped, the rest of the chunk is read). */
  failed: number;
  /** Why the chunk was not read at all: a wrong signature or a header checksum that does not match. */
  problem?: 'signature' | 'header-checksum' | 'records-checksum';
}

/**
 * Reads one 64 KB chunk: checks its signature and the checksums it carries (a chunk whose header
 * checksum is zero carries none), then every record between the header and the chunk's free space.
 * A chunk whose signature or header is damaged is skipped; a record that cannot be parsed is
 * counted and skipped, and the records after it are still read.
 */
export function readChunk(chunk: Uint8Array): ChunkResult {
  if (ascii(chunk, 0, 8) !== CHUNK_MAGIC) return { events: [], failed: 0, problem: 'signature' };
  const view = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  const freeSpace = Math.min(view.getUint32(48, true), chunk.length);
  const recordsCrc = view.getUint32(52, true);
  const headerCrc = view.getUint32(124, true);
  if (headerCrc !== 0 && crc32(chunk, [0, 120], [128, CHUNK_HEADER]) !== headerCrc)
    return { events: [], failed: 0, problem: 'header-checksum' };
  const recordsChecked = recordsCrc === 0 || crc32(chunk, [CHUNK_HEADER, freeSpace]) === recordsCrc;

  const xml = new ChunkXml(chunk);
  const events: EvtxEvent[] = [];
  let failed = 0;
  let at = CHUNK_HEADER;
  while (at + RECORD_HEADER <= freeSpace) {
    if (view.getUint32(at, true) !== RECORD_MAGIC) break;
    const size = view.getUint32(at + 4, true);
    if (size < RECORD_HEADER + 4 || at + size > chunk.length) break;
    try {
      events.push({
        recordId: Number(view.getBigUint64(at + 8, true)),
        written: writtenAt(view, at),
        fields: extractEvent(xml, at + RECORD_HEADER, at + size - 4),
      });
    } catch (error) {
      if (!(error instanceof BinXmlError) && !(error instanceof RangeError)) throw error;
      failed++;
    }
    at += size;
  }
  return recordsChecked ? { events, failed } : { events, failed, problem: 'records-checksum' };
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end && i < bytes.length; i++) out += String.fromCharCode(bytes[i]);
  return out;
}

function writtenAt(view: DataView, at: number): () => string {
  const high = view.getUint32(at + 20, true);
  const low = view.getUint32(at + 16, true);
  return () => fileTimeText(high, low);
}
