import { SectionBoundary } from '../components/section-boundary';
import { EmbedCredit, EmbedShell } from '../features/embed/embed-shell';
import type { EmbedParams } from '../features/embed/params';
import { SurfaceProvider } from '../lib/surface';
import { ReadyMarker } from './ready-marker';
import { SECTION_COMPONENTS_NOW } from './section-registry';

/**
 * The same app with an `embedded` flag: one section, no page header or footer. `root` is the way back from this
 * page to the site root: `../` from the static embed pages in embed/, `./` from embed.html.
 */
export function EmbedPage({ params, root = './' }: { params: EmbedParams; root?: string }) {
  const Body = params.view ? SECTION_COMPONENTS_NOW[params.view] : null;
  return (
    <EmbedShell params={params}>
      {Body ? (
        <SectionBoundary>
          <SurfaceProvider surface="embed" claim={params.card}>
            <Body />
          </SurfaceProvider>
          <EmbedCredit params={params} root={root} />
          <ReadyMarker id={params.view ?? ''} />
        </SectionBoundary>
      ) : null}
    </EmbedShell>
  );
}
