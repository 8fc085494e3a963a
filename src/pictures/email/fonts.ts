/**
 * The pictures' fonts for satori, from npm packages pinned in the lockfile, never the machine's: Noto Sans draws
 * Latin text, Noto Sans SC Chinese (marked `zh-CN` so satori picks it for Han text), DejaVu Sans the verdict marks
 * (✓ ≈ ✗ –) neither Noto face has. satori turns every glyph into a path, so resvg needs no font at all and
 * `npm ci` on any machine draws the same pictures (tests/tools/pictures-snapshot.test.ts). Read once per process
 * and reused: satori caches what it parses per font list, so the big CJK files are parsed once.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

type Face = 'sans' | 'cjk' | 'symbol';
type Weight = 400 | 700;

export interface SatoriFont {
  name: string;
  data: Buffer;
  weight: Weight;
  style: 'normal';
  lang?: string;
}

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

/** The families as CSS names them, per edition: the edition's face first, the marks' face last. */
export const FONT_STACK = {
  en: `'${FONT_FILES.sans.family}', '${FONT_FILES.symbol.family}'`,
  'zh-Hans': `'${FONT_FILES.cjk.family}', '${FONT_FILES.sans.family}', '${FONT_FILES.symbol.family}'`,
} as const;

/** Where an npm package's font file is installed. Throws, saying what to run, when it is not. */
export function fontPath(file: string): string {
  try {
    return createRequire(import.meta.url).resolve(file);
  } catch {
    throw new Error(`Font file ${file} not found in node_modules: run npm install (it is a devDependency).`);
  }
}

let loaded: SatoriFont[] | undefined;

/** Every face at both weights, read from node_modules. */
export function loadSatoriFonts(): SatoriFont[] {
  loaded ??= (Object.keys(FONT_FILES) as Face[]).flatMap((face) =>
    ([400, 700] as const).map((weight) => ({
      name: FONT_FILES[face].family,
      data: readFileSync(fontPath(FONT_FILES[face].files[weight])),
      weight,
      style: 'normal' as const,
      ...(face === 'cjk' ? { lang: 'zh-CN' } : {}),
    })),
  );
  return loaded;
}
