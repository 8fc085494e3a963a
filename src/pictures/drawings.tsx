import { renderToStaticMarkup } from 'react-dom/server';
import type { CaseId } from '../data/schemas';
import { AlexaScene } from '../features/cases/alexa-scene';
import type { SceneDrawing } from '../features/cases/case-scene';
import { RingScene } from '../features/cases/ring-scene';
import { SCENE_HEIGHT, SCENE_WIDTH } from '../features/cases/scene-states';
import { inlineClassColours, PALETTE } from './palette';

const SCENES: Record<CaseId, SceneDrawing> = { alexa: AlexaScene, ring: RingScene };

/**
 * A case's scene for one step as its prerendered page shows it (the still picture, rendered on the server, its
 * theme classes made colours by palette.ts), standalone: an SVG data address for an `<img>` in satori.
 */
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
