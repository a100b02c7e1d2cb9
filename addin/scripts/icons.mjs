// Draws the add-in's icons (two people on a blue tile) and writes them as PNG files into public/,
// which the server serves from the add-in's origin: `npm run icons`. No image library: shapes are
// sampled 4×4 per pixel for smooth edges, and the PNG is written with zlib.

import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
// Desktop ribbon: 16, 32, 80; the store and the add-in list: 64, 128. Outlook mobile asks for 25,
// 32 and 48 at scales 1, 2 and 3 (https://learn.microsoft.com/javascript/api/manifest/icon).
export const SIZES = [16, 25, 32, 48, 50, 64, 75, 80, 96, 128, 144];
const BLUE = [15, 108, 189]; // Fluent's brand blue
const WHITE = [255, 255, 255];

// Shapes on a unit square, y downwards. A point is inside the tile, then maybe inside a person.
const insideTile = (x, y) => {
  const r = 0.2;
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  return dx * dx + dy * dy <= r * r;
};
const person = (cx) => (x, y) => {
  const head = (x - cx) ** 2 + (y - 0.38) ** 2 <= 0.115 ** 2;
  const body = y >= 0.58 && y <= 0.8 && ((x - cx) / 0.2) ** 2 + ((y - 0.8) / 0.24) ** 2 <= 1;
  return head || body;
};
const people = [person(0.32), person(0.68)];

function pixels(size) {
  const data = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let tile = 0;
      let figure = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          if (!insideTile(x, y)) continue;
          tile++;
          if (people.some((inside) => inside(x, y))) figure++;
        }
      }
      const i = (py * size + px) * 4;
      const t = figure / Math.max(tile, 1);
      for (let c = 0; c < 3; c++) data[i + c] = Math.round(BLUE[c] * (1 - t) + WHITE[c] * t);
      data[i + 3] = Math.round((255 * tile) / (n * n));
    }
  }
  return data;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let j = 0; j < 8; j++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, body) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

/** An 8-bit RGBA PNG of the icon at `size` × `size`. */
export function iconPng(size) {
  const rgba = pixels(size);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++)
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4); // filter 0 per row
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** The browser tab's icon: an ICO file holding the 16, 32 and 48 pixel PNGs, as ICO allows since Windows Vista. */
export function faviconIco(sizes = [16, 32, 48]) {
  const images = sizes.map(iconPng);
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(1, 2); // type 1: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach((png, k) => {
    const entry = 6 + 16 * k;
    header.writeUInt8(sizes[k] % 256, entry); // width (0 would mean 256)
    header.writeUInt8(sizes[k] % 256, entry + 1); // height
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images]);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const size of SIZES) writeFileSync(join(root, "public", `icon-${size}.png`), iconPng(size));
  writeFileSync(join(root, "public", "favicon.ico"), faviconIco());
  process.stdout.write(
    `icons: ${SIZES.map((s) => `public/icon-${s}.png`).join(", ")}, public/favicon.ico\n`
  );
}
