import { useMemo } from 'react';
import { useCaseData, SectionProvider, useCopy, useCase, useQuotes } from '../../content/section';
import type { CaseId } from '../../data/schemas';
import { NoteList, NotesProvider } from '../../content/source-notes';
import { noteOrder } from './case-notes';
import { CaseAftermath } from './case-aftermath';
import { CaseFacts } from './case-facts';
import type { SceneDrawing } from './case-scene';
import { CaseStepper } from './case-stepper';
import { Timeline } from './timeline';
import { useEmbeddedPart, useSurface } from '../../lib/surface';

/** One case's section: its data, checked once, for everything below to read with the hooks (content/section.tsx). */
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
  const caseData = useCase(caseId);
  const quotes = useQuotes();
  // An embed of one step (`embed/alexa.step.html`): the stepper alone, with the sources its steps cite.
  const oneStep = useEmbeddedPart() === 'step';
  // The notes are numbered in reading order: the steps, then what follows the settlement (on the page).
  const ids = useMemo(
    () => noteOrder(caseData, quotes, { aftermath: surface === 'page' }),
    [caseData, quotes, surface],
  );
  return (
    <NotesProvider scope={caseId} ids={ids}>
      <div className={oneStep ? 'space-y-3' : 'space-y-6'}>
        {oneStep ? null : <p className="max-w-prose text-lg">{richData(`cases.${caseId}.intro`)}</p>}
        <CaseStepper caseId={caseId} drawing={drawing} />
        {oneStep ? null : (
          <>
            <div>
              <h3 className="mb-2 text-lg font-semibold">{t('caseView.atAGlance')}</h3>
              <CaseFacts caseId={caseId} />
            </div>
            <Timeline caseId={caseId} />
          </>
        )}
        {/* For readers of the whole page; an embed keeps to the case itself. */}
        {surface === 'page' ? <CaseAftermath caseId={caseId} /> : null}
        <NoteList title={t('caseView.notesTitle')} titleId={`${caseId}-notes-title`} quiet={oneStep} />
      </div>
    </NotesProvider>
  );
}
