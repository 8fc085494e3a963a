/**
 * Chinese text as glyph outlines. resvg-js reads a font file from disk for every glyph it draws, and the CJK
 * collections are 20 MB each, so a page of Chinese took it seconds per picture. Drawn as paths (each glyph
 * defined once and reused), the same shapes from the same font files render at once, and the published SVG shows
 * the Chinese correctly even where its reader has no CJK font. Latin text stays text.
 *
 * Works on our own SVG markup (React's output: attributes in double quotes, <text> holding plain text only).
 */
import { textOf } from './drawings';
import type { Fonts } from './text-layout';

type Attributes = Map<string, string>;

const INHERITED = ['font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline'] as const;

function parseAttributes(source: string): Attributes {
  return new Map([...source.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, value!]));
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Every <text> in the CJK face becomes a group of <use>s of glyph paths defined once in <defs>. */
export function outlineCjkText(svg: string, fonts: Fonts): string {
  const defs = new Map<string, string>();
  const stack: Attributes[] = [];
  const inherited = (name: string, own: Attributes) => {
    if (own.has(name)) return own.get(name);
    for (let index = stack.length - 1; index >= 0; index -= 1)
      if (stack[index]!.has(name)) return stack[index]!.get(name);
    return undefined;
  };
  const out = svg.replace(
    /<text\b([^>]*)>([^<]*)<\/text>|<(g|svg)\b([^>]*?)(\/?)>|<\/(g|svg)>/g,
    (
      whole,
      textAttributes: string | undefined,
      content: string | undefined,
      open,
      openAttributes,
      selfClosing,
      close,
    ) => {
      if (open) {
        if (!selfClosing) stack.push(parseAttributes(openAttributes ?? ''));
        return whole;
      }
      if (close) {
        stack.pop();
        return whole;
      }
      const own = parseAttributes(textAttributes ?? '');
      const text = textOf(content ?? '');
      const family = inherited('font-family', own);
      const cjk = family === fonts.family.cjk;
      if (!cjk) {
        if (/\p{Script=Han}/u.test(text))
          throw new Error(`Chinese text in the ${family ?? 'default'} face, which has no Chinese: "${text}"`);
        return whole;
      }
      const size = Number.parseFloat(inherited('font-size', own) ?? '16');
      const weight = Number.parseFloat(inherited('font-weight', own) ?? '400') >= 600 ? 700 : 400;
      const run = fonts.glyphRun(text, { face: 'cjk', weight });
      const scale = size / run.unitsPerEm;
      const anchor = inherited('text-anchor', own) ?? 'start';
      const shift = anchor === 'middle' ? run.width / 2 : anchor === 'end' ? run.width : 0;
      const baseline = inherited('dominant-baseline', own);
      // `central`: the middle of the em box sits on y, as the browser draws it.
      const dy = baseline === 'central' || baseline === 'middle' ? ((run.ascent + run.descent) / 2) * scale : 0;
      const x = Number.parseFloat(own.get('x') ?? '0');
      const y = Number.parseFloat(own.get('y') ?? '0') + dy;
      const kept = [...own]
        .filter(([name]) => !['x', 'y', 'dx', 'dy', ...INHERITED].includes(name))
        .map(([name, value]) => ` ${name}="${value}"`)
        .join('');
      const uses = run.glyphs
        .filter((glyph) => glyph.d)
        .map((glyph) => {
          if (!defs.has(glyph.key)) defs.set(glyph.key, glyph.d);
          return `<use href="#${glyph.key}" x="${round(glyph.x - shift)}" y="${round(glyph.y)}"/>`;
        })
        .join('');
      return `<g${kept} transform="translate(${round(x)} ${round(y)}) scale(${round(scale * 10000) / 10000} ${-round(scale * 10000) / 10000})">${uses}</g>`;
    },
  );
  if (defs.size === 0) return out;
  const definitions = [...defs].map(([key, d]) => `<path id="${key}" d="${d}"/>`).join('');
  return out.replace(/<svg\b[^>]*>/, (tag) => `${tag}<defs>${definitions}</defs>`);
}
