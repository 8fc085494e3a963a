import type { ComponentType } from 'react';
import { useHydrated } from '../../lib/use-hydrated';
import { usePrefersReducedMotion } from '../../lib/use-reduced-motion';

/** A case's drawing (AlexaScene, RingScene): each case's section passes its own, so its code carries only that one. */
export interface SceneProps {
  scene: string;
  motion: boolean;
  /** The picture without its moving layers (the prerendered page's): see SceneLayers. */
  still?: boolean;
}
export type SceneDrawing = ComponentType<SceneProps>;

/**
 * One drawing per case whose parts move with the step. `label` describes the current picture for screen
 * readers; the step text beside it tells the same story in full.
 */
export function CaseScene({ Drawing, scene, label }: { Drawing: SceneDrawing; scene: string; label: string }) {
  const motion = !usePrefersReducedMotion();
  // The moving drawing is placed with inline transforms, which a strict CSP blocks in prerendered HTML: the page
  // comes with the same picture still (SVG attributes), and the moving one takes its place once the page runs,
  // in this box whose size is fixed by its aspect ratio (no layout shift).
  const hydrated = useHydrated();
  return (
    <div
      role="img"
      aria-label={label}
      className="pointer-events-none relative aspect-[16/9] w-full overflow-hidden [contain:layout_paint]"
      data-scene={scene}
    >
      <Drawing scene={scene} motion={motion} still={!hydrated} />
    </div>
  );
}
