/**
 * The pictures must come out the same on every machine. This pins what decides their look: the font files
 * (by path and content hash), each picture's size and the hash of its SVG, and the text layout of the two main
 * cards as a readable list (where each line sits, in which face and size). A change of font, font version or
 * machine shows here as a diff of tests/output/pictures-layout.txt; after an intended change, rerun with `-u`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPictures } from '../../src/pictures/entry';
import { FONT_FILES, loadFonts } from '../../src/pictures/fonts';
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
    const fonts = loadFonts();
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

  it('takes every font from an npm package pinned in package.json and the lockfile, none from the machine', () => {
    const { devDependencies } = JSON.parse(readFileSync('package.json', 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
      packages: Record<string, { version: string }>;
    };
    for (const file of loadFonts().files) expect(file.startsWith(resolve('node_modules') + '/'), file).toBe(true);
    const packages = new Set(
      Object.values(FONT_FILES).flatMap(({ files }) =>
        Object.values(files).map((file) =>
          file
            .split('/')
            .slice(0, file.startsWith('@') ? 2 : 1)
            .join('/'),
        ),
      ),
    );
    expect([...packages].sort()).toEqual([
      '@expo-google-fonts/noto-sans',
      '@expo-google-fonts/noto-sans-sc',
      'dejavu-fonts-ttf',
    ]);
    for (const name of packages) {
      // An exact or tilde pin, and the lockfile has that version: `npm ci` installs the same font files everywhere.
      expect(devDependencies[name], name).toMatch(/^~?\d+\.\d+\.\d+$/);
      expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(devDependencies[name]!.replace('~', ''));
    }
    // No code path looks for system fonts: no font folder, no fontconfig, and resvg is told not to load them.
    for (const file of ['src/pictures/fonts.ts', 'src/pictures/raster.ts', 'scripts/pictures.mjs']) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(
        /\/usr\/(local\/)?share\/fonts|\.local\/share\/fonts|fontconfig|fc-list|homedir/i,
      );
    }
    expect(readFileSync('src/pictures/raster.ts', 'utf8')).toContain('loadSystemFonts: false');
  });
});
