import { createContext, useContext, type ReactNode } from 'react';

/**
 * Where a section is shown: on the explainer's own page, or alone in an embed. Parts written for readers of the
 * whole page (such as a case's "After the settlement") stay on the page, so an embed keeps its usual size.
 */
export type Surface = 'page' | 'embed';

interface Shown {
  surface: Surface;
  /** The one claim a single-claim embed shows (the sources view's card), or null. */
  claim: string | null;
  /** The part of the view an embed shows alone (`step`, `chart-time`: the registry's `parts`), or null. */
  part: string | null;
}
const SurfaceContext = createContext<Shown>({ surface: 'page', claim: null, part: null });

export function SurfaceProvider({
  surface,
  claim = null,
  part = null,
  children,
}: Partial<Shown> & { surface: Surface; children: ReactNode }) {
  return <SurfaceContext value={{ surface, claim, part }}>{children}</SurfaceContext>;
}

export const useSurface = (): Surface => useContext(SurfaceContext).surface;
export const useEmbeddedClaim = (): string | null => useContext(SurfaceContext).claim;
export const useEmbeddedPart = (): string | null => useContext(SurfaceContext).part;
