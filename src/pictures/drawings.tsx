/**
 * The app's own drawings, rendered on the server and made standalone: each case's scene as its prerendered page
 * shows it (the still picture, its theme classes made colours by palette.ts), and the words of each penalty chart
 * as its section renders them (title, takeaway, label, notes), so the picture says exactly what the page says.
 */
import type { ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { SectionData } from '../data/model';
import type { CaseId } from '../data/schemas';
import { SectionProvider } from '../content/section';
import { AlexaScene } from '../features/cases/alexa-scene';
import type { SceneDrawing } from '../features/cases/case-scene';
import { RingScene } from '../features/cases/ring-scene';
import { SCENE_HEIGHT, SCENE_WIDTH } from '../features/cases/scene-states';
import { inlineClassColours, PALETTE } from './palette';

const SCENES: Record<CaseId, SceneDrawing> = { alexa: AlexaScene, ring: RingScene };

/** A case's scene for one step, as an SVG data address for an `<img>` in satori. */
export function sceneImage(caseId: CaseId, scene: string): string {
  const Drawing = SCENES[caseId];
  const markup = renderToStaticMarkup(<Drawing scene={scene} motion={false} still />);
  const inner = /<svg\b[^>]*>([\s\S]*?)<\/svg>/.exec(markup)?.[1];
  if (inner === undefined) throw new Error(`the ${caseId} scene "${scene}": no <svg> in the rendered markup`);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SCENE_WIDTH}" height="${SCENE_HEIGHT}" ` +
    `viewBox="0 0 ${SCENE_WIDTH} ${SCENE_HEIGHT}"><rect width="${SCENE_WIDTH}" height="${SCENE_HEIGHT}" ` +
    `fill="${PALETTE.panel}"/>${inlineClassColours(inner)}</svg>`;
  if (/var\(|currentColor/.test(svg))
    throw new Error(`The ${caseId} scene "${scene}" has a colour no picture can draw`);
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/** The escapes renderToStaticMarkup writes in text. */
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'" };

/** HTML text content: tags dropped, React's escapes decoded. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#x27);/g, (entity) => ENTITIES[entity]!)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * One penalty chart as its section renders it, taken apart into its words: title, takeaway, a prominent label
 * (the ceiling chart's "Illustration…") or null, and the notes under the chart and in its caption.
 */
export function chartDrawing(data: SectionData, name: string, Chart: ComponentType) {
  const html = renderToStaticMarkup(
    <SectionProvider data={data}>
      <Chart />
    </SectionProvider>,
  );
  const where = `the ${name} chart`;
  const id = /<figure id="([^"]+)"/.exec(html)?.[1];
  if (!id) throw new Error(`${where}: no <figure id>`);
  const byId = (tag: string, suffix: string) => {
    const found = new RegExp(`<${tag} id="${id}-${suffix}"[^>]*>([\\s\\S]*?)</${tag}>`).exec(html)?.[1];
    if (found === undefined) throw new Error(`${where}: no ${tag}#${id}-${suffix}`);
    return textOf(found);
  };
  const afterSvg = html.slice(html.indexOf('</svg>'));
  const notes = [...afterSvg.matchAll(/<p class="text-sm text-muted">([\s\S]*?)<\/p>/g)].map((match) =>
    textOf(match[1] ?? ''),
  );
  const caption = /<figcaption[^>]*>([\s\S]*?)<\/figcaption>/.exec(html)?.[1] ?? '';
  const captionNotes = [...caption.matchAll(/<p class="mb-1 text-muted">([\s\S]*?)<\/p>/g)].map((match) =>
    textOf(match[1] ?? ''),
  );
  const label = /<p class="inline-block[^"]*">([\s\S]*?)<\/p>/.exec(html)?.[1];
  return {
    title: byId('h3', 'title'),
    takeaway: byId('p', 'takeaway'),
    label: label === undefined ? null : textOf(label),
    notes: [...notes, ...captionNotes],
  };
}
