/** The small part of fontkit (https://github.com/foliojs/fontkit, no types of its own) that fonts.ts uses. */
declare module 'fontkit' {
  export interface FontPath {
    toSVG(): string;
    scale(x: number, y?: number): FontPath;
  }
  export interface Font {
    postscriptName: string;
    familyName: string;
    unitsPerEm: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    ascent: number;
    descent: number;
    layout(text: string): {
      advanceWidth: number;
      glyphs: Array<{ id: number; path: FontPath }>;
      positions: Array<{ xAdvance: number; xOffset: number; yOffset: number }>;
    };
    glyphForCodePoint(codePoint: number): { advanceWidth: number };
  }
  export function openSync(path: string, postscriptName?: string): Font;
}
