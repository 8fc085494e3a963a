/**
 * A case's scene (the drawing the step-through view shows for a step) as a standalone SVG data address for an
 * `<img>` in satori: the app's component rendered on the server, its theme classes made colours (palette.ts).
 */
import type { CaseId } from '../../data/schemas';
import { SCENE_HEIGHT, SCENE_WIDTH, sceneMarkup } from '../drawings';
import { PALETTE } from '../palette';

export { SCENE_HEIGHT, SCENE_WIDTH };

export function sceneImage(caseId: CaseId, scene: string): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SCENE_WIDTH}" height="${SCENE_HEIGHT}" ` +
    `viewBox="0 0 ${SCENE_WIDTH} ${SCENE_HEIGHT}"><rect width="${SCENE_WIDTH}" height="${SCENE_HEIGHT}" ` +
    `fill="${PALETTE.panel}"/>${sceneMarkup(caseId, scene)}</svg>`;
  if (/var\(|currentColor/.test(svg))
    throw new Error(`The ${caseId} scene "${scene}" has a colour no picture can draw`);
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
