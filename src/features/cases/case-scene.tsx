import type { CaseId } from '../../data/schemas';
import { useHydrated } from '../../lib/use-hydrated';
import { usePrefersReducedMotion } from '../../lib/use-reduced-motion';
import { AlexaScene } from './alexa-scene';
import { RingScene } from './ring-scene';

/**
 * One drawing per case whose parts move with the step. `label` describes the current picture for screen
 * readers; the step text beside it tells the same story in full.
 */
export function CaseScene({ caseId, scene, label }: { caseId: CaseId; scene: string; label: string }) {
  const motion = !usePrefersReducedMotion();
  // The drawing is placed with inline transforms, which a strict CSP blocks in prerendered HTML: it is drawn
  // once the page is running, in this box whose size is fixed by its aspect ratio (no layout shift).
  const hydrated = useHydrated();
  return (
    <div role="img" aria-label={label} className="pointer-events-none relative aspect-[16/9] w-full overflow-hidden [contain:layout_paint]" data-scene={scene}>
      {!hydrated ? null : caseId === 'alexa' ? <AlexaScene scene={scene} motion={motion} /> : <RingScene scene={scene} motion={motion} />}
    </div>
  );
}
