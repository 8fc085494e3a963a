/**
 * The app's own drawings, rendered on the server and made standalone: each case's scene as its prerendered page
 * shows it (the still picture), and the words of each penalty chart as its section renders them (title,
 * takeaway, label, notes), so the picture says exactly what the page says.
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
import { BreakdownChart } from '../features/penalties/breakdown-chart';
import { CeilingChart } from '../features/penalties/ceiling-chart';
import { CoppaChart } from '../features/penalties/coppa-chart';
import { TimeChart } from '../features/penalties/time-chart';
import { firstSvg, inlineClassColours } from './palette';

export { SCENE_HEIGHT, SCENE_WIDTH };

const SCENES: Record<CaseId, SceneDrawing> = { alexa: AlexaScene, ring: RingScene };

/** A case's scene for one step, as standalone SVG markup in the scene's own units (SCENE_WIDTH × SCENE_HEIGHT). */
export function sceneMarkup(caseId: CaseId, scene: string): string {
  const Drawing = SCENES[caseId];
  const markup = renderToStaticMarkup(<Drawing scene={scene} motion={false} still />);
  return inlineClassColours(firstSvg(markup, `the ${caseId} scene "${scene}"`).inner);
}

/** HTML text content: tags dropped, entities decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[\da-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, entity: string) => {
      const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
      if (entity[0] !== '#') return named[entity.toLowerCase()] ?? '';
      return String.fromCodePoint(entity[1] === 'x' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
    })
    .replace(/\s+/g, ' ')
    .trim();
}

export interface ChartDrawing {
  id: string;
  title: string;
  takeaway: string;
  /** A prominent label (the ceiling chart's "Illustration…"), if any. */
  label: string | null;
  /** The notes under the chart and in its caption. */
  notes: string[];
}

export const CHARTS: ReadonlyArray<[string, ComponentType]> = [
  ['breakdown', BreakdownChart],
  ['time', TimeChart],
  ['coppa', CoppaChart],
  ['ceiling', CeilingChart],
];

/** One penalty chart as its section renders it, taken apart into its words. */
export function chartDrawing(data: SectionData, name: string, Chart: ComponentType): ChartDrawing {
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
    id,
    title: byId('h3', 'title'),
    takeaway: byId('p', 'takeaway'),
    label: label === undefined ? null : textOf(label),
    notes: [...notes, ...captionNotes],
  };
}
