import { createContext, useContext, type ReactNode } from 'react';

/**
 * Where a section is shown: on the explainer's own page, or alone in an embed. Parts written for readers of the
 * whole page (such as a case's "After the settlement") stay on the page, so an embed keeps its usual size.
 */
export type Surface = 'page' | 'embed';
const SurfaceContext = createContext<Surface>('page');

export function SurfaceProvider({ surface, children }: { surface: Surface; children: ReactNode }) {
  return <SurfaceContext value={surface}>{children}</SurfaceContext>;
}

export const useSurface = (): Surface => useContext(SurfaceContext);
