/** Chart (b): how long Amazon took to earn the money, against sales or profit, with the "two days" claim on request. */
import { useState } from 'react';
import { barLayout, type BarInput } from '../../charts/bar-layout';
import { ChoiceGroup } from '../../charts/chart-figure';
import { formatCount, formatMoney } from '../../lib/format';
import { BarFigure, useChartSeries } from './chart-kit';
import { timeColumns, timeRecord } from './csv';
import {
  claimRatio,
  fileBase,
  formatTime,
  type Measure,
  sourcesOfFacts,
  type TimeRow,
  timeToEarnSeries,
  timeValue,
} from './utils';

const FILL = { claim: 'fill-bad', total: 'fill-muted', alexa: 'fill-alexa', ring: 'fill-ring' } as const;

export function TimeChart() {
  const { t, locale, kit, money, facts, series } = useChartSeries(timeToEarnSeries);
  const [measure, setMeasure] = useState<Measure>('sales');
  const [compare, setCompare] = useState(false);
  const incomeAvailable = series.netIncome > 0;
  const shown: Measure = incomeAvailable ? measure : 'sales';
  const yearValues = { year: String(series.year) };

  // Every row is in the table and the file; the claim is drawn only when asked for.
  const rows = [...series.rows, series.claim].map((row: TimeRow): BarInput => {
    const title =
      row.type === 'claim'
        ? t('penalties.time.rowClaim')
        : row.type === 'total'
          ? t('penalties.time.rowTotal', { amount: formatMoney(row.amount, locale) })
          : t('penalties.time.rowPayment', {
              case: t(row.case === 'alexa' ? 'common.caseAlexa' : 'common.caseRing'),
              amount: formatMoney(row.amount, locale),
            });
    const value = row.type === 'claim' && !compare ? null : timeValue(row, shown);
    const time = value === null ? '' : formatTime(value, shown, locale);
    const cells = {
      item: title,
      minutes: formatTime(row.minutes, 'sales', locale, 1),
      hours: row.hours === null ? '—' : formatTime(row.hours, 'income', locale, 1),
    };
    const fill = row.type === 'payment' ? FILL[row.case ?? 'alexa'] : FILL[row.type];
    return {
      id: row.id,
      value,
      lines: [title],
      valueLabel: time,
      name: t('penalties.time.markLabel', { label: title, time }),
      tip: [title, time],
      fill,
      cells,
      record: timeRecord(row, series.year),
    };
  });
  const axisLabel =
    shown === 'sales' ? t('penalties.time.axisSales', yearValues) : t('penalties.time.axisIncome', yearValues);
  const layout = barLayout({
    rows,
    kind: 'linear',
    width: kit.width,
    format: (value) => formatCount(value, locale),
    axisLabel,
  });

  const spec = {
    id: 'chart-time',
    title: t('penalties.time.title'),
    takeaway: shown === 'sales' ? t('penalties.time.takeawaySales') : t('penalties.time.takeawayIncome'),
    columns: [
      { key: 'item', label: t('penalties.time.colItem') },
      { key: 'minutes', label: t('penalties.time.colMinutes', yearValues), numeric: true },
      { key: 'hours', label: t('penalties.time.colHours', yearValues), numeric: true },
    ],
    file: fileBase(series.year, 'settlements-time-to-earn'),
    csvColumns: timeColumns(series.year),
    sourceIds: sourcesOfFacts(facts, [
      money.financials.netSalesFactId,
      money.financials.netIncomeFactId,
      money.financials.priorNetIncomeFactId,
      ...money.payments.map((p) => p.amountFactId),
    ]),
    note: t('penalties.arithmetic'),
  };
  const ratio = claimRatio(series, shown, money.payments.find((payment) => payment.kind === 'civil-penalty')?.id ?? '');
  const measures = [
    { value: 'sales' as const, label: t('penalties.time.measureSales', yearValues) },
    { value: 'income' as const, label: t('penalties.time.measureIncome', yearValues), disabled: !incomeAvailable },
  ];
  const controls = (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
      <ChoiceGroup
        legend={t('penalties.time.measureLegend')}
        name="time-measure"
        value={shown}
        onChange={setMeasure}
        options={measures}
      />
      <label className="inline-flex cursor-pointer items-center gap-1.5 text-sm">
        <input
          type="checkbox"
          checked={compare}
          onChange={(event) => setCompare(event.target.checked)}
          className="accent-[var(--accent)]"
        />
        {t('penalties.time.compare')}
      </label>
    </div>
  );
  const notes = (
    <div aria-live="polite" className="space-y-1 text-sm">
      {compare && ratio !== null ? (
        <p className="font-semibold">{t('penalties.time.claimNote', { times: Math.round(ratio) })}</p>
      ) : null}
      {shown === 'income' ? <p>{t('penalties.time.incomeNote')}</p> : null}
      {!incomeAvailable ? <p>{t('penalties.time.noIncome', yearValues)}</p> : null}
    </div>
  );
  return <BarFigure spec={spec} layout={layout} kit={kit} controls={controls} notes={notes} />;
}
