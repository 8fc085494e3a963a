/**
 * A PNG of a chart, drawn on a canvas. The usual way (an <img> of a blob: URL of the SVG, then drawImage) is blocked
 * by our CSP `default-src 'self'`, which does not allow blob: or data: images. So the standalone SVG
 * (svg-export.ts) is walked and its few kinds of element (g, rect, line, path, text) are painted directly.
 * Loaded on demand, when a reader asks.
 */
import { FONT } from './svg-export';

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
