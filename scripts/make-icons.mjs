// Draws PeakStock's add-in icons (assets/icon-<size>.png) with nothing but Node's zlib:
// a rounded square shaded from blue to teal, with white bars rising to a peak (demand
// peaking at a promotion). Run `node scripts/make-icons.mjs` after changing the design;
// the PNGs are committed, so the build never needs this script.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";
import { Buffer } from "node:buffer";
import process from "node:process";

const SIZES = [16, 32, 64, 80, 128];
const SAMPLES = 8; // supersampling per axis, for anti-aliased edges

const TOP = [0x0f, 0x6c, 0xbd]; // blue, top-left
const BOTTOM = [0x03, 0x83, 0x87]; // teal, bottom-right
const GLYPH = [0xff, 0xff, 0xff];

/** Bars rising to a peak and falling back: heights as fractions of the glyph box. */
function barsFor(size) {
  return size <= 16 ? [0.45, 1, 0.6] : [0.32, 0.58, 1, 0.7, 0.42];
}

/** True when (x, y) in unit coordinates lies inside the rounded square. */
function inRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 && x >= 0 && x <= 1 && y >= 0 && y <= 1;
}

/** True when (x, y) lies on one of the bars; the box is [0.2, 0.8] across, [0.22, 0.78] down. */
function inGlyph(x, y, size) {
  const bars = barsFor(size);
  const left = 0.2;
  const right = 0.8;
  const top = 0.22;
  const base = 0.78;
  const gapRatio = size <= 16 ? 0.5 : 0.35; // gap as a fraction of a bar's width
  const barWidth = (right - left) / (bars.length + (bars.length - 1) * gapRatio);
  const pitch = barWidth * (1 + gapRatio);
  if (x < left || x > right || y > base) return false;
  const index = Math.floor((x - left) / pitch);
  if (index >= bars.length || x - left - index * pitch > barWidth) return false;
  return y >= base - bars[index] * (base - top);
}

/** RGBA pixels of one icon, row by row. */
function draw(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const radius = 0.22;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let cover = 0;
      let glyph = 0;
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (inRoundedSquare(x, y, radius)) {
            cover += 1;
            if (inGlyph(x, y, size)) glyph += 1;
          }
        }
      }
      const samples = SAMPLES * SAMPLES;
      const t = (px + py) / (2 * (size - 1)); // diagonal gradient
      const glyphShare = cover === 0 ? 0 : glyph / cover;
      const offset = (py * size + px) * 4;
      for (let c = 0; c < 3; c += 1) {
        const background = TOP[c] + (BOTTOM[c] - TOP[c]) * t;
        pixels[offset + c] = Math.round(background + (GLYPH[c] - background) * glyphShare);
      }
      pixels[offset + 3] = Math.round((255 * cover) / samples);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels as a PNG: 8-bit RGBA, no interlace, filter 0 on every row. */
function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0;
    pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const assets = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
mkdirSync(assets, { recursive: true });
for (const size of SIZES) {
  const file = join(assets, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, draw(size)));
  process.stdout.write(`wrote ${file}\n`);
}
