import { useCaseBundle } from '../../data/hooks';
import type { CaseBundle } from '../../data/model';
import type { CaseId } from '../../data/schemas';
import { SourceList } from '../../data/source-list';
import { TextProvider, useText } from '../../data/text';
import { CaseFacts } from './case-facts';
import { Timeline } from './timeline';

export function CaseSection({ caseId }: { caseId: CaseId }) {
  const bundle = useCaseBundle(caseId);
  return (
    <TextProvider sources={bundle}>
      <CaseBody bundle={bundle} />
    </TextProvider>
  );
}

function CaseBody({ bundle }: { bundle: CaseBundle }) {
  const { t } = useText();
  const { caseData } = bundle;
  const items = new Map(caseData.items.map((item) => [item.id, item]));
  return (
    <div className="space-y-6">
      <p className="max-w-prose text-lg">{t(`cases.${caseData.id}.intro`)}</p>
      <CaseFacts bundle={bundle} />
      <ol className="space-y-6" aria-label={`${caseData.steps.length} steps`}>
        {caseData.steps.map((step, index) => (
          <li key={step.id} className="rounded-lg border border-line bg-panel p-4">
            <h3 className="text-lg font-semibold">
              <span className="text-muted">{index + 1}. </span>
              {t(`cases.${caseData.id}.steps.${step.id}.title`)}
            </h3>
            <p className="mt-1 text-muted">{t(`cases.${caseData.id}.steps.${step.id}.lede`)}</p>
            <ul className="mt-3 space-y-3">
              {step.itemIds.map((itemId) => {
                const item = items.get(itemId);
                if (!item) return null;
                return (
                  <li key={itemId} className="max-w-prose">
                    <p>
                      {item.kind === 'allegation' ? <span className="mr-1 rounded bg-warn-soft px-1.5 text-xs font-semibold uppercase text-warn">{t('common.alleged')}</span> : null}
                      {t(`cases.${caseData.id}.items.${itemId}`)}
                    </p>
                    <SourceList ids={item.sourceIds} sources={bundle.sources} className="mt-1" />
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
      <Timeline bundle={bundle} />
    </div>
  );
}
