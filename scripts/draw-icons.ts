import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { findProjectRoot } from '../src/files/project-root';

/**
 * Draws the app icons into manifest/: color.png (192×192, full colour) and outline.png
 * (32×32, white on transparent), as Teams requires. A magnifier over a code bracket: "decode".
 * Run with `npm run build && node dist/scripts/draw-icons.js` after changing the drawing.
 */
type Rgba = [number, number, number, number];

function drawIcon(size: number, background: Rgba | null, ink: Rgba): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  const s = size / 32;
  const inMagnifier = (x: number, y: number) => {
    const d = Math.hypot(x - 13 * s, y - 13 * s);
    const ring = d >= 6.2 * s && d <= 9 * s;
    const along = (x - 13 * s + (y - 13 * s)) / Math.SQRT2;
    const across = Math.abs(x - 13 * s - (y - 13 * s)) / Math.SQRT2;
    const handle = along >= 8.5 * s && along <= 17 * s && across <= 2 * s;
    return ring || handle;
  };
  const inBracket = (x: number, y: number) => {
    const left = x >= 9.5 * s && x <= 11.5 * s && y >= 9 * s && y <= 17 * s;
    const top = y >= 9 * s && y <= 10.6 * s && x >= 9.5 * s && x <= 13 * s;
    const bottom = y >= 15.4 * s && y <= 17 * s && x >= 9.5 * s && x <= 13 * s;
    return left || top || bottom;
  };
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const cx = x + 0.5;
      const cy = y + 0.5;
      let color: Rgba | null = background;
      if (background) {
        const r = 6 * s;
        const dx = Math.max(r - cx, 0, cx - (size - r));
        const dy = Math.max(r - cy, 0, cy - (size - r));
        if (Math.hypot(dx, dy) > r) color = null;
      }
      if (inMagnifier(cx, cy) || inBracket(cx, cy)) color = ink;
      if (color) pixels.set(color, (y * size + x) * 4);
    }
  }
  return encodePng(size, size, pixels);
}

function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++)
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

if (require.main === module) {
  const dir = join(findProjectRoot(), 'manifest');
  writeFileSync(join(dir, 'color.png'), drawIcon(192, [37, 99, 235, 255], [255, 255, 255, 255]));
  writeFileSync(join(dir, 'outline.png'), drawIcon(32, null, [255, 255, 255, 255]));
}
