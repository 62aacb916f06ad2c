import { crc32 } from '../../src/engine/logs/evtx/crc32';

/**
 * A small .evtx writer for tests: real files carry no Certificate Connector events, so tests build
 * them. Each chunk defines one template (Event › System fields and EventData › Data values, all
 * substitutions) in its first record and references it from the others, as Windows does; names are
 * stored inline the first time and referenced after. Checksums are written like Windows writes them.
 */
export interface EventSpec {
  provider: string;
  eventId: number;
  level: number;
  /** ISO 8601 UTC. */
  time: string;
  channel: string;
  computer: string;
  /** EventData values, named. */
  data: Array<[string, string]>;
}

const CHUNK = 65536;
const FILETIME_UNIX_MS = 11644473600000n;

export interface EvtxOptions {
  /** Events per chunk (50 by default). */
  perChunk?: number;
  /**
   * A template whose EventData holds this many Data elements, every one substituting the event's
   * first data value (as a crafted file can): the record is small, its rendering is not.
   */
  repeatData?: number;
}

export function writeEvtx(events: EventSpec[], options: EvtxOptions = {}): Uint8Array {
  const perChunk = options.perChunk ?? 50;
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < events.length; i += perChunk)
    chunks.push(writeChunk(events.slice(i, i + perChunk), i + 1, options.repeatData));
  const header = new Uint8Array(4096);
  const view = new DataView(header.buffer);
  header.set(ascii('ElfFile\u0000'), 0);
  view.setBigUint64(16, BigInt(Math.max(0, chunks.length - 1)), true);
  view.setBigUint64(24, BigInt(events.length + 1), true);
  view.setUint32(32, 128, true);
  view.setUint16(36, 1, true);
  view.setUint16(38, 3, true);
  view.setUint16(40, 4096, true);
  view.setUint16(42, chunks.length, true);
  view.setUint32(124, crc32(header, [0, 120]), true);
  const out = new Uint8Array(4096 + chunks.length * CHUNK);
  out.set(header, 0);
  chunks.forEach((c, i) => out.set(c, 4096 + i * CHUNK));
  return out;
}

/** The Data element names of a chunk's template: every event of a chunk must use the same. */
function writeChunk(events: EventSpec[], firstRecord: number, repeatData?: number): Uint8Array {
  const chunk = new Uint8Array(CHUNK);
  const view = new DataView(chunk.buffer);
  const w = new Writer(chunk, 512);
  let templateAt = 0;
  const names = events[0].data.map(([n]) => n);
  const subs = repeatData ? Array.from({ length: repeatData }, () => 0) : names.map((_, i) => i);
  events.forEach((event, index) => {
    const start = w.at;
    w.u32(0x2a2a);
    w.u32(0); // size, set below
    w.u64(BigInt(firstRecord + index));
    w.u64(fileTime(event.time));
    w.bytes([0x0f, 0x01, 0x01, 0x00, 0x0c, 0x01]);
    w.u32(0x1234);
    if (templateAt === 0) {
      templateAt = w.at + 4;
      w.u32(templateAt);
      w.u32(0); // next template
      w.bytes(new Array(16).fill(7)); // GUID
      const sizeAt = w.at;
      w.u32(0);
      const bodyStart = w.at;
      writeTemplate(
        w,
        subs.map((i) => [names[i], 6 + i])
      );
      view.setUint32(sizeAt, w.at - bodyStart, true);
    } else w.u32(templateAt);
    const values: Array<[number, Uint8Array]> = [
      [0x01, utf16(event.provider)],
      [0x06, u16(event.eventId)],
      [0x04, new Uint8Array([event.level])],
      [0x11, u64(fileTime(event.time))],
      [0x01, utf16(event.channel)],
      [0x01, utf16(event.computer)],
      ...event.data.map(([, v]): [number, Uint8Array] => [0x01, utf16(v)]),
    ];
    w.u32(values.length);
    for (const [type, bytes] of values) {
      w.u16(bytes.length);
      w.bytes([type, 0]);
    }
    for (const [, bytes] of values) w.bytes(bytes);
    w.bytes([0x00]); // end of the record's fragment
    w.u32(0); // size copy, set below
    const size = w.at - start;
    view.setUint32(start + 4, size, true);
    view.setUint32(w.at - 4, size, true);
  });
  chunk.set(ascii('ElfChnk\u0000'), 0);
  view.setBigUint64(8, BigInt(firstRecord), true);
  view.setBigUint64(16, BigInt(firstRecord + events.length - 1), true);
  view.setBigUint64(24, BigInt(firstRecord), true);
  view.setBigUint64(32, BigInt(firstRecord + events.length - 1), true);
  view.setUint32(40, 128, true);
  view.setUint32(48, w.at, true);
  view.setUint32(52, crc32(chunk, [512, w.at]), true);
  view.setUint32(124, crc32(chunk, [0, 120], [128, 512]), true);
  return chunk;
}

/**
 * Event(xmlns) › System › Provider[Name], EventID, Level, TimeCreated[SystemTime], Channel,
 * Computer; EventData › Data[Name], each [name, substitution index] (no Name attribute for '').
 */
function writeTemplate(w: Writer, data: Array<[string, number]>): void {
  w.bytes([0x0f, 0x01, 0x01, 0x00]);
  const element = (name: string, body: () => void, attributes?: () => void) => {
    w.bytes([attributes ? 0x41 : 0x01]);
    w.u16(0xffff);
    const sizeAt = w.at;
    w.u32(0);
    w.name(name);
    if (attributes) {
      const listAt = w.at;
      w.u32(0);
      attributes();
      w.view.setUint32(listAt, w.at - listAt - 4, true);
    }
    w.bytes([0x02]);
    body();
    w.bytes([0x04]);
    w.view.setUint32(sizeAt, w.at - sizeAt - 4, true);
  };
  const attribute = (name: string, sub: number, last = true) => {
    w.bytes([last ? 0x06 : 0x46]);
    w.name(name);
    w.substitution(sub);
  };
  element('Event', () => {
    element('System', () => {
      element(
        'Provider',
        () => {},
        () => attribute('Name', 0)
      );
      element('EventID', () => w.substitution(1));
      element('Level', () => w.substitution(2));
      element(
        'TimeCreated',
        () => {},
        () => attribute('SystemTime', 3)
      );
      element('Channel', () => w.substitution(4));
      element('Computer', () => w.substitution(5));
    });
    element('EventData', () => {
      data.forEach(([name, sub]) =>
        element(
          'Data',
          () => w.substitution(sub),
          name
            ? () => {
                w.bytes([0x06]);
                w.name('Name');
                w.text(name);
              }
            : undefined
        )
      );
    });
  });
  w.bytes([0x00]);
}

class Writer {
  readonly view: DataView;
  private readonly names = new Map<string, number>();
  constructor(
    readonly buffer: Uint8Array,
    public at: number
  ) {
    this.view = new DataView(buffer.buffer);
  }
  bytes(values: ArrayLike<number>): void {
    this.buffer.set(values, this.at);
    this.at += values.length;
  }
  u16(v: number): void {
    this.view.setUint16(this.at, v, true);
    this.at += 2;
  }
  u32(v: number): void {
    this.view.setUint32(this.at, v, true);
    this.at += 4;
  }
  u64(v: bigint): void {
    this.view.setBigUint64(this.at, v, true);
    this.at += 8;
  }
  /** A name reference: inline the first time in the chunk, by offset after. */
  name(name: string): void {
    const known = this.names.get(name);
    if (known !== undefined) return this.u32(known);
    const offset = this.at + 4;
    this.names.set(name, offset);
    this.u32(offset);
    this.u32(0);
    this.u16(0); // hash (not checked by readers)
    this.u16(name.length);
    this.bytes(utf16(`${name}\u0000`));
  }
  substitution(index: number): void {
    this.bytes([0x0e]);
    this.u16(index);
    this.bytes([0x01]);
  }
  text(value: string): void {
    this.bytes([0x05, 0x01]);
    this.u16(value.length);
    this.bytes(utf16(value));
  }
}

function fileTime(iso: string): bigint {
  return (BigInt(Date.parse(iso)) + FILETIME_UNIX_MS) * 10000n;
}
function utf16(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[2 * i] = text.charCodeAt(i) & 0xff;
    out[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
}
function u16(v: number): Uint8Array {
  return new Uint8Array([v & 0xff, v >> 8]);
}
function u64(v: bigint): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, v, true);
  return out;
}
function ascii(text: string): Uint8Array {
  return new Uint8Array([...text].map((c) => c.charCodeAt(0)));
}
