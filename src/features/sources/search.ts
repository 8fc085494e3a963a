/**
 * The viewer's search: case-, width-, quote-mark- and whitespace-insensitive, in English and Chinese alike,
 * with the matches as ranges of the original text (so they can be marked without changing it). Pure.
 */
import { WIDE_CHAR } from '../../lib/format';

/** One character folded for matching: case, width (NFKC: "，" → ","), curly quotes, whitespace. */
function foldChar(char: string): string {
  if (/\s/.test(char)) return ' ';
  if (/[‘’′]/.test(char)) return "'";
  if (/[“”„«»]/.test(char)) return '"';
  return char.normalize('NFKC').toLowerCase();
}

interface Folded {
  text: string;
  /** For each code unit of `text`: the [start, end) code units of the original character it came from. */
  from: Array<[number, number]>;
}

/**
 * Fold a text for matching, remembering where each folded unit came from. A whitespace run becomes one space, or
 * none beside a Chinese character, so "FTC指控" finds "FTC 指控" and "2500 万美元" finds "2500万美元".
 */
export function foldText(text: string): Folded {
  let folded = '';
  const from: Array<[number, number]> = [];
  let index = 0;
  let space: [number, number] | null = null;
  let lastWide = true;
  for (const char of text) {
    const start = index;
    index += char.length;
    const out = foldChar(char);
    if (out === ' ') {
      space = [space?.[0] ?? start, index];
      continue;
    }
    // A space beside a Chinese character is typography ("FTC 指控"), not a word break.
    const wide = WIDE_CHAR.test(char);
    if (space && !lastWide && !wide) {
      folded += ' ';
      from.push(space);
    }
    space = null;
    lastWide = wide;
    folded += out;
    for (let unit = 0; unit < out.length; unit += 1) from.push([start, index]);
  }
  return { text: folded, from };
}

export type Range = [start: number, end: number];

/** Where `query` occurs in `text` (case-, width- and whitespace-insensitive), as ranges of the original text. */
export function findMatches(text: string, query: string): Range[] {
  const needle = foldText(query).text.trim();
  if (!needle) return [];
  const { text: haystack, from } = foldText(text);
  const ranges: Range[] = [];
  let at = haystack.indexOf(needle);
  while (at !== -1) {
    const first = from[at];
    const last = from[at + needle.length - 1];
    if (first && last) ranges.push([first[0], last[1]]);
    at = haystack.indexOf(needle, at + needle.length);
  }
  return ranges;
}

export interface TextPart {
  text: string;
  match: boolean;
}

/** Split text at the ranges; joining the parts' text gives the original back exactly. */
export function splitText(text: string, ranges: readonly Range[]): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const [start, end] of ranges) {
    if (start > last) parts.push({ text: text.slice(last, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    last = end;
  }
  if (last < text.length || parts.length === 0) parts.push({ text: text.slice(last), match: false });
  return parts;
}
