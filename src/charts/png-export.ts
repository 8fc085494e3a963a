/**
 * A PNG of a chart, painted on a canvas by canvg. The usual way (an <img> of a blob: URL of the SVG, then drawImage)
 * is blocked by our CSP `default-src 'self'`, which allows no blob: or data: images; canvg walks the SVG itself.
 * It is handed the standalone element (svg-export.ts) in a document of its own, never markup: parsing markup is a
 * sink that Trusted Types (our stricter CSP) refuses. Loaded on demand, when a reader asks.
 */
import { Canvg } from 'canvg';

/** Paint a standalone SVG element to a PNG blob at `scale`× (2 for sharp text on high-density screens). */
export async function svgToPng(root: Element, scale = 2): Promise<Blob> {
  const width = Number(root.getAttribute('width'));
  const height = Number(root.getAttribute('height'));
  // The picture drawn `scale` times larger: the same view box in a larger box, which canvg sizes the canvas to.
  const svg = document.implementation.createDocument(root.namespaceURI, 'svg', null);
  const scaled = svg.importNode(root, true) as Element;
  scaled.setAttribute('viewBox', root.getAttribute('viewBox') ?? `0 0 ${width} ${height}`);
  scaled.setAttribute('width', String(Math.round(width * scale)));
  scaled.setAttribute('height', String(Math.round(height * scale)));
  svg.replaceChild(scaled, svg.documentElement);
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  await new Canvg(context, svg).render({ ignoreMouse: true, ignoreAnimation: true });
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
