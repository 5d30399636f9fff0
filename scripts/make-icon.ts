/**
 * Writes the placeholder application icon, build/icon.png (512x512 RGBA), with Node only: a teal
 * rounded square with a light ring, drawn pixel by pixel and encoded as PNG with zlib.
 * Replace build/icon.png with the real artwork when there is one.
 * Usage: tsx scripts/make-icon.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { repoRoot } from './run';

const SIZE = 512;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Coverage (0..1) of a pixel by the shape, sampled 4x4 for smooth edges. */
function coverage(x: number, y: number, inside: (px: number, py: number) => boolean): number {
  let hits = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside(x + (i + 0.5) / 4, y + (j + 0.5) / 4)) hits++;
  return hits / 16;
}

function roundedSquare(px: number, py: number): boolean {
  const margin = 24;
  const radius = 96;
  const cx = Math.min(Math.max(px, margin + radius), SIZE - margin - radius);
  const cy = Math.min(Math.max(py, margin + radius), SIZE - margin - radius);
  return (px - cx) ** 2 + (py - cy) ** 2 <= radius ** 2 && px >= margin && py >= margin;
}

function ring(px: number, py: number): boolean {
  const d = Math.hypot(px - SIZE / 2, py - SIZE / 2);
  return (d >= 110 && d <= 160) || d <= 40;
}

export function iconPng(): Buffer {
  const teal = [0x2f, 0x6f, 0x6a];
  const light = [0xf3, 0xe9, 0xd8];
  const rows: Buffer[] = [];
  for (let y = 0; y < SIZE; y++) {
    const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0, then RGBA
    for (let x = 0; x < SIZE; x++) {
      const bg = coverage(x, y, roundedSquare);
      const fg = bg > 0 ? coverage(x, y, ring) : 0;
      for (let c = 0; c < 3; c++) {
        row[1 + x * 4 + c] = Math.round((teal[c] ?? 0) * (1 - fg) + (light[c] ?? 0) * fg);
      }
      row[1 + x * 4 + 3] = Math.round(255 * bg);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const file = path.join(repoRoot, 'build', 'icon.png');
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, iconPng());
console.log(`Wrote ${path.relative(repoRoot, file)} (${SIZE}x${SIZE}).`);
