/**
 * The host page's own colours where a placeholder stands, read as a theme: a dark blog gets a dark embed even on a
 * light system (issue 29). The loader reads it for each frame that follows the host's colours, and again when the
 * host changes them.
 */
import { domCall } from './dom-safe';

type Colour = [number, number, number, number];
const RGB = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/;
const HEX = /^#([\da-f]{2})([\da-f]{2})([\da-f]{2})$/i;

/** `rgb(18, 18, 20)`, `rgba(0, 0, 0, 0)` or `#121214` as channels and alpha; null for any other notation. */
function parseColour(value: string): Colour | null {
  const rgb = RGB.exec(value.trim());
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
  const hex = HEX.exec(value.trim());
  return hex ? [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16), 1] : null;
}

/** A computed colour as channels and alpha. Another notation (`oklch(…)`) is read back through a canvas. */
function readColour(value: string, doc: Document): Colour | null {
  const parsed = parseColour(value);
  if (parsed) return parsed;
  const context = domCall<HTMLCanvasElement>(doc, 'createElement', 'canvas').getContext('2d');
  if (!context) return null;
  context.fillStyle = '#0000';
  context.fillStyle = value;
  return parseColour(String(context.fillStyle));
}

/** Relative luminance (WCAG) of an sRGB colour, 0 for black to 1 for white. */
function luminance([red, green, blue]: readonly number[]): number {
  const channel = (value = 0) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue);
}

/**
 * The host page's own theme where the placeholder stands: dark if the first background behind it that is not
 * transparent is dark (a dark blog read on a light system gets a dark embed), light if it is light; with no
 * background anywhere, the canvas's, which is dark only when the host page opts into a dark color-scheme that
 * the reader's system uses.
 */
export function hostTheme(win: Window, placeholder: Element): 'light' | 'dark' {
  for (let element: Element | null = placeholder; element; element = element.parentElement) {
    const colour = readColour(win.getComputedStyle(element).backgroundColor, win.document);
    if (colour && colour[3] >= 0.5) return luminance(colour) < 0.2 ? 'dark' : 'light';
  }
  const scheme = win.getComputedStyle(win.document.documentElement).colorScheme;
  const darkSystem = win.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  return /\bdark\b/.test(scheme) && (darkSystem || !/\blight\b/.test(scheme)) ? 'dark' : 'light';
}
