import { useCase, useFacts, useCopy } from '../../content/section';
import type { CaseId } from '../../data/schemas';
import { formatFact } from '../../data/text';
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
    ...(caseData.court.judge ? [[t('caseFacts.judge'), caseData.court.judge, 'en'] as [string, string, 'en']] : []),
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
    <dl className="grid grid-cols-[6.5rem_minmax(0,1fr)] gap-x-3 gap-y-2 rounded-lg border border-line bg-panel p-4 text-sm sm:grid-cols-[12rem_1fr] sm:gap-x-4 sm:text-base">
      {rows.map(([term, value, lang]) => (
        <div key={term} className="contents">
          <dt className="font-semibold text-muted">{term}</dt>
          <dd lang={lang === locale ? undefined : lang}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
