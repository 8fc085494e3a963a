/**
 * The host page's own colours where a placeholder stands, read as a theme: a dark blog gets a dark embed even on a
 * light system (issue 29). The loader reads it for each frame that follows the host's colours, and again when the
 * host changes them.
 */
import { domCall } from './dom-safe';

/** Parse a computed colour (`rgb(18, 18, 20)`, `rgba(0, 0, 0, 0)`) into its channels and alpha. */
function readColour(value: string, doc: Document): [number, number, number, number] | null {
  let match = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(value.trim());
  if (!match) {
    // Another notation (`oklch(…)`, `color(srgb …)`): a canvas reads any colour back as hex or rgba().
    const context = domCall<HTMLCanvasElement>(doc, 'createElement', 'canvas').getContext('2d');
    if (!context) return null;
    context.fillStyle = '#0000';
    context.fillStyle = value;
    const hex = /^#([\da-f]{2})([\da-f]{2})([\da-f]{2})$/i.exec(context.fillStyle);
    if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16), 1];
    match = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(context.fillStyle);
    if (!match) return null;
  }
  return [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])];
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
