/**
 * The light theme's colours (src/index.css, the first value of each `light-dark()`), for pictures that leave the
 * page: a PNG or a standalone SVG has no stylesheet, so every `fill-*` / `stroke-*` class the app's components use
 * becomes a plain attribute here. tests/tools/pictures.test.ts checks these against index.css.
 */
import type { Verdict } from '../data/schemas';

export const PALETTE = {
  page: '#fbfaf7',
  panel: '#ffffff',
  ink: '#1b1b1f',
  muted: '#52525b',
  line: '#d4d4d8',
  accent: '#1d4ed8',
  alexa: '#0e7490',
  'alexa-soft': '#cffafe',
  ring: '#b45309',
  'ring-soft': '#fef3c7',
  good: '#166534',
  'good-soft': '#dcfce7',
  warn: '#92400e',
  'warn-soft': '#fef3c7',
  bad: '#b91c1c',
  'bad-soft': '#fee2e2',
  focus: '#2563eb',
} as const;

export type PaletteName = keyof typeof PALETTE;

/** Each verdict's soft fill and its ink (the record's status takes its verdict's). */
export const VERDICT_COLOURS: Record<Verdict, { fill: string; ink: string }> = {
  accurate: { fill: PALETTE['good-soft'], ink: PALETTE.good },
  imprecise: { fill: PALETTE['warn-soft'], ink: PALETTE.warn },
  wrong: { fill: PALETTE['bad-soft'], ink: PALETTE.bad },
  absent: { fill: PALETTE.panel, ink: PALETTE.muted },
};

const isPaletteName = (name: string): name is PaletteName => Object.prototype.hasOwnProperty.call(PALETTE, name);

/** The colour a `fill-<colour>` / `stroke-<colour>` class paints with (`none` for Tailwind's `fill-none`), if any. */
export function classColour(name: string): { property: 'fill' | 'stroke'; colour: string } | null {
  const [, property, colour] = /^(fill|stroke)-([\w-]+)$/.exec(name) ?? [];
  if (!property || !colour) return null;
  if (colour === 'none') return { property: property as 'fill' | 'stroke', colour: 'none' };
  return isPaletteName(colour) ? { property: property as 'fill' | 'stroke', colour: PALETTE[colour] } : null;
}

/** Attributes a picture has no use for: styling hooks, test hooks, focus and event plumbing. */
const DROPPED = /^(class|tabindex|data-[\w-]+|style|focusable)$/;

/**
 * Markup rendered by the app's components, made standalone: each `fill-<colour>` / `stroke-<colour>` class (and
 * Tailwind's `fill-none`) becomes the attribute it sets, overriding a presentation attribute as the class does in
 * the browser; classes and test hooks go. The markup is React's own output (attributes in double quotes).
 */
export function inlineClassColours(markup: string): string {
  return markup.replace(
    /<([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/g,
    (_, tag: string, attributes, close) => {
      const list = [...(attributes as string).matchAll(/([\w:-]+)="([^"]*)"/g)].map(
        ([, name, value]) => [name!, value!] as [string, string],
      );
      const classes = list.find(([name]) => name === 'class')?.[1].split(/\s+/) ?? [];
      const set = new Map<string, string>();
      for (const name of classes) {
        const paint = classColour(name);
        if (paint) set.set(paint.property, paint.colour);
      }
      const kept = list.filter(([name]) => !DROPPED.test(name) && !set.has(name));
      const all = [...kept, ...set];
      return `<${tag}${all.map(([name, value]) => ` ${name}="${value}"`).join('')}${close ? '/' : ''}>`;
    },
  );
}
