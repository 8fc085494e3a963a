import { useCaseBundle } from '../../data/hooks';
import type { CaseBundle } from '../../data/model';
import type { CaseId } from '../../data/schemas';
import { TextProvider, useText } from '../../data/text';
import { CaseFacts } from './case-facts';
import type { SceneDrawing } from './case-scene';
import { CaseStepper } from './case-stepper';
import { Timeline } from './timeline';

export function CaseSection({ caseId, drawing }: { caseId: CaseId; drawing: SceneDrawing }) {
  const bundle = useCaseBundle(caseId);
  return (
    <TextProvider sources={bundle}>
      <CaseBody bundle={bundle} drawing={drawing} />
    </TextProvider>
  );
}

function CaseBody({ bundle, drawing }: { bundle: CaseBundle; drawing: SceneDrawing }) {
  const { t } = useText();
  const { caseData } = bundle;
  return (
    <div className="space-y-6">
      <p className="max-w-prose text-lg">{t(`cases.${caseData.id}.intro`)}</p>
      <CaseStepper bundle={bundle} drawing={drawing} />
      <div>
        <h3 className="mb-2 text-lg font-semibold">{t('caseView.atAGlance')}</h3>
        <CaseFacts bundle={bundle} />
      </div>
      <Timeline bundle={bundle} />
    </div>
  );
}
