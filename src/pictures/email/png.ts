/**
 * A palette PNG, written here rather than by a library: resvg's own PNG is RGBA (about three times the bytes),
 * and @pdf-lib/upng's quantiser and pure-JS deflate took most of the build's picture time (measured, per picture:
 * some 300 ms to quantise, 100 to 600 ms to deflate). These pictures are flat colours with anti-aliased edges,
 * a few hundred distinct colours in all, so no quantiser is needed: the 256 most frequent colours are the
 * palette, exactly, and a rarer one (an edge pixel) takes the nearest of them. Node's zlib deflates.
 */
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Uint8Array): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(typed.length + 8);
  out.writeUInt32BE(data.length, 0);
  typed.copy(out, 4);
  out.writeUInt32BE(crc32(typed), typed.length + 4);
  return out;
}

/** RGBA (straight alpha, row by row) to an 8-bit palette PNG. */
export function palettePng(rgba: Uint8Array, width: number, height: number): Buffer {
  // One 32-bit number per pixel: r | g << 8 | b << 16 | a << 24 (little-endian).
  const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
  // Counted run by run (neighbours mostly share a colour): a Map lookup per pixel would cost more than the rest.
  const counts = new Map<number, number>();
  let last = pixels[0]!;
  let run = 0;
  for (const colour of pixels) {
    if (colour === last) run += 1;
    else {
      counts.set(last, (counts.get(last) ?? 0) + run);
      [last, run] = [colour, 1];
    }
  }
  counts.set(last, (counts.get(last) ?? 0) + run);
  const palette = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!).slice(0, 256);
  const index = new Map(palette.map((colour, at) => [colour, at]));
  const channels = (colour: number) => [0, 8, 16, 24].map((shift) => (colour >>> shift) & 255);
  for (const colour of counts.keys()) {
    if (index.has(colour)) continue;
    const [r, g, b, a] = channels(colour);
    let best = 0;
    let bestDistance = Infinity;
    palette.forEach((entry, at) => {
      const [r2, g2, b2, a2] = channels(entry);
      const distance = (r! - r2!) ** 2 + (g! - g2!) ** 2 + (b! - b2!) ** 2 + (a! - a2!) ** 2;
      if (distance < bestDistance) [best, bestDistance] = [at, distance];
    });
    index.set(colour, best);
  }
  // Each row: filter type 0 (none, the usual choice for a palette image), then one index per pixel.
  const rows = Buffer.alloc((width + 1) * height);
  let at = index.get(last)!;
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) {
      const colour = pixels[y * width + x]!;
      if (colour !== last) [last, at] = [colour, index.get(colour)!];
      rows[y * (width + 1) + 1 + x] = at;
    }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits per index, palette colour, deflate, adaptive filters, no interlace
  const alphas = palette.map((colour) => colour >>> 24);
  const opaque = alphas.every((alpha) => alpha === 255);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Uint8Array.from(palette.flatMap((colour) => channels(colour).slice(0, 3)))),
    ...(opaque ? [] : [chunk('tRNS', Uint8Array.from(alphas))]),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', new Uint8Array()),
  ]);
}
