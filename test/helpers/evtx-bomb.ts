/**
 * A chunk whose one record is a chain of templates, each holding `k` instances of the next, `depth`
 * deep: parsed once, but walked k^depth times by a reader that expands every instance. Adapted from
 * an independent review's reproduction, for the test that a record's cost is bounded.
 */
export function templateBomb(k: number, D: number): Uint8Array {
  const chunk = new Uint8Array(65536);
  const view = new DataView(chunk.buffer);
  chunk.set(
    [...'ElfChnk\0'].map((c) => c.charCodeAt(0)),
    0
  );
  // templates from offset 8192
  const tOff: number[] = [];
  let at = 8192;
  for (let i = 0; i <= D; i++) {
    tOff.push(at);
    at += 24 + (i < D ? k * 14 : 0) + 1;
  }
  for (let i = 0; i <= D; i++) {
    const t = tOff[i];
    const size = (i < D ? k * 14 : 0) + 1;
    view.setUint32(t + 20, size, true);
    let p = t + 24;
    if (i < D)
      for (let j = 0; j < k; j++) {
        chunk[p] = 0x0c;
        chunk[p + 1] = 1;
        view.setUint32(p + 2, i + 1, true);
        view.setUint32(p + 6, tOff[i + 1], true);
        view.setUint32(p + 10, 0, true);
        p += 14;
      }
    chunk[p] = 0x00;
  }
  // record at 512
  const r = 512;
  const frag = [0x0f, 1, 1, 0, 0x0c, 1, 0, 0, 0, 0, ...[0, 0, 0, 0], 0, 0, 0, 0, 0x00];
  const size = 24 + frag.length + 4;
  view.setUint32(r, 0x2a2a, true);
  view.setUint32(r + 4, size, true);
  chunk.set(frag, r + 24);
  view.setUint32(r + 24 + 4 + 6, tOff[0], true);
  view.setUint32(r + size - 4, size, true);
  view.setUint32(48, r + size, true); // free space
  return chunk;
}
