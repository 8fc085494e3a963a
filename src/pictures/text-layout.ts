/**
 * Text in pictures: which face draws it, how wide it is, where its lines break. SVG has no line wrapping, so
 * every line is measured with the very font files the rasteriser draws with (fonts.ts) and broken here. Pure:
 * the measuring function comes in from outside.
 *
 * Breaks fall between words in Latin text and between characters in Chinese text, never before closing
 * punctuation (，。、”）…) nor after opening punctuation (“（《…), and never inside a Latin word or number.
 */

/** `sans`: Latin text; `cjk`: any text with Chinese in it; `symbol`: the verdict marks (✓ ≈ ✗ –). */
export type Face = 'sans' | 'cjk' | 'symbol';
export type Weight = 400 | 700;

export interface TextStyle {
  size: number;
  weight: Weight;
  face: Face;
}

/** Width in px of one line of text in a style. Throws if the face lacks a glyph for any of its characters. */
export type Measure = (text: string, style: TextStyle) => number;

/** A line of text as glyph outlines, in font units (y up), for drawing text as paths (outline.ts). */
export interface GlyphRun {
  glyphs: Array<{ key: string; d: string; x: number; y: number }>;
  width: number;
  unitsPerEm: number;
  ascent: number;
  descent: number;
}

export interface Fonts {
  /** The font-family each face is drawn with (one family: no silent fallback to a face that was not measured). */
  family: Record<Face, string>;
  measure: Measure;
  /** The glyphs of a line, shaped (outline.ts draws Chinese text with them). */
  glyphRun: (text: string, style: Omit<TextStyle, 'size'>) => GlyphRun;
}

const HAN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** The face for a text in an edition: Chinese text (and any text with Chinese in it) uses the CJK face. */
export function faceFor(text: string, lang: string): Face {
  return lang.startsWith('zh') || HAN.test(text) ? 'cjk' : 'sans';
}

const OPENING = /^[“‘（《「『〈【(]+$/u;
const CLOSING = /^[”’）》」』〉】，。、；：？！…,.;:?!)\]]+\s*$/u;

/** Break opportunities: a Chinese character or punctuation mark, or a Latin word with its trailing spaces. */
export function tokens(text: string): string[] {
  const raw =
    text.match(
      /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]\s*|[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef]+\s*|\s+/gu,
    ) ?? [];
  const merged: string[] = [];
  let carry = '';
  for (const token of raw) {
    if (OPENING.test(token.trim()) && token.trim() === token) {
      carry += token;
      continue;
    }
    const piece = carry + token;
    carry = '';
    if (merged.length > 0 && CLOSING.test(piece)) merged[merged.length - 1] += piece;
    else merged.push(piece);
  }
  if (carry) merged.push(carry);
  return merged;
}

/** Greedy line breaking at `width` px. Throws when one unbreakable piece is wider than the line. */
export function wrapText(text: string, width: number, style: TextStyle, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of tokens(text.replace(/\s+/g, ' ').trim())) {
    const candidate = line + token;
    if (!line || measure(candidate.trimEnd(), style) <= width) {
      line = candidate;
      continue;
    }
    lines.push(line.trimEnd());
    line = token.trimStart();
  }
  if (line.trim()) lines.push(line.trimEnd());
  for (const each of lines)
    if (measure(each, style) > width) throw new Error(`"${each}" is wider than ${width}px at ${style.size}px`);
  return lines;
}

export interface FittedText {
  lines: string[];
  size: number;
  weight: Weight;
  face: Face;
  /** Distance between baselines. */
  lineHeight: number;
  /** Height of the block: lines × line height. */
  height: number;
}

export interface FitOptions {
  width: number;
  maxLines: number;
  /** Font sizes to try, largest first. */
  sizes: readonly number[];
  weight?: Weight;
  lang: string;
  /** Line height as a multiple of the size. */
  leading?: number;
}

/**
 * The largest size at which `text` fits in `maxLines` lines of `width` px. Never cuts text: if it does not fit
 * at the smallest size, this throws, naming the text, so the build stops instead of shipping a clipped picture.
 */
export function fitText(text: string, options: FitOptions, fonts: Fonts): FittedText {
  const weight = options.weight ?? 400;
  const face = faceFor(text, options.lang);
  // Chinese needs a little more room between lines than Latin text.
  const leading = options.leading ?? (face === 'cjk' ? 1.4 : 1.25);
  for (const size of options.sizes) {
    const lines = wrapText(text, options.width, { size, weight, face }, fonts.measure);
    if (lines.length <= options.maxLines) {
      const lineHeight = Math.round(size * leading);
      return { lines, size, weight, face, lineHeight, height: lines.length * lineHeight };
    }
  }
  throw new Error(
    `Picture text does not fit in ${options.maxLines} line(s) of ${options.width}px at ${options.sizes.at(-1)}px: "${text}"`,
  );
}

/** The first sentence of a paragraph of copy (a card has room for one). */
export function firstSentence(text: string): string {
  const match = /^.+?(?:[。！？]|[.!?](?=\s+[“"‘(A-Z]|$))/u.exec(text.trim());
  return match ? match[0] : text.trim();
}
