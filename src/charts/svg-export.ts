/**
 * A standalone SVG of a chart (colours resolved, title and sources written in), for the "Download image (SVG)"
 * button, and the element the PNG painter (png-export.ts) paints. Loaded on demand, when a reader asks.
 */

import { WIDE_CHAR } from '../lib/format';
import { textWidth } from './bar-layout';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface ExportText {
  title: string;
  takeaway: string;
  /** Extra line(s) such as "Illustration, not a legal estimate". */
  label?: string;
  source: string;
}

const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;
/** The SVG an export keeps: the elements and attributes our charts draw with, nothing else. */
const SVG_ELEMENTS = new Set(['svg', 'g', 'rect', 'line', 'path', 'text', 'tspan', 'circle', 'title', 'desc']);
const SVG_ATTRIBUTES = new Set<string>([
  ...STYLE_PROPS,
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'dx',
  'dy',
  'width',
  'height',
  'rx',
  'ry',
  'cx',
  'cy',
  'r',
  'd',
  'transform',
  'viewBox',
  'preserveAspectRatio',
  'xmlns',
  'font-family',
  'stroke-linecap',
  'stroke-linejoin',
  'shape-rendering',
]);
/** The page's faces, its Chinese ones after the Latin (index.css), so a viewer draws Chinese in Chinese forms. */
const FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "PingFang SC", "Hiragino Sans GB", ' +
  '"Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';

/**
 * `text` in lines that fit `width` px at this font size (by textWidth's estimate). A line breaks before a word
 * (Intl.Segmenter's, Chinese words too) that follows a space or a Chinese character or mark: so punctuation stays
 * with the word before it, and `$5.8` or `2500万` stay whole.
 */
export function wrap(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const { segment, isWordLike } of new Intl.Segmenter(undefined, { granularity: 'word' }).segment(text)) {
    const canBreak =
      (isWordLike || /^[\p{Ps}\p{Pi}]/u.test(segment)) && (/\s$/.test(line) || WIDE_CHAR.test(line.at(-1) ?? ''));
    if (canBreak && line.trim() && textWidth((line + segment).trimEnd(), size) > width) {
      lines.push(line.trimEnd());
      line = segment;
    } else line += segment;
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

function colourOf(element: Element, property: string, fallback: string): string {
  const value = getComputedStyle(element).getPropertyValue(property).trim();
  return value || fallback;
}

function opaque(colour: string, fallback: string): string {
  return colour === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(colour) ? fallback : colour;
}

/**
 * A standalone copy of a chart: xmlns, explicit size, every colour and font resolved from the page's CSS
 * (CSS variables mean nothing outside the page), interactive attributes removed, and the title, takeaway
 * and sources written in as text.
 */
export function standaloneSvg(svg: SVGSVGElement, text: ExportText): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(standaloneSvgElement(svg, text))}\n`;
}

/** The standalone SVG as an element of its own document (what `standaloneSvg` writes out, and the PNG paints). */
export function standaloneSvgElement(svg: SVGSVGElement, text: ExportText): Element {
  // A chart still coming in (bars growing, labels fading in) is exported as it ends, not half drawn.
  for (const animation of svg.getAnimations?.({ subtree: true }) ?? []) animation.finish();
  const width = Number(svg.getAttribute('width')) || 640;
  const height = Number(svg.getAttribute('height')) || 360;
  const pad = 16;
  const lines = (words: string, size: number, weight: string) =>
    wrap(words, width, size).map((line) => ({ line, size, weight }));
  const head = [
    ...lines(text.title, 17, '700'),
    ...lines(text.takeaway, 13, '400'),
    ...lines(text.label ?? '', 13, '700'),
  ];
  const foot = wrap(text.source, width, 11);
  const lineHeight = (size: number) => Math.round(size * 1.4);
  const headHeight = head.reduce((sum, row) => sum + lineHeight(row.size), 0) + 10;
  const footHeight = foot.length * lineHeight(11) + 10;
  const totalWidth = width + 2 * pad;
  const totalHeight = pad + headHeight + height + footHeight + pad;

  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns', SVG_NS);
  root.setAttribute('width', String(totalWidth));
  root.setAttribute('height', String(totalHeight));
  root.setAttribute('viewBox', `0 0 ${totalWidth} ${totalHeight}`);
  root.setAttribute('font-family', FONT);
  // The edition's language, for the glyphs a viewer picks (Chinese, not Japanese, forms) and for screen readers.
  root.setAttribute('lang', document.documentElement.lang || 'en');
  const make = (name: string, attributes: Record<string, string | number>, content?: string) => {
    const element = doc.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    if (content !== undefined) element.textContent = content;
    return element;
  };
  const ink = opaque(colourOf(document.documentElement, 'color', '#1b1b1f'), '#1b1b1f');
  const muted = colourOf(svg, '--muted', '#52525b');
  root.append(make('title', {}, text.title));
  root.append(make('desc', {}, `${text.takeaway} ${text.source}`));
  root.append(
    make('rect', {
      x: 0,
      y: 0,
      width: totalWidth,
      height: totalHeight,
      // An embed's page is transparent (the host's shows through): the image takes the theme's own background.
      fill: opaque(
        colourOf(document.documentElement, 'background-color', '#ffffff'),
        colourOf(svg, '--page', '#ffffff'),
      ),
    }),
  );
  let y = pad;
  for (const row of head) {
    y += lineHeight(row.size);
    root.append(
      make('text', { x: pad, y: y - 4, 'font-size': row.size, 'font-weight': row.weight, fill: ink }, row.line),
    );
  }
  const chart = make('g', { transform: `translate(${pad},${pad + headHeight})` });
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  copies.forEach((copy, index) => {
    const original = originals[index];
    if (!original) return;
    // Resolve what CSS decides (classes, var(--…)); keep plain presentation attributes as they are.
    const styled = index === 0 || original.hasAttribute('class');
    const style = getComputedStyle(original);
    for (const property of STYLE_PROPS) {
      const own = original.getAttribute(property);
      if (own !== null && !own.includes('var(')) continue;
      if (!styled && own === null) continue;
      const value = style.getPropertyValue(property).trim();
      if (value && value !== 'transparent') copy.setAttribute(property, value);
    }
    // Only what the chart drew: its kinds of mark and their geometry and paint (no links, scripts, handlers,
    // foreign content or anything a host or a data file might have slipped in).
    for (const attribute of [...copy.attributes])
      if (!SVG_ATTRIBUTES.has(attribute.name)) copy.removeAttribute(attribute.name);
  });
  for (const element of [...clone.querySelectorAll('*')])
    if (!SVG_ELEMENTS.has(element.localName) || element.namespaceURI !== SVG_NS) element.remove();
  for (const property of STYLE_PROPS) {
    const value = clone.getAttribute(property);
    if (value !== null) chart.setAttribute(property, value);
  }
  for (const child of [...clone.childNodes]) chart.append(doc.importNode(child, true));
  root.append(chart);
  y = pad + headHeight + height + 6;
  for (const line of foot) {
    y += lineHeight(11);
    root.append(make('text', { x: pad, y: y - 3, 'font-size': 11, fill: muted }, line));
  }
  return root;
}
