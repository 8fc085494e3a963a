/**
 * One email picture per step of a case: the section's name, "Step 3 of 8", the step's title, its scene, and its
 * lede (the step's point in a sentence or two; the bullets stay on the page).
 */
import type { CaseId } from '../../data/schemas';
import { SECTIONS } from '../../lib/ui-strings';
import { sentences, VIEW_COLOUR } from '../card';
import { PALETTE } from '../palette';
import type { EmailContext } from './context';
import { column, emailFrame, text } from './frame';
import type { EmailPicture } from './picture';
import { SCENE_HEIGHT, SCENE_WIDTH, sceneImage } from './scene';
import { INNER, TYPE } from './type';

const SCENE_SHOWN = { width: INNER, height: Math.round((INNER * SCENE_HEIGHT) / SCENE_WIDTH) };

export function stepPictures(context: EmailContext, caseId: CaseId): EmailPicture[] {
  const { edition, locale } = context;
  const { t, tData } = edition.text;
  const caseData = edition.cases[caseId].cases!.cases.find((entry) => entry.id === caseId)!;
  const count = caseData.steps.length;
  const section = SECTIONS[caseId].title[locale];
  const colour = VIEW_COLOUR[caseId];
  return caseData.steps.map((step, index) => {
    const progress = t('caseView.progress', { n: index + 1, count });
    const title = tData(`cases.${caseId}.steps.${step.id}.title`);
    const lede = tData(`cases.${caseId}.steps.${step.id}.lede`);
    const scene = tData(`caseView.scenes.${caseId}.${step.scene}`);
    const body = (
      <div style={column}>
        {text(`${section} · ${progress}`, TYPE.label, { fontWeight: 700, color: colour })}
        {text(title, TYPE.title, { fontWeight: 700, lineHeight: 1.2, marginTop: 8 })}
        <div style={{ display: 'flex', marginTop: 28, border: `2px solid ${PALETTE.line}`, borderRadius: 12 }}>
          <img
            alt=""
            src={sceneImage(caseId, step.scene)}
            width={SCENE_SHOWN.width - 4}
            height={SCENE_SHOWN.height - 4}
          />
        </div>
        {text(lede, TYPE.body, { marginTop: 28 })}
      </div>
    );
    return {
      key: `${caseId}.step-${index + 1}`,
      locale,
      element: emailFrame(context, colour, body),
      alt: sentences([section, progress, title, lede, scene], locale),
    };
  });
}
