/**
 * The email pictures' fonts for satori: the same npm font files the other pictures use (../fonts.ts, FONT_FILES),
 * read as buffers, never a system font. Noto Sans draws Latin text, Noto Sans SC Chinese (marked `zh-CN` so
 * satori picks it for Han text), DejaVu Sans the verdict marks (✓ ≈ ✗ –) neither Noto face has. Read once per
 * process and reused: satori caches what it parses per font list, so the big CJK files are parsed once.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Face, Weight } from '../text-layout';
import { FONT_FILES } from '../fonts';

export interface SatoriFont {
  name: string;
  data: Buffer;
  weight: Weight;
  style: 'normal';
  lang?: string;
}

/** The families as CSS names them, per edition: the edition's face first, the marks' face last. */
export const FONT_STACK = {
  en: `'${FONT_FILES.sans.family}', '${FONT_FILES.symbol.family}'`,
  'zh-Hans': `'${FONT_FILES.cjk.family}', '${FONT_FILES.sans.family}', '${FONT_FILES.symbol.family}'`,
} as const;

let loaded: SatoriFont[] | undefined;

/** Every face at both weights, read from node_modules (throws, saying what to run, when a file is missing). */
export function loadSatoriFonts(): SatoriFont[] {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const fonts: SatoriFont[] = [];
  for (const face of Object.keys(FONT_FILES) as Face[]) {
    for (const weight of [400, 700] as const) {
      const file = FONT_FILES[face].files[weight];
      let path: string;
      try {
        path = require.resolve(file);
      } catch {
        throw new Error(`Font file ${file} not found in node_modules: run npm install (it is a devDependency).`);
      }
      fonts.push({
        name: FONT_FILES[face].family,
        data: readFileSync(path),
        weight,
        style: 'normal',
        ...(face === 'cjk' ? { lang: 'zh-CN' } : {}),
      });
    }
  }
  loaded = fonts;
  return fonts;
}
