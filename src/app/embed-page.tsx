import { SectionBoundary } from '../components/section-boundary';
import { EmbedCredit, EmbedShell } from '../features/embed/embed-shell';
import type { EmbedParams } from '../features/embed/params';
import { DEFAULT_PUBLISHER, type Publisher } from '../lib/publisher';
import { SurfaceProvider } from '../lib/surface';
import { ReadyMarker } from './ready-marker';
import { SECTION_COMPONENTS_NOW } from './section-registry';

/**
 * The same app with an `embedded` flag: one section, no page header or footer. `root` is the way back from this
 * page to the site root: `../` from the static embed pages in embed/, `./` from embed.html.
 */
export function EmbedPage({
  params,
  root = './',
  publisher = DEFAULT_PUBLISHER,
}: {
  params: EmbedParams;
  root?: string;
  /** Who publishes the explainer (the build's PUBLISHER), named in the credit line. */
  publisher?: Publisher;
}) {
  const Body = params.view ? SECTION_COMPONENTS_NOW[params.view] : null;
  return (
    <EmbedShell params={params}>
      {Body ? (
        <SectionBoundary>
          <SurfaceProvider surface="embed" claim={params.card} part={params.part}>
            <Body />
          </SurfaceProvider>
          <EmbedCredit params={params} root={root} publisher={publisher} />
          <ReadyMarker id={params.view ?? ''} />
        </SectionBoundary>
      ) : null}
    </EmbedShell>
  );
}
