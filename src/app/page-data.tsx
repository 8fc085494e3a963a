import type { ReactNode } from 'react';
import { usePageData, SectionProvider } from '../content/section';

/** The header's and the footer's data (copy, facts, sources, the corrections log), checked once for both. */
export function PageData({ children }: { children: ReactNode }) {
  return <SectionProvider data={usePageData()}>{children}</SectionProvider>;
}
