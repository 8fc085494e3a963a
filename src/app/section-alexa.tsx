import { AlexaScene } from '../features/cases/alexa-scene';
import { CaseSection } from '../features/cases/case-section';

export function AlexaSection() {
  return <CaseSection caseId="alexa" drawing={AlexaScene} />;
}
