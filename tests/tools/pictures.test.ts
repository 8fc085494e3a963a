/**
 * The link-preview cards (src/pictures/card.tsx, drawn by scripts/pictures.mjs as the build draws them): their
 * size, that they are not blank, that their titles are drawn, that Chinese is drawn from the CJK face, that the
 * figures follow the data, that the manifest the prerender reads has every landing page; and the palette PNG
 * writer (src/pictures/email/png.ts) keeps every colour of a flat picture exactly.
 */
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataFileName } from '../../src/data/schemas';
import { PAGES } from '../../src/entry-server';
import { loadSatoriFonts } from '../../src/pictures/email/fonts';
import type { EmailPicture } from '../../src/pictures/email/frame';
import { cardPictures } from '../../src/pictures/email/pictures';
import { palettePng } from '../../src/pictures/email/png';
import { buildCardManifest, drawEmail, textRuns, type DrawnEmail } from '../../src/pictures/email/render';
import { PALETTE } from '../../src/pictures/palette';
import { readDataText } from '../helpers/data-files';

/** A PNG's chunks, by type (IDAT's joined). */
function chunks(png: Buffer): Map<string, Buffer> {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  const found = new Map<string, Buffer>();
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString('latin1');
    const data = png.subarray(at + 8, at + 8 + length);
    found.set(type, Buffer.concat([found.get(type) ?? Buffer.alloc(0), data]));
    at += length + 12;
  }
  return found;
}

const hex = (colour: string) => [1, 3, 5].map((index) => parseInt(colour.slice(index, index + 2), 16));
const PAGE_RGB = hex(PALETTE.page);

/** Share of pixels in a box that differ from the page colour, and share that are dark (text ink). */
function ink(svg: string, box = { x: 0, y: 0, width: 1200, height: 630 }) {
  const pixels = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
  let changed = 0;
  let dark = 0;
  for (let y = box.y; y < box.y + box.height; y += 1)
    for (let x = box.x; x < box.x + box.width; x += 1) {
      const at = (y * 1200 + x) * 4;
      const [r, g, b] = [pixels[at]!, pixels[at + 1]!, pixels[at + 2]!];
      if (Math.abs(r - PAGE_RGB[0]!) + Math.abs(g - PAGE_RGB[1]!) + Math.abs(b - PAGE_RGB[2]!) > 24) changed += 1;
      if (0.2126 * r + 0.7152 * g + 0.0722 * b < 90) dark += 1;
    }
  const total = box.width * box.height;
  return { changed: changed / total, dark: dark / total };
}

/** Where a card's title is drawn: below the band and the kicker. */
const TITLE_BOX = { x: 64, y: 95, width: 560, height: 50 };

describe('link-preview cards', { timeout: 120_000 }, () => {
  let cards: EmailPicture[];
  const drawn = new Map<string, DrawnEmail & { svg: string }>();
  const draw = async (list: EmailPicture[]) =>
    Promise.all(list.map((card) => drawEmail(card, loadSatoriFonts()).then((result) => [card, result] as const)));

  const drawnOf = (card: EmailPicture) =>
    [...drawn.values()].find((each) => each.file === `pictures/${card.key}.${card.locale}.png`)!;

  beforeAll(async () => {
    cards = cardPictures(readDataText);
    for (const [, result] of await draw(cards)) drawn.set(result.file, result);
  }, 120_000);

  it('has a card for every whole landing page, 1200 × 630, with an alt text in the page’s language', () => {
    const manifest = buildCardManifest(cards.map((picture) => ({ picture, drawn: drawnOf(picture) })));
    const wholePages = PAGES.filter((page) => !page.part);
    expect(Object.keys(manifest).sort()).toEqual(wholePages.map((page) => page.path).sort());
    for (const page of wholePages) {
      const { card } = manifest[page.path]!;
      expect(card).toEqual({
        file: `pictures/card.${page.view ?? 'main'}.${page.locale}.png`,
        width: 1200,
        height: 630,
        alt: expect.stringMatching(/\S{10}/),
      });
      expect(card.alt.length, page.path).toBeGreaterThan(60);
      expect(/\p{Script=Han}/u.test(card.alt), page.path).toBe(page.locale === 'zh-Hans');
      const png = drawn.get(card.file)!.png;
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], card.file).toEqual([1200, 630]);
      expect(png.length, card.file).toBeLessThanOrEqual(150 * 1024);
    }
  });

  it('draws no text under 24 px', () => {
    for (const card of cards) {
      const runs = textRuns(card.element);
      expect(runs.length, card.key).toBeGreaterThan(4);
      expect(
        runs.filter((run) => run.fontSize < 24),
        `${card.key} ${card.locale}`,
      ).toEqual([]);
    }
  });

  it('is not blank, and has its title drawn in dark ink where the title goes', () => {
    for (const [file, { svg }] of drawn) {
      expect(ink(svg).changed, file).toBeGreaterThan(0.05);
      expect(ink(svg, TITLE_BOX).dark, `${file}: title area`).toBeGreaterThan(0.08);
    }
  });

  it('draws Chinese from the CJK face, as outlines: as much ink as the English title, no text left to a fallback', () => {
    const zh = drawn.get('pictures/card.main.zh-Hans.png')!.svg;
    expect(zh).not.toMatch(/<text\b/);
    expect(textRuns(cards.find((card) => card.key === 'card.main' && card.locale === 'zh-Hans')!.element)[1]).toEqual({
      text: '亚马逊2023年隐私和解案解读',
      fontSize: 56,
      fontWeight: 700,
    });
    // A face without Chinese would draw nothing or thin boxes: the title's ink says real glyphs were drawn.
    expect(ink(zh, TITLE_BOX).dark).toBeGreaterThan(0.15);
  });

  it('takes every figure from the data: change a fact and the cards change', async () => {
    const facts = JSON.parse(readDataText('facts.json')) as { facts: Array<{ id: string; value: unknown }> };
    const penalty = facts.facts.find((fact) => fact.id === 'alexa-penalty')!;
    const total = facts.facts.find((fact) => fact.id === 'settlements-total')!;
    expect(penalty.value).toBe(25_000_000);
    penalty.value = 27_000_000;
    total.value = (total.value as number) + 2_000_000;
    const changed = JSON.stringify(facts);
    const read = (file: DataFileName) => (file === 'facts.json' ? changed : readDataText(file));
    const redrawn = cardPictures(read);
    const main = (locale: string) => redrawn.find((card) => card.key === 'card.main' && card.locale === locale)!;
    expect(main('en').alt).toContain('$27 million');
    expect(main('en').alt).not.toContain('$25 million');
    expect(textRuns(main('en').element).map((run) => run.text)).toContain('$27 million');
    expect(main('zh-Hans').alt).toContain('2700万美元');
    const again = await drawEmail(main('en'), loadSatoriFonts());
    expect(again.svg).not.toBe(drawn.get('pictures/card.main.en.png')!.svg);
  });

  it('stops the build when a card’s content does not fit its height, rather than cutting it off', async () => {
    const card = cards.find((each) => each.key === 'card.penalties')!;
    const tooShort = { ...card, card: { ...card.card!, height: 400 } };
    await expect(drawEmail(tooShort, loadSatoriFonts())).rejects.toThrow(
      /630 px tall, not 400: its content does not fit/,
    );
  });

  it('uses the site’s light colours (src/index.css)', () => {
    const css = readFileSync('src/index.css', 'utf8');
    for (const [name, colour] of Object.entries(PALETTE)) {
      const declared = new RegExp(`--${name}: light-dark\\((#[0-9a-f]{6})`).exec(css)?.[1];
      expect(declared, name).toBe(colour);
    }
  });
});

describe('palette PNG', () => {
  it('keeps a flat picture’s colours exactly, and gives a rare colour the nearest frequent one', () => {
    // The page colour (100 pixels), 256 one-pixel greys and 44 one-pixel near-greys: the palette keeps the page
    // colour and 255 greys exactly; the last grey and the near-greys take their nearest.
    const width = 400;
    const rgba = new Uint8Array(width * 4);
    for (let x = 0; x < width; x += 1) {
      const v = x < 356 ? x - 100 : (x - 356) * 5;
      rgba.set(x < 100 ? [251, 250, 247, 255] : [v, v, x < 356 ? v : v + 1, 255], x * 4);
    }
    const png = chunks(palettePng(rgba, width, 1));
    expect([...png.get('IHDR')!.subarray(8, 10)]).toEqual([8, 3]);
    const palette = png.get('PLTE')!;
    expect(palette.length).toBe(256 * 3);
    expect(png.has('tRNS')).toBe(false);
    const rows = inflateSync(png.get('IDAT')!);
    expect(rows.length).toBe(width + 1);
    const colourAt = (x: number) => [...palette.subarray(rows[x + 1]! * 3, rows[x + 1]! * 3 + 3)];
    expect(colourAt(0)).toEqual([251, 250, 247]);
    for (let x = 100; x < width; x += 1) {
      const want = [...rgba.subarray(x * 4, x * 4 + 3)];
      const off = colourAt(x).reduce((sum, channel, index) => sum + Math.abs(channel - want[index]!), 0);
      expect(off, `x ${x}`).toBeLessThanOrEqual(x < 355 ? 0 : 3);
    }
  });
});
