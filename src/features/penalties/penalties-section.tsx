import { useMoneyBundle } from '../../data/hooks';
import type { MoneyBundle } from '../../data/model';
import { SourceList } from '../../data/source-list';
import { TextProvider, formatFact, useText } from '../../data/text';
import { rankedCoppaPenalties } from './utils';

export function PenaltiesSection() {
  const bundle = useMoneyBundle();
  return (
    <TextProvider sources={bundle}>
      <PenaltiesBody bundle={bundle} />
    </TextProvider>
  );
}

function PenaltiesBody({ bundle }: { bundle: MoneyBundle }) {
  const { t, locale } = useText();
  const { money, facts, sources } = bundle;
  const fact = (id: string) => {
    const found = facts.get(id);
    return found ? formatFact(found, locale) : '';
  };
  const factSources = (...ids: string[]) => [...new Set(ids.flatMap((id) => facts.get(id)?.sourceIds ?? []))];
  return (
    <div className="space-y-6">
      <p className="max-w-prose text-lg">{t('penalties.intro')}</p>

      <section aria-labelledby="breakdown-title" className="space-y-2">
        <h3 id="breakdown-title" className="text-lg font-semibold">{t('penalties.breakdownTitle')}</h3>
        <div className="relative overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t('penalties.breakdownTitle')}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-1 pr-3">{t('penalties.colItem')}</th>
                <th scope="col" className="py-1 pr-3">{t('penalties.colAmount')}</th>
                <th scope="col" className="py-1 pr-3">{t('penalties.colKind')}</th>
                <th scope="col" className="py-1">{t('penalties.colRecipient')}</th>
              </tr>
            </thead>
            <tbody>
              {money.payments.map((payment) => (
                <tr key={payment.id} className="border-b border-line align-top">
                  <th scope="row" className="py-1 pr-3 font-normal">{t(payment.case === 'alexa' ? 'common.caseAlexa' : 'common.caseRing')}</th>
                  <td className="py-1 pr-3 font-semibold tabular-nums">{fact(payment.amountFactId)}</td>
                  <td className="py-1 pr-3">{t(`moneyKind.${payment.kind}`)}</td>
                  <td className="py-1">{t(`penalties.recipient.${payment.recipient}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="font-semibold">{t('penalties.total')}</p>
        <p>{t('penalties.paidOut')}</p>
        <SourceList ids={[...new Set(money.payments.flatMap((p) => [...p.sourceIds, ...(p.paidOut?.sourceIds ?? [])]).concat(factSources(money.totalFactId)))]} sources={sources} />
      </section>

      <section aria-labelledby="context-title" className="space-y-2">
        <h3 id="context-title" className="text-lg font-semibold">{t('penalties.contextTitle')}</h3>
        <p className="max-w-prose">{t('penalties.context')}</p>
        <p className="max-w-prose">{t('penalties.twoDays')}</p>
        <p className="text-sm text-muted">{t('penalties.arithmetic')}</p>
        <SourceList ids={factSources(money.financials.netSalesFactId, money.financials.netIncomeFactId, money.financials.priorNetIncomeFactId)} sources={sources} />
      </section>

      <section aria-labelledby="coppa-title" className="space-y-2">
        <h3 id="coppa-title" className="text-lg font-semibold">{t('penalties.coppaTitle')}</h3>
        <p className="max-w-prose">{t('penalties.coppaIntro')}</p>
        <div className="relative overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t('penalties.coppaTitle')}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-1 pr-3">{t('penalties.colCompany')}</th>
                <th scope="col" className="py-1 pr-3">{t('penalties.colAmount')}</th>
                <th scope="col" className="py-1">{t('penalties.colDate')}</th>
              </tr>
            </thead>
            <tbody>
              {rankedCoppaPenalties(money, facts).map((row) => (
                <tr key={row.id} className={`border-b border-line ${row.highlight ? 'font-semibold' : ''}`}>
                  <th scope="row" className="py-1 pr-3 font-[inherit]">{row.company}</th>
                  <td className="py-1 pr-3 tabular-nums">{fact(row.amountFactId)}</td>
                  <td className="py-1">{fact(row.dateFactId)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <SourceList ids={factSources(...money.coppaPenalties.map((row) => row.amountFactId))} sources={sources} />
      </section>

      <section aria-labelledby="ceiling-title" className="space-y-2">
        <h3 id="ceiling-title" className="text-lg font-semibold">{t('penalties.ceilingTitle')}</h3>
        <p className="max-w-prose">{t('penalties.ceiling')}</p>
        <SourceList ids={factSources(money.ceiling.perViolationFactId, money.ceiling.countFactId)} sources={sources} />
      </section>
    </div>
  );
}
