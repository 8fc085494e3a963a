/**
 * The build's pictures (scripts/pictures.mjs → src/pictures): drawn from the real data with the fonts from npm,
 * rasterised by resvg as the build does, then checked as files: their size, that they are not blank, that their
 * titles are drawn, that Chinese is drawn from the CJK face (never as boxes), that figures follow the data, and
 * that the manifest the prerender reads has every landing page.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataFileName } from '../../src/data/schemas';
import { PAGES } from '../../src/entry-server';
import { buildManifest, renderPictures, type Picture } from '../../src/pictures/entry';
import { loadFonts, type PictureFonts } from '../../src/pictures/fonts';
import { PALETTE } from '../../src/pictures/palette';
import { rasterize, type Raster } from '../../src/pictures/raster';
import { fitText, tokens } from '../../src/pictures/text-layout';
import { readDataText } from '../helpers/data-files';

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const hex = (colour: string) => [1, 3, 5].map((index) => parseInt(colour.slice(index, index + 2), 16));
const PAGE_RGB = hex(PALETTE.page);

/** Share of pixels in a box that differ from the page colour, and share that are dark (text ink). */
function ink(raster: Raster, box = { x: 0, y: 0, width: raster.width, height: raster.height }) {
  let changed = 0;
  let dark = 0;
  for (let y = box.y; y < box.y + box.height; y += 1)
    for (let x = box.x; x < box.x + box.width; x += 1) {
      const at = (y * raster.width + x) * 4;
      const [r, g, b] = [raster.pixels[at]!, raster.pixels[at + 1]!, raster.pixels[at + 2]!];
      if (Math.abs(r - PAGE_RGB[0]!) + Math.abs(g - PAGE_RGB[1]!) + Math.abs(b - PAGE_RGB[2]!) > 24) changed += 1;
      if (0.2126 * r + 0.7152 * g + 0.0722 * b < 90) dark += 1;
    }
  const total = box.width * box.height;
  return { changed: changed / total, dark: dark / total };
}

describe('pictures for link previews and newsletters', { timeout: 120_000 }, () => {
  let fonts: PictureFonts;
  let pictures: Picture[];
  const rasters = new Map<string, Raster>();
  const byFile = (file: string) => pictures.find((picture) => picture.file === file)!;

  beforeAll(() => {
    fonts = loadFonts();
    pictures = renderPictures(readDataText, fonts);
    for (const picture of pictures) rasters.set(picture.file, rasterize(picture.svg, fonts));
  }, 120_000);

  it('the manifest has a card for every landing page, and a picture for every whole view’s embed page', () => {
    const manifest = buildManifest(pictures);
    // A part's page (embed/alexa.step.html) is drawn in the email pictures (email.json), one per step or chart.
    const wholePages = PAGES.filter((page) => !page.part);
    expect(Object.keys(manifest).sort()).toEqual(wholePages.map((page) => page.path).sort());
    for (const page of wholePages) {
      const entry = manifest[page.path]!;
      expect(entry.card).toEqual({
        file: expect.stringMatching(/^pictures\/card\.[\w.-]+\.png$/),
        width: 1200,
        height: 630,
        alt: expect.stringMatching(/\S{10}/),
      });
      if (page.view) {
        expect(entry.picture).toMatchObject({
          file: `pictures/view.${page.view}.${page.locale}.png`,
          width: 1200,
          height: expect.any(Number),
        });
        expect(entry.picture!.alt.length).toBeGreaterThan(40);
      } else expect(entry.picture).toBeUndefined();
      // Alt text in the page's language.
      expect(/\p{Script=Han}/u.test(entry.card.alt)).toBe(page.locale === 'zh-Hans');
    }
    expect(manifest['embed/penalties.html']!.picture!.svg).toBe('pictures/view.penalties.en.svg');
    expect(manifest['embed/penalties.zh-Hans.html']!.picture!.svg).toBe('pictures/view.penalties.zh-Hans.svg');
  });

  it('every PNG has the size the manifest records', () => {
    expect(pictures).toHaveLength(18);
    for (const picture of pictures) {
      const raster = rasters.get(picture.file)!;
      expect(pngSize(raster.png), picture.file).toEqual({ width: picture.width, height: picture.height });
      if (picture.kind === 'card') expect([picture.width, picture.height]).toEqual([1200, 630]);
      else expect(picture.height, picture.file).toBeGreaterThan(600);
    }
  });

  it('no picture is blank, and every card has its title drawn in dark ink where the title goes', () => {
    for (const picture of pictures) {
      const raster = rasters.get(picture.file)!;
      expect(ink(raster).changed, picture.file).toBeGreaterThan(0.05);
      // The title: below the kicker, in the first lines of the picture.
      const title = ink(raster, { x: 72, y: 100, width: 700, height: 60 });
      expect(title.dark, `${picture.file}: title area`).toBeGreaterThan(0.08);
    }
  });

  it('draws Chinese from the CJK face, as outlines, and never falls back to a face without it (boxes)', () => {
    const card = byFile('pictures/card.main.zh-Hans.png');
    // Every Chinese text is drawn as glyph outlines from Noto Sans CJK SC: none is left as <text> for a fallback.
    for (const text of card.svg.match(/<text\b[^>]*>[^<]*<\/text>/g) ?? []) expect(text).not.toMatch(/\p{Script=Han}/u);
    const title = '亚马逊2023年隐私和解案解读';
    const glyphs = fonts.glyphRun(title, { face: 'cjk', weight: 700 }).glyphs;
    expect(new Set(glyphs.map((glyph) => glyph.key)).size).toBeGreaterThanOrEqual(new Set(title).size - 2);
    for (const glyph of glyphs) {
      expect(card.svg).toContain(`id="${glyph.key}"`);
      // A real glyph, not the empty or box-shaped .notdef: a CJK character has many curves.
      if (/\p{Script=Han}/u.test(title[glyphs.indexOf(glyph)] ?? '')) expect(glyph.d.length).toBeGreaterThan(200);
    }
    // A face without Chinese is refused when measured, so no text can reach a picture in it.
    expect(() => fonts.measure('亚马逊', { size: 20, weight: 400, face: 'sans' })).toThrow(/no glyph/);
    // And the drawn title has as much ink as the English one: characters, not a few thin boxes.
    const zh = ink(rasters.get('pictures/card.main.zh-Hans.png')!, { x: 72, y: 100, width: 800, height: 70 });
    expect(zh.dark).toBeGreaterThan(0.15);
  });

  it('takes every figure from the data: change a fact and the pictures change', () => {
    const facts = JSON.parse(readDataText('facts.json')) as { facts: Array<{ id: string; value: unknown }> };
    const penalty = facts.facts.find((fact) => fact.id === 'alexa-penalty')!;
    const total = facts.facts.find((fact) => fact.id === 'settlements-total')!;
    expect(penalty.value).toBe(25_000_000);
    penalty.value = 27_000_000;
    total.value = (total.value as number) + 2_000_000;
    const changed = JSON.stringify(facts);
    const read = (file: DataFileName) => (file === 'facts.json' ? changed : readDataText(file));
    const redrawn = renderPictures(read, fonts);
    const main = redrawn.find((picture) => picture.file === 'pictures/card.main.en.png')!;
    expect(main.alt).toContain('$27 million');
    expect(main.alt).not.toContain('$25 million');
    expect(main.svg).toContain('$27 million');
    expect(redrawn.find((picture) => picture.file === 'pictures/card.main.zh-Hans.png')!.alt).toContain('2700万美元');
  });

  it('never lets text overflow: too long a text stops the build instead of being clipped', () => {
    const long = 'word '.repeat(200);
    expect(() => fitText(long, { width: 400, maxLines: 2, sizes: [20, 18], lang: 'en' }, fonts)).toThrow(
      /does not fit/,
    );
    const fitted = fitText(
      byFile('pictures/card.main.en.png').alt,
      { width: 600, maxLines: 20, sizes: [20], lang: 'en' },
      fonts,
    );
    for (const line of fitted.lines) expect(fonts.measure(line, fitted)).toBeLessThanOrEqual(600);
    // Chinese breaks between characters, but never before closing punctuation nor inside a Latin word.
    expect(tokens('起诉方，Ring 案')).toEqual(['起', '诉', '方，', 'Ring ', '案']);
  });

  it('uses the site’s light colours (src/index.css)', () => {
    const css = readFileSync('src/index.css', 'utf8');
    for (const [name, colour] of Object.entries(PALETTE)) {
      const declared = new RegExp(`--${name}: light-dark\\((#[0-9a-f]{6})`).exec(css)?.[1];
      expect(declared, name).toBe(colour);
    }
  });
});
