import { useCaseData } from '../../data/hooks';
import type { CaseId } from '../../data/schemas';
import { SectionProvider, useCopy } from '../../data/text';
import { CaseAftermath } from './case-aftermath';
import { CaseFacts } from './case-facts';
import type { SceneDrawing } from './case-scene';
import { CaseStepper } from './case-stepper';
import { Timeline } from './timeline';
import { useSurface } from '../../lib/surface';

/** One case's section: its data, checked once, for everything below to read with the hooks (data/hooks.ts). */
export function CaseSection({ caseId, drawing }: { caseId: CaseId; drawing: SceneDrawing }) {
  const data = useCaseData(caseId);
  return (
    <SectionProvider data={data}>
      <CaseBody caseId={caseId} drawing={drawing} />
    </SectionProvider>
  );
}

function CaseBody({ caseId, drawing }: { caseId: CaseId; drawing: SceneDrawing }) {
  const { t, richData } = useCopy();
  const surface = useSurface();
  return (
    <div className="space-y-6">
      <p className="max-w-prose text-lg">{richData(`cases.${caseId}.intro`)}</p>
      <CaseStepper caseId={caseId} drawing={drawing} />
      <div>
        <h3 className="mb-2 text-lg font-semibold">{t('caseView.atAGlance')}</h3>
        <CaseFacts caseId={caseId} />
      </div>
      <Timeline caseId={caseId} />
      {/* For readers of the whole page; an embed keeps to the case itself. */}
      {surface === 'page' ? <CaseAftermath caseId={caseId} /> : null}
    </div>
  );
}
