/**
 * Getting the data and the picture out of a chart: CSV with d3-dsv, a standalone SVG (colours resolved,
 * title and sources included) and a PNG drawn on a canvas. Loaded on demand, when a reader asks.
 *
 * Why the PNG is drawn by hand: the usual way (an <img> of a blob: URL of the SVG, then drawImage) is
 * blocked by our CSP `default-src 'self'`, which does not allow blob: or data: images. So the exported SVG
 * is walked and its few kinds of element (g, rect, line, path, text) are painted onto the canvas directly.
 *
 * Past 250 lines because the painter below is the one place that turns our SVG marks into canvas calls.
 */
import { csvFormat } from 'd3-dsv';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A text cell that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a return) gets a
 * leading apostrophe, which spreadsheets show as text (OWASP's advice against CSV injection). Numbers stay numbers.
 */
export function safeCell(value: string | number | null | undefined): string | number {
  if (typeof value !== 'string') return value ?? '';
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function toCsv(rows: ReadonlyArray<Record<string, string | number | null>>, columns: readonly string[]): string {
  const headers = columns.map((column) => String(safeCell(column)));
  return `${csvFormat(
    rows.map((row) => Object.fromEntries(columns.map((column, index) => [headers[index], safeCell(row[column])]))),
    headers,
  )}\n`;
}

/** Save a blob under `filename` with a temporary object URL and an <a download>. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

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
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif';

/** Split text into lines of at most `chars` characters, at spaces. */
export function wrap(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
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
  return serializeSvg(standaloneSvgElement(svg, text));
}

/** A standalone SVG document's text. */
export const serializeSvg = (root: Element): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;

/** The standalone SVG as an element of its own document (what `standaloneSvg` writes out, and the PNG paints). */
export function standaloneSvgElement(svg: SVGSVGElement, text: ExportText): Element {
  const width = Number(svg.getAttribute('width')) || 640;
  const height = Number(svg.getAttribute('height')) || 360;
  const pad = 16;
  const chars = Math.max(30, Math.floor((width + 2 * pad) / 7.2));
  const head = [
    ...wrap(text.title, Math.floor(chars * 0.8)).map((line) => ({ line, size: 17, weight: '700', muted: false })),
    ...wrap(text.takeaway, chars).map((line) => ({ line, size: 13, weight: '400', muted: false })),
    ...(text.label ? wrap(text.label, chars).map((line) => ({ line, size: 13, weight: '700', muted: false })) : []),
  ];
  const foot = wrap(text.source, Math.floor(chars * 1.1)).map((line) => ({
    line,
    size: 11,
    weight: '400',
    muted: true,
  }));
  const lineHeight = (size: number) => Math.round(size * 1.4);
  const headHeight = head.reduce((sum, row) => sum + lineHeight(row.size), 0) + 10;
  const footHeight = foot.reduce((sum, row) => sum + lineHeight(row.size), 0) + 10;
  const totalWidth = width + 2 * pad;
  const totalHeight = pad + headHeight + height + footHeight + pad;

  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns', SVG_NS);
  root.setAttribute('width', String(totalWidth));
  root.setAttribute('height', String(totalHeight));
  root.setAttribute('viewBox', `0 0 ${totalWidth} ${totalHeight}`);
  root.setAttribute('font-family', FONT);
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
      fill: opaque(colourOf(document.documentElement, 'background-color', '#ffffff'), '#ffffff'),
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
  for (const row of foot) {
    y += lineHeight(row.size);
    root.append(make('text', { x: pad, y: y - 3, 'font-size': row.size, fill: muted }, row.line));
  }
  return root;
}

// ---------- PNG: paint the standalone SVG onto a canvas ----------

function applyTransform(context: CanvasRenderingContext2D, transform: string | null): void {
  if (!transform) return;
  for (const match of transform.matchAll(/(translate|scale)\(\s*([-\d.e]+)[\s,]*([-\d.e]+)?\s*\)/g)) {
    const a = Number(match[2]);
    const b = match[3] === undefined ? undefined : Number(match[3]);
    if (match[1] === 'translate') context.translate(a, b ?? 0);
    else context.scale(a, b ?? a);
  }
}

const num = (element: Element, name: string) => Number(element.getAttribute(name) ?? 0);

function paint(
  context: CanvasRenderingContext2D,
  element: Element,
  inherited: { fill: string; stroke: string; fontSize: number; fontWeight: string; anchor: string; baseline: string },
): void {
  const attr = (name: string) => element.getAttribute(name);
  const style = {
    fill: attr('fill') ?? inherited.fill,
    stroke: attr('stroke') ?? inherited.stroke,
    fontSize: attr('font-size') ? Number.parseFloat(attr('font-size') ?? '12') : inherited.fontSize,
    fontWeight: attr('font-weight') ?? inherited.fontWeight,
    anchor: attr('text-anchor') ?? inherited.anchor,
    baseline: attr('dominant-baseline') ?? inherited.baseline,
  };
  const name = element.localName;
  if (name === 'title' || name === 'desc' || name === 'defs') return;
  context.save();
  applyTransform(context, attr('transform'));
  const opacity = attr('opacity');
  if (opacity !== null) context.globalAlpha *= Number(opacity);
  const fillOpacity = attr('fill-opacity');
  const visible = (colour: string) =>
    colour !== 'none' && colour !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(colour);
  const doFill = (draw: () => void) => {
    if (!visible(style.fill)) return;
    context.save();
    if (fillOpacity !== null) context.globalAlpha *= Number(fillOpacity);
    context.fillStyle = style.fill;
    draw();
    context.restore();
  };
  const doStroke = (draw: () => void) => {
    if (!visible(style.stroke)) return;
    context.strokeStyle = style.stroke;
    context.lineWidth = Number.parseFloat(attr('stroke-width') ?? '1') || 1;
    const dash = attr('stroke-dasharray');
    context.setLineDash(dash && dash !== 'none' ? dash.split(/[\s,]+/).map(Number.parseFloat) : []);
    draw();
  };
  if (name === 'rect') {
    const [x, y, w, h] = [num(element, 'x'), num(element, 'y'), num(element, 'width'), num(element, 'height')];
    doFill(() => context.fillRect(x, y, w, h));
    doStroke(() => context.strokeRect(x, y, w, h));
  } else if (name === 'line') {
    doStroke(() => {
      context.beginPath();
      context.moveTo(num(element, 'x1'), num(element, 'y1'));
      context.lineTo(num(element, 'x2'), num(element, 'y2'));
      context.stroke();
    });
  } else if (name === 'path') {
    const path = new Path2D(attr('d') ?? '');
    doFill(() => context.fill(path));
    doStroke(() => context.stroke(path));
  } else if (name === 'text') {
    doFill(() => {
      context.font = `${style.fontWeight} ${style.fontSize}px ${FONT}`;
      context.textAlign = style.anchor === 'middle' ? 'center' : style.anchor === 'end' ? 'end' : 'start';
      context.textBaseline = style.baseline === 'central' || style.baseline === 'middle' ? 'middle' : 'alphabetic';
      context.fillText(element.textContent ?? '', num(element, 'x'), num(element, 'y'));
    });
  }
  for (const child of element.children) paint(context, child, style);
  context.restore();
}

/**
 * Paint a standalone SVG element to a PNG blob at `scale`× (2 for sharp text on high-density screens). It takes
 * the element, not its text: parsing markup is a sink that Trusted Types (our stricter CSP) refuses.
 */
export async function svgToPng(root: Element, scale = 2): Promise<Blob> {
  const width = Number(root.getAttribute('width'));
  const height = Number(root.getAttribute('height'));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  context.scale(scale, scale);
  paint(context, root, {
    fill: '#000',
    stroke: 'none',
    fontSize: 12,
    fontWeight: '400',
    anchor: 'start',
    baseline: 'alphabetic',
  });
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
