/**
 * The fonts pictures are drawn with (Node only: the build and the tests), from npm packages pinned in the lockfile,
 * never from the machine: Noto Sans for Latin text, Noto Sans SC for Chinese, DejaVu Sans for the verdict marks
 * (✓ ≈ ✗ –, which neither Noto face has). So `npm ci` on any machine draws the same pictures, byte for byte
 * (tests/tools/pictures-snapshot.test.ts). The same files measure the text (fontkit) and draw it (resvg, raster.ts,
 * which is told not to load system fonts), so a line that fits when measured fits when drawn.
 */
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import type { Face, Fonts, GlyphRun, TextStyle, Weight } from './text-layout';

/** Each face: its family name (as the font file names itself) and, per weight, the file in its npm package. */
export const FONT_FILES: Record<Face, { family: string; files: Record<Weight, string> }> = {
  sans: {
    family: 'Noto Sans',
    files: {
      400: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
      700: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
    },
  },
  cjk: {
    family: 'Noto Sans SC',
    files: {
      400: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
      700: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
    },
  },
  symbol: {
    family: 'DejaVu Sans',
    files: { 400: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf', 700: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf' },
  },
};

export interface PictureFonts extends Fonts {
  /** The font files to hand to the rasteriser: exactly those measured. */
  files: string[];
}

/** Where an npm package's font file is installed. Throws, saying what to run, when it is not. */
function resolveFontFile(file: string): string {
  try {
    return createRequire(import.meta.url).resolve(file);
  } catch {
    throw new Error(`Font file ${file} not found in node_modules: run npm install (it is a devDependency).`);
  }
}

/** Open the faces and return how to name and measure them. */
export function loadFonts(): PictureFonts {
  const family = {} as Record<Face, string>;
  const opened = {} as Record<Face, Record<Weight, fontkit.Font>>;
  const files: string[] = [];
  for (const face of Object.keys(FONT_FILES) as Face[]) {
    family[face] = FONT_FILES[face].family;
    const open = (weight: Weight) => {
      const path = resolveFontFile(FONT_FILES[face].files[weight]);
      const font = fontkit.openSync(path);
      // resvg finds a face by the family name the file gives itself: it must be the one the SVG names.
      if (font.familyName !== family[face])
        throw new Error(`${path} names its family "${font.familyName}", not "${family[face]}"`);
      files.push(path);
      return font;
    };
    opened[face] = { 400: open(400), 700: open(700) };
  }
  // Sum of each character's advance, cached per face and character: fontkit's full layout is slow for long
  // Chinese paragraphs, and the sum is not narrower than the shaped line (kerning in these faces tightens; with
  // Noto Sans, fontkit's shaped width of every Latin line in the pictures was at most this sum), so a line that
  // fits here fits when drawn.
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
  return { family, measure, glyphRun, files };
}
