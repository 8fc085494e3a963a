import type { CaseId } from '../../data/schemas';
import { AlexaScene } from './alexa-scene';
import { RingScene } from './ring-scene';
import { SCENE_HEIGHT, SCENE_WIDTH } from './scene-states';

/**
 * One drawing per case whose parts move with the step. `label` describes the current picture for screen
 * readers; the step text beside it tells the same story in full.
 */
export function CaseScene({ caseId, scene, label }: { caseId: CaseId; scene: string; label: string }) {
  return (
    <svg viewBox={`0 0 ${SCENE_WIDTH} ${SCENE_HEIGHT}`} role="img" aria-label={label} className="block aspect-[16/9] h-auto w-full" data-scene={scene}>
      {caseId === 'alexa' ? <AlexaScene scene={scene} /> : <RingScene scene={scene} />}
    </svg>
  );
}
