/**
 * The pictures must come out the same on every machine. This pins what decides their look: the font files
 * (by path and content hash), each card's size and the hash of its SVG (satori's layout, every glyph an
 * outline: a change of font, font version or layout changes it), and the texts of the two main cards as a
 * readable list (size, weight, words). A change shows here as a diff of tests/output/pictures-layout.txt; after an
 * intended change, rerun with `-u`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_FILES, fontPath, loadSatoriFonts } from '../../src/pictures/email/fonts';
import { cardPictures } from '../../src/pictures/email/pictures';
import { drawEmail, textRuns } from '../../src/pictures/email/render';
import { readDataText } from '../helpers/data-files';

const hash = (data: string | Buffer) => createHash('sha256').update(data).digest('hex').slice(0, 16);
const fontFiles = () => Object.values(FONT_FILES).flatMap(({ files }) => Object.values(files).map(fontPath));

describe('pictures are the same on every machine', { timeout: 120_000 }, () => {
  it('matches the committed fonts, card SVG hashes and main cards’ texts', async () => {
    const fonts = loadSatoriFonts();
    const cards = cardPictures(readDataText);
    const drawn = await Promise.all(cards.map((card) => drawEmail(card, fonts)));
    const report = [
      '# fonts',
      ...Object.entries(FONT_FILES).map(([face, { family }]) => `${face}: ${family}`),
      ...fontFiles().map((file) => `${relative(process.cwd(), file)} ${hash(readFileSync(file))}`),
      '',
      '# cards (width × height, sha256 of the SVG)',
      ...drawn.map((card) => `${card.file} ${card.width}×${card.height} ${hash(card.svg)}`),
    ];
    for (const card of cards.filter((each) => each.key === 'card.main')) {
      report.push('', `# texts of card.main.${card.locale} (size weight: words)`);
      report.push(...textRuns(card.element).map((run) => `${run.fontSize} ${run.fontWeight}: ${run.text}`));
      // Where satori put them: each box (its mask's rectangle) and each text block's first point, in order.
      const svg = drawn[cards.indexOf(card)]!.svg;
      const boxes = [
        ...svg.matchAll(/<mask id="[^"]*"><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g),
      ];
      report.push(`boxes (x y width height): ${boxes.map(([, ...box]) => box.join(' ')).join(', ')}`);
      const texts = [...svg.matchAll(/<path fill="(#[\da-f]+)" d="M([\d.]+) ([\d.]+)/g)];
      report.push(`text starts: ${texts.map(([, fill, x, y]) => `${x},${y} ${fill}`).join(', ')}`);
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
    for (const file of fontFiles()) expect(file.startsWith(resolve('node_modules') + '/'), file).toBe(true);
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
    for (const file of ['src/pictures/email/fonts.ts', 'src/pictures/email/render.ts', 'scripts/pictures.mjs']) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(
        /\/usr\/(local\/)?share\/fonts|\.local\/share\/fonts|fontconfig|fc-list|homedir/i,
      );
    }
    expect(readFileSync('src/pictures/email/render.ts', 'utf8')).toContain('loadSystemFonts: false');
  });
});
