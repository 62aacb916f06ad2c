import { decodeUtf16le } from './utf16';

/** A malformed BinXml structure: the record is skipped, the chunk read on. */
export class BinXmlError extends Error {
  override name = 'BinXmlError';
}

/**
 * Bounds-checked reads from one chunk's bytes (little-endian numbers, UTF-16 text) and the names
 * its BinXml references by offset, each read once.
 */
export class ChunkBytes {
  private readonly names = new Map<number, string>();
  private readonly view: DataView;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** The name whose reference is at `at` (a chunk offset to the name structure). */
  protected name(at: number): string {
    const offset = this.u32(at);
    let name = this.names.get(offset);
    if (name === undefined) {
      if (offset + 8 > this.bytes.length) throw new BinXmlError('name outside the chunk');
      name = this.utf16(offset + 8, this.u16(offset + 6));
      this.names.set(offset, name);
    }
    return name;
  }

  /** Past a name reference, and past the name itself when it is stored right there. */
  protected skipName(at: number): number {
    const offset = this.u32(at);
    return offset === at + 4 ? at + 4 + 8 + 2 * this.u16(offset + 6) + 2 : at + 4;
  }

  protected utf16(at: number, chars: number): string {
    if (at + 2 * chars > this.bytes.length) throw new BinXmlError('text outside the chunk');
    const text = decodeUtf16le(this.bytes.subarray(at, at + 2 * chars));
    const nul = text.indexOf('\u0000');
    return nul < 0 ? text : text.slice(0, nul);
  }

  protected u16(at: number): number {
    if (at + 2 > this.bytes.length) throw new BinXmlError('read outside the chunk');
    return this.view.getUint16(at, true);
  }

  protected u32(at: number): number {
    if (at + 4 > this.bytes.length) throw new BinXmlError('read outside the chunk');
    return this.view.getUint32(at, true);
  }
}
