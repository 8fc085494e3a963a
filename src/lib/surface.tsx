import { createContext, useContext, type ReactNode } from 'react';

/**
 * Where a section is shown: on the explainer's own page, or alone in an embed. Parts written for readers of the
 * whole page (such as a case's "After the settlement") stay on the page, so an embed keeps its usual size.
 */
export type Surface = 'page' | 'embed';
const SurfaceContext = createContext<Surface>('page');
/** The one claim a single-claim embed shows (the sources view's card), or null. */
const ClaimContext = createContext<string | null>(null);
/** The part of the view an embed shows alone (`step`, `chart-time`: the registry's `parts`), or null. */
const PartContext = createContext<string | null>(null);

export function SurfaceProvider({
  surface,
  claim = null,
  part = null,
  children,
}: {
  surface: Surface;
  claim?: string | null;
  part?: string | null;
  children: ReactNode;
}) {
  return (
    <SurfaceContext value={surface}>
      <ClaimContext value={claim}>
        <PartContext value={part}>{children}</PartContext>
      </ClaimContext>
    </SurfaceContext>
  );
}

export const useSurface = (): Surface => useContext(SurfaceContext);
export const useEmbeddedClaim = (): string | null => useContext(ClaimContext);
export const useEmbeddedPart = (): string | null => useContext(PartContext);
