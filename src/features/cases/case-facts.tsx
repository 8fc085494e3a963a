import { useCase, useFacts } from '../../data/hooks';
import type { CaseId } from '../../data/schemas';
import { formatFact, useCopy } from '../../data/text';
import { labelled, listJoin } from '../../lib/format';

/** The case at a glance: caption, court, docket, who sued, laws, dates and money. */
export function CaseFacts({ caseId }: { caseId: CaseId }) {
  const { t, tData, locale } = useCopy();
  const caseData = useCase(caseId);
  const facts = useFacts();
  const fact = (id: string | undefined) => {
    const found = id ? facts.get(id) : undefined;
    return found ? formatFact(found, locale) : null;
  };
  // The caption and the judge's name are English proper names, marked so for screen readers in any edition.
  const rows: Array<[string, string, ('en' | undefined)?]> = [
    [t('caseFacts.caption'), caseData.caption, 'en'],
    [t('caseFacts.filedBy'), t(`filedBy.${caseData.filedBy}`)],
    [t('caseFacts.court'), tData(`courts.${caseData.court.id}`)],
    [t('caseFacts.docket'), caseData.court.docket],
    ...(caseData.court.judge ? ([[t('caseFacts.judge'), caseData.court.judge]] as Array<[string, string]>) : []),
    [
      t('caseFacts.laws'),
      listJoin(
        caseData.laws.map((law) => tData(`laws.${law}`)),
        locale,
      ),
    ],
    [t('caseFacts.filed'), fact(caseData.filedFactId) ?? ''],
    [t('caseFacts.orderEntered'), fact(caseData.orderEnteredFactId) ?? t('caseFacts.orderUnknown')],
    [t('caseFacts.money'), labelled(fact(caseData.moneyFactId) ?? '', t(`moneyKind.${caseData.moneyKind}`), locale)],
  ];
  return (
    <dl className="grid gap-x-4 gap-y-2 rounded-lg border border-line bg-panel p-4 sm:grid-cols-[12rem_1fr]">
      {rows.map(([term, value, lang]) => (
        <div key={term} className="contents">
          <dt className="font-semibold text-muted">{term}</dt>
          <dd className="mb-2 sm:mb-0" lang={lang === locale ? undefined : lang}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
