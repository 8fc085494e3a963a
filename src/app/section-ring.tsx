import { CaseSection } from '../features/cases/case-section';
import { RingScene } from '../features/cases/ring-scene';

export function RingSection() {
  return <CaseSection caseId="ring" drawing={RingScene} />;
}
