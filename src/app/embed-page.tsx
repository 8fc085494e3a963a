import type { ReactNode } from 'react';
import { SectionBoundary } from '../components/section-boundary';
import { CaseSection } from '../features/cases/case-section';
import { EmbedShell } from '../features/embed/embed-shell';
import type { EmbedParams } from '../features/embed/params';
import { PenaltiesSection } from '../features/penalties/penalties-section';
import { SourcesSection } from '../features/sources/sources-section';
import type { SectionId } from '../lib/ui-strings';

const SECTION_BODY: Record<SectionId, () => ReactNode> = {
  alexa: () => <CaseSection caseId="alexa" />,
  ring: () => <CaseSection caseId="ring" />,
  penalties: () => <PenaltiesSection />,
  sources: () => <SourcesSection />,
};

/** The same app with an `embedded` flag: one section, no page header or footer. */
export function EmbedPage({ params }: { params: EmbedParams }) {
  return (
    <EmbedShell params={params}>
      {params.view ? <SectionBoundary label="this section">{SECTION_BODY[params.view]()}</SectionBoundary> : null}
    </EmbedShell>
  );
}
