#!/usr/bin/env node
// Draws the Klarplan toolbar icon (dark-blue rounded square, white check mark) as PNGs
// in public/icon/{16,32,48,128}.png. Node built-ins only (zlib); run: node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icon');
const SIZES = [16, 32, 48, 128];
const BG = [0x1a, 0x4f, 0x8b]; // #1a4f8b: white on it has a contrast of about 8.3:1
const FG = [0xff, 0xff, 0xff];
const SS = 4; // supersampling per axis

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

// Shapes in unit coordinates (0..1).
function insideRoundedSquare(x, y) {
  const m = 0.04, r = 0.2;
  const lo = m + r, hi = 1 - m - r;
  const cx = Math.min(Math.max(x, lo), hi), cy = Math.min(Math.max(y, lo), hi);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= m && x <= 1 - m && y >= m && y <= 1 - m;
}
function distToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
const CHECK = [[0.26, 0.53], [0.43, 0.7], [0.75, 0.33]];
function onCheck(x, y, size) {
  const half = Math.max(0.075, 1.6 / size); // keep the stroke at least ~3 px wide on 16 px
  return distToSegment(x, y, CHECK[0], CHECK[1]) <= half || distToSegment(x, y, CHECK[1], CHECK[2]) <= half;
}

function png(size) {
  const raw = Buffer.alloc(size * (1 + size * 4));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 4);
    raw[row] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      let bg = 0, fg = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const ux = (x + (sx + 0.5) / SS) / size, uy = (y + (sy + 0.5) / SS) / size;
          if (!insideRoundedSquare(ux, uy)) continue;
          if (onCheck(ux, uy, size)) fg++;
          else bg++;
        }
      }
      const n = SS * SS, a = (bg + fg) / n;
      const i = row + 1 + x * 4;
      for (let c = 0; c < 3; c++) raw[i + c] = a ? Math.round((BG[c] * bg + FG[c] * fg) / (bg + fg)) : 0;
      raw[i + 3] = Math.round(a * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) {
  const file = join(OUT, `${size}.png`);
  const data = png(size);
  writeFileSync(file, data);
  console.log(`${file}: ${data.length} bytes`);
}
