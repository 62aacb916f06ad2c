import type { LogRecord } from '../../model/log-record';
import { eventLevelName, eventRecord } from '../readers/event-record';
import { BinXmlError } from './chunk-bytes';
import { CHUNK_SIZE, readChunk, type EvtxEvent } from './evtx-chunk';

export { MAX_RECORD_CHARS } from './evtx-event';

const FILE_HEADER = 4096;
const EVENT_ID = /^\d{1,6}$/;

/** What reading an .evtx file came to. */
export interface EvtxStats {
  records: number;
  /** Records that could not be parsed, in chunks that were otherwise read. */
  failedRecords: number;
  /** Records read only up to MAX_RECORD_CHARS: their text went on past it (a crafted file). */
  cutRecords: number;
  /** Chunks skipped as damaged (wrong signature or header checksum). */
  skippedChunks: number;
  /**
   * Chunks whose records do not match their checksum, read anyway: Windows leaves them so in a log
   * it was still writing, and their records are usually whole.
   */
  checksumMismatches: number;
  /** The file header was missing or damaged (its checksum did not match): chunks were still read. */
  headerDamaged: boolean;
  /** The file ends inside its header or a chunk: records after that point are missing. */
  truncated: boolean;
}

/**
 * Reads an .evtx file as its bytes arrive: the 4 KB file header, then each 64 KB chunk as soon
 * as it is complete, so memory holds one chunk whatever the file's size. Every event becomes the
 * same record an Event Viewer XML paste gives (provider, event id, level, time, channel, computer,
 * data values) and goes to `onRecord`.
 */
export class EvtxReader {
  private buffer = new Uint8Array(CHUNK_SIZE);
  private filled = 0;
  private headerRead = false;
  private readonly stats: EvtxStats = {
    records: 0,
    failedRecords: 0,
    cutRecords: 0,
    skippedChunks: 0,
    checksumMismatches: 0,
    headerDamaged: false,
    truncated: false,
  };

  /**
   * `wants`, when given, is asked before a record is built from an event's fields; events it does
   * not want are counted and left.
   */
  constructor(
    private readonly onRecord: (record: LogRecord) => void,
    private readonly wants?: (
      fields: Pick<LogRecord, 'provider' | 'channel' | 'eventId' | 'level'>
    ) => boolean
  ) {}

  push(bytes: Uint8Array): void {
    let at = 0;
    while (at < bytes.length) {
      const want = (this.headerRead ? CHUNK_SIZE : FILE_HEADER) - this.filled;
      const take = Math.min(want, bytes.length - at);
      this.buffer.set(bytes.subarray(at, at + take), this.filled);
      this.filled += take;
      at += take;
      if (this.filled === (this.headerRead ? CHUNK_SIZE : FILE_HEADER)) this.complete();
    }
  }

  /** Reads a final partial chunk, if any, and returns what the file came to. */
  end(): EvtxStats {
    if (this.filled > 0 || !this.headerRead) this.stats.truncated = true;
    if (this.headerRead && this.filled > 512) {
      this.buffer.fill(0, this.filled);
      this.complete();
    }
    return { ...this.stats };
  }

  private complete(): void {
    const filled = this.buffer.subarray(0, this.filled);
    this.filled = 0;
    if (!this.headerRead) {
      this.headerRead = true;
      this.stats.headerDamaged = String.fromCharCode(...filled.subarray(0, 7)) !== 'ElfFile';
      return;
    }
    const result = readChunk(filled);
    if (result.problem === 'records-checksum') this.stats.checksumMismatches++;
    else if (result.problem) {
      // A chunk of zeros is unused space at the end of the file, not damage.
      if (filled.some((b) => b !== 0)) this.stats.skippedChunks++;
      return;
    }
    this.stats.failedRecords += result.failed;
    for (const event of result.events) {
      const { eventId, provider, channel, levelCode } = event.fields;
      if (!eventId || !EVENT_ID.test(eventId)) continue;
      this.stats.records++;
      const level = eventLevelName(levelCode);
      if (this.wants && !this.wants({ eventId, provider, channel, level })) continue;
      const record = this.build(event, eventId);
      if (record) this.onRecord(record);
    }
  }

  /**
   * The record of an event whose EventData (read only now, for records the diagnosis wants) may
   * still turn out damaged: such a record is counted as failed and the rest of the chunk is read.
   */
  private build(event: EvtxEvent, eventId: string): LogRecord | undefined {
    const { time, computer, data, cut, provider, channel, levelCode } = event.fields;
    try {
      const record = eventRecord({
        eventId,
        provider,
        channel,
        levelCode,
        computer,
        time: time() ?? event.written(),
        data: data(),
      });
      if (cut()) this.stats.cutRecords++;
      return record;
    } catch (error) {
      if (!(error instanceof BinXmlError) && !(error instanceof RangeError)) throw error;
      this.stats.records--;
      this.stats.failedRecords++;
      return undefined;
    }
  }
}
