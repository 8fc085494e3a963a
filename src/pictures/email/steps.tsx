/**
 * One email picture per step of a case: the section's name, "Step 3 of 8", the step's title, its scene, and its
 * lede (the step's point in a sentence or two; the bullets stay on the page).
 */
import type { CaseId } from '../../data/schemas';
import { SCENE_HEIGHT, SCENE_WIDTH } from '../../features/cases/scene-states';
import { SECTIONS } from '../../lib/ui-strings';
import { sceneImage } from '../drawings';
import { caseOf, type Edition } from '../edition';
import { PALETTE } from '../palette';
import { column, emailPicture, INNER, text, TYPE, VIEW_COLOUR, type EmailPicture } from './frame';

export function stepPictures(edition: Edition, caseId: CaseId): EmailPicture[] {
  const { t, tData } = edition.text;
  const { steps } = caseOf(edition, caseId);
  const section = SECTIONS[caseId].title[edition.locale];
  const colour = VIEW_COLOUR[caseId];
  return steps.map((step, index) => {
    const progress = t('caseView.progress', { n: index + 1, count: steps.length });
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
            width={INNER - 4}
            height={Math.round((INNER * SCENE_HEIGHT) / SCENE_WIDTH) - 4}
          />
        </div>
        {text(lede, TYPE.body, { marginTop: 28 })}
      </div>
    );
    const alt = [section, progress, title, lede, scene];
    return emailPicture(edition, `${caseId}.step-${index + 1}`, colour, body, alt);
  });
}
