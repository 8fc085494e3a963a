/**
 * SVG to PNG with resvg (Node only), drawing text with exactly the font files that measured it (fonts.ts), never a
 * system font.
 */
import { Resvg } from '@resvg/resvg-js';
import type { PictureFonts } from './fonts';

export interface Raster {
  png: Buffer;
  width: number;
  height: number;
  /** RGBA, row by row. */
  pixels: Uint8Array;
}

export function rasterize(svg: string, fonts: Pick<PictureFonts, 'files' | 'family'>): Raster {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: fonts.files, defaultFontFamily: fonts.family.sans },
    background: undefined,
  });
  const image = resvg.render();
  return { png: image.asPng(), width: image.width, height: image.height, pixels: new Uint8Array(image.pixels) };
}
