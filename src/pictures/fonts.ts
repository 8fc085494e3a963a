/**
 * The system fonts pictures are drawn with (Node only: the build and the tests). No web fonts, no network: the
 * files come from the machine (Debian: fonts-liberation or fonts-dejavu-core for Latin text and the verdict
 * marks, fonts-noto-cjk for Chinese). The same files measure the text (fontkit) and draw it (resvg, raster.ts),
 * so a line that fits when measured fits when drawn. A missing font is an error that says which package to install.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import type { Face, Fonts, GlyphRun, TextStyle, Weight } from './text-layout';

const FONT_DIRS = ['/usr/share/fonts', '/usr/local/share/fonts', join(homedir(), '.local/share/fonts')];

interface Candidate {
  family: string;
  /** File name per weight, and for a collection the face's PostScript name. */
  files: Record<Weight, { file: string; postscriptName?: string }>;
}

/** Each face's choices, best first. Every candidate is one family in two weights. */
const CANDIDATES: Record<Face, readonly Candidate[]> = {
  sans: [
    {
      family: 'Liberation Sans',
      files: { 400: { file: 'LiberationSans-Regular.ttf' }, 700: { file: 'LiberationSans-Bold.ttf' } },
    },
    { family: 'DejaVu Sans', files: { 400: { file: 'DejaVuSans.ttf' }, 700: { file: 'DejaVuSans-Bold.ttf' } } },
  ],
  cjk: [
    {
      family: 'Noto Sans CJK SC',
      files: {
        400: { file: 'NotoSansCJK-Regular.ttc', postscriptName: 'NotoSansCJKsc-Regular' },
        700: { file: 'NotoSansCJK-Bold.ttc', postscriptName: 'NotoSansCJKsc-Bold' },
      },
    },
    {
      family: 'Noto Sans CJK SC',
      files: { 400: { file: 'NotoSansCJKsc-Regular.otf' }, 700: { file: 'NotoSansCJKsc-Bold.otf' } },
    },
  ],
  symbol: [{ family: 'DejaVu Sans', files: { 400: { file: 'DejaVuSans.ttf' }, 700: { file: 'DejaVuSans-Bold.ttf' } } }],
};

const PACKAGES: Record<Face, string> = {
  sans: 'fonts-liberation or fonts-dejavu-core',
  cjk: 'fonts-noto-cjk',
  symbol: 'fonts-dejavu-core',
};

/** Every font file under the usual font folders, by file name. */
function fontFilesOnSystem(): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ttf|otf|ttc)$/i.test(name) && !found.has(name)) found.set(name, path);
    }
  };
  for (const dir of FONT_DIRS) if (existsSync(dir)) walk(dir);
  return found;
}

export interface SystemFonts extends Fonts {
  /** The font files to hand to the rasteriser: exactly those measured. */
  files: string[];
}

/** Find the faces, open them, and return how to name and measure them. Throws when a face is missing. */
export function loadSystemFonts(): SystemFonts {
  const onSystem = fontFilesOnSystem();
  const family = {} as Record<Face, string>;
  const opened = {} as Record<Face, Record<Weight, fontkit.Font>>;
  const files = new Set<string>();
  for (const face of Object.keys(CANDIDATES) as Face[]) {
    const choice = CANDIDATES[face].find((candidate) =>
      Object.values(candidate.files).every(({ file }) => onSystem.has(file)),
    );
    if (!choice)
      throw new Error(
        `No font for ${face} text in ${FONT_DIRS.join(', ')}: install ${PACKAGES[face]} (Debian: apt-get install ${PACKAGES[face].split(' or ')[0]}).`,
      );
    family[face] = choice.family;
    const open = (weight: Weight) => {
      const { file, postscriptName } = choice.files[weight];
      const path = onSystem.get(file)!;
      files.add(path);
      return postscriptName ? fontkit.openSync(path, postscriptName) : fontkit.openSync(path);
    };
    opened[face] = { 400: open(400), 700: open(700) };
  }
  // Sum of each character's advance, cached per face and character: fontkit's full layout is slow for long
  // Chinese paragraphs, and the sum is never narrower than the shaped line (these faces have no ligatures in
  // Latin text and kerning only tightens), so a line that fits here fits when drawn.
  const advances = new Map<string, number>();
  const advance = (face: Face, weight: Weight, char: string): number => {
    const key = `${face}${weight}${char}`;
    let width = advances.get(key);
    if (width === undefined) {
      const font = opened[face][weight];
      const codePoint = char.codePointAt(0)!;
      if (/\S/u.test(char) && !font.hasGlyphForCodePoint(codePoint))
        throw new Error(`${font.postscriptName} has no glyph for "${char}": it would show as a box`);
      width = font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm;
      advances.set(key, width);
    }
    return width;
  };
  /**
   * The face each character is drawn in. In Chinese text an apostrophe inside a Latin word (Children’s) comes
   * from the Latin face: the CJK face's is full-width (the app's CSS keeps CJK faces off Latin text likewise).
   */
  const faces = (text: string, face: Face): Face[] => {
    const chars = [...text];
    return chars.map((char, index) =>
      face === 'cjk' &&
      /[’']/u.test(char) &&
      /\p{Script=Latin}/u.test(chars[index - 1] ?? '') &&
      /\p{Script=Latin}/u.test(chars[index + 1] ?? '')
        ? 'sans'
        : face,
    );
  };
  const measure = (text: string, style: TextStyle) => {
    const faceOf = faces(text, style.face);
    let width = 0;
    [...text].forEach((char, index) => (width += advance(faceOf[index]!, style.weight, char)));
    return width * style.size;
  };
  const glyphRun = (text: string, style: Omit<TextStyle, 'size'>): GlyphRun => {
    const faceOf = faces(text, style.face);
    const font = opened[style.face][style.weight];
    // Runs of one face each, laid out (shaped) by fontkit; a run in another face is scaled to this one's units.
    const runs: Array<{ face: Face; text: string }> = [];
    [...text].forEach((char, index) => {
      advance(faceOf[index]!, style.weight, char);
      const last = runs.at(-1);
      if (last && last.face === faceOf[index]) last.text += char;
      else runs.push({ face: faceOf[index]!, text: char });
    });
    let x = 0;
    const glyphs: GlyphRun['glyphs'] = [];
    for (const run of runs) {
      const runFont = opened[run.face][style.weight];
      const ratio = font.unitsPerEm / runFont.unitsPerEm;
      const layout = runFont.layout(run.text);
      layout.glyphs.forEach((glyph, index) => {
        const position = layout.positions[index]!;
        glyphs.push({
          key: `${run.face}${style.weight}-${glyph.id}`,
          d: (ratio === 1 ? glyph.path : glyph.path.scale(ratio)).toSVG(),
          x: x + position.xOffset * ratio,
          y: position.yOffset * ratio,
        });
        x += position.xAdvance * ratio;
      });
    }
    return { glyphs, width: x, unitsPerEm: font.unitsPerEm, ascent: font.ascent, descent: font.descent };
  };
  return { family, measure, glyphRun, files: [...files] };
}
