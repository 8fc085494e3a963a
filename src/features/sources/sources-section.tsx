import { SectionProvider, useCopy, useSourcesData } from '../../content/section';
import { useEmbeddedClaim } from '../../lib/surface';
import { ClaimCard } from './claim-card';
import { ClaimTable } from './claim-table';
import { QuoteViewer } from './quote-viewer';
import { CorrectionsList, PrimarySources } from './reference-lists';
import { useViewerState } from './use-viewer-state';
import { Subsection } from './subsection';

/**
 * "What the articles said": the quote viewer, the claim matrix, the corrections and the documents behind them; or,
 * in a single-claim embed, that claim's card. Its own chunk, loaded when the section nears the viewport
 * (src/app/section-registry.ts); its data loads once it runs.
 */
export function SourcesSection() {
  const claim = useEmbeddedClaim();
  return (
    <SectionProvider data={useSourcesData()}>{claim ? <ClaimCard claimId={claim} /> : <AllSources />}</SectionProvider>
  );
}

function AllSources() {
  const { t } = useCopy();
  const viewer = useViewerState();
  return (
    <div className="space-y-8 sm:space-y-12">
      <p className="max-w-prose sm:text-lg">{t('sourcesSection.intro')}</p>
      <Subsection id="articles-title" title={t('sourcesSection.articlesTitle')}>
        <p className="max-w-prose">{t('sourcesSection.articlesWhy')}</p>
        <QuoteViewer viewer={viewer} />
      </Subsection>
      <ClaimTable caseId={viewer.state.caseId} onCase={viewer.setCase} onShowQuote={viewer.openQuote} />
      <CorrectionsList />
      <PrimarySources />
    </div>
  );
}
