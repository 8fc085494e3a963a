import { CaseSection } from '../features/cases/case-section';

export function RingSection() {
  return <CaseSection caseId="ring" />;
}
