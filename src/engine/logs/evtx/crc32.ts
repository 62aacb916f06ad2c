/** The CRC-32 (IEEE 802.3, as zlib computes it) that .evtx headers and chunks carry. */
const TABLES = (() => {
  // Slicing by 4: four tables let the loop take four bytes a step.
  const tables = Array.from({ length: 4 }, () => new Uint32Array(256));
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    tables[0][n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++)
    for (let t = 1; t < 4; t++)
      tables[t][n] = (tables[0][tables[t - 1][n] & 0xff] ^ (tables[t - 1][n] >>> 8)) >>> 0;
  return tables;
})();

/** CRC-32 of the given byte ranges, in order, as one stream. */
export function crc32(bytes: Uint8Array, ...ranges: Array<[number, number]>): number {
  const [t0, t1, t2, t3] = TABLES;
  let crc = 0xffffffff;
  for (const [start, end] of ranges) {
    let i = start;
    for (; i + 4 <= end; i += 4) {
      crc ^= bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
      crc = t3[crc & 0xff] ^ t2[(crc >>> 8) & 0xff] ^ t1[(crc >>> 16) & 0xff] ^ t0[crc >>> 24];
    }
    for (; i < end; i++) crc = t0[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}
