/**
 * The pictures must come out the same on every machine. This pins what decides their look: the font files
 * (by path and content hash), each picture's size and the hash of its SVG, and the text layout of the two main
 * cards as a readable list (where each line sits, in which face and size). A change of font, font version or
 * machine shows here as a diff of tests/output/pictures-layout.txt; after an intended change, rerun with `-u`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPictures } from '../../src/pictures/entry';
import { loadSystemFonts } from '../../src/pictures/fonts';
import { readDataText } from '../helpers/data-files';

const hash = (data: string | Buffer) => createHash('sha256').update(data).digest('hex').slice(0, 16);

/** Each <text> as `x y family size weight: content`, and each outlined (Chinese) line as its glyph count. */
function textLayout(svg: string): string[] {
  const lines: string[] = [];
  const pattern =
    /<text\b([^>]*)>([^<]*)<\/text>|<g\b[^>]*transform="(translate\([^)]*\) scale\([^)]*\))">((?:<use\b[^>]*\/>)+)<\/g>/g;
  for (const [, attributes, content, transform, uses] of svg.matchAll(pattern)) {
    if (transform) {
      lines.push(`outlined ${transform}: ${uses!.match(/<use\b/g)!.length} glyphs`);
      continue;
    }
    const attribute = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attributes!)?.[1] ?? '-';
    lines.push(
      `${attribute('x')} ${attribute('y')} ${attribute('font-family')} ${attribute('font-size')} ${attribute('font-weight')}: ${content}`,
    );
  }
  return lines;
}

describe('pictures are the same on every machine', { timeout: 120_000 }, () => {
  it('matches the committed fonts, SVG hashes and card text layout', async () => {
    const fonts = loadSystemFonts();
    const pictures = renderPictures(readDataText, fonts);
    const report = [
      '# fonts',
      ...Object.entries(fonts.family).map(([face, family]) => `${face}: ${family}`),
      ...fonts.files.map((file) => `${relative(process.cwd(), file)} ${hash(readFileSync(file))}`),
      '',
      '# pictures (width × height, sha256 of the SVG)',
      ...pictures.map((picture) => `${picture.file} ${picture.width}×${picture.height} ${hash(picture.svg)}`),
    ];
    for (const file of ['pictures/card.main.en.png', 'pictures/card.main.zh-Hans.png']) {
      const svg = pictures.find((picture) => picture.file === file)!.svg;
      report.push('', `# text layout of ${file}`, ...textLayout(svg));
    }
    await expect(`${report.join('\n')}\n`).toMatchFileSnapshot('../output/pictures-layout.txt');
  });
});
