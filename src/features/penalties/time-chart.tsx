/** Chart (b): how long Amazon took to earn the money, against sales or profit, with the "two days" claim on request. */
import { useState } from 'react';
import { barLayout, type BarInput } from '../../charts/bar-layout';
import { ChoiceGroup, ChoiceToggle } from '../../charts/chart-options';
import { CASE_KEY } from '../../data/copy-keys';
import { formatCount, formatMoney } from '../../lib/format';
import { ChoiceBarFigure, type BarView, useChartSeries, type Words } from './chart-kit';
import { timeColumns, timeRecord } from './csv';
import { fileBase, SOURCE_IDS } from './figure-sources';
import {
  claimRatio,
  formatTime,
  type Measure,
  type TimeRow,
  type TimeSeries,
  timeToEarnSeries,
  timeValue,
} from './series';

const FILL = { claim: 'fill-bad', total: 'fill-muted', alexa: 'fill-alexa', ring: 'fill-ring' } as const;

/**
 * The chart's rows against sales or income, as the page draws them and the email picture lists them
 * (src/pictures/email/charts.tsx). Every row is in the table and the file; the claim is drawn only when asked for.
 */
export function timeRows(series: TimeSeries, { t, locale }: Words, shown: Measure, withClaim: boolean): BarInput[] {
  return [...series.rows, series.claim].map((row: TimeRow): BarInput => {
    const title =
      row.type === 'claim'
        ? t('penalties.time.rowClaim')
        : row.type === 'total'
          ? t('penalties.time.rowTotal', { amount: formatMoney(row.amount, locale) })
          : t('penalties.time.rowPayment', {
              case: t(CASE_KEY[row.case!]),
              amount: formatMoney(row.amount, locale),
            });
    const value = row.type === 'claim' && !withClaim ? null : timeValue(row, shown);
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
}

/** The chart's title and takeaway against sales or income, for the page and the email picture. */
export function timeWords({ t }: Words, shown: Measure) {
  return {
    title: t('penalties.time.title'),
    takeaway: shown === 'sales' ? t('penalties.time.takeawaySales') : t('penalties.time.takeawayIncome'),
  };
}

export function TimeChart() {
  const { t, locale, kit, money, facts, series } = useChartSeries(timeToEarnSeries);
  const [measure, setMeasure] = useState<Measure>('sales');
  const [compare, setCompare] = useState(false);
  const incomeAvailable = series.netIncome > 0;
  const shown: Measure = incomeAvailable ? measure : 'sales';
  const yearValues = { year: String(series.year) };
  const civilPenalty = money.payments.find((payment) => payment.kind === 'civil-penalty')?.id ?? '';

  /** The chart for one choice: against sales or income, with or without the claim. */
  const draw = (shown: Measure, withClaim: boolean): Omit<BarView, 'option'> => {
    const rows = timeRows(series, { t, locale }, shown, withClaim);
    const axisLabel =
      shown === 'sales' ? t('penalties.time.axisSales', yearValues) : t('penalties.time.axisIncome', yearValues);
    const layout = barLayout({
      rows,
      dense: kit.dense,
      kind: 'linear',
      width: kit.width,
      format: (value) => formatCount(value, locale),
      axisLabel,
    });
    const ratio = claimRatio(series, shown, civilPenalty);
    const notes = (
      <div aria-live="polite" className="space-y-1 text-sm">
        {withClaim && ratio !== null ? (
          <p className="font-semibold">{t('penalties.time.claimNote', { times: Math.round(ratio) })}</p>
        ) : null}
        {shown === 'income' ? <p>{t('penalties.time.incomeNote')}</p> : null}
        {!incomeAvailable ? <p>{t('penalties.time.noIncome', yearValues)}</p> : null}
      </div>
    );
    return { takeaway: timeWords({ t, locale }, shown).takeaway, layout, notes };
  };

  const spec = {
    id: 'chart-time',
    title: timeWords({ t, locale }, shown).title,
    columns: [
      { key: 'item', label: t('penalties.time.colItem') },
      { key: 'minutes', label: t('penalties.time.colMinutes', yearValues), numeric: true },
      { key: 'hours', label: t('penalties.time.colHours', yearValues), numeric: true },
    ],
    file: fileBase(series.year, 'settlements-time-to-earn'),
    csvColumns: timeColumns(series.year),
    sourceIds: SOURCE_IDS.time(money, facts),
    note: t('penalties.arithmetic'),
  };
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
      <ChoiceToggle label={t('penalties.time.compare')} name="time-compare" checked={compare} onChange={setCompare} />
    </div>
  );
  return (
    <ChoiceBarFigure
      spec={spec}
      kit={kit}
      controls={controls}
      choice={{ 'time-measure': shown, 'time-compare': compare ? 'on' : 'off' }}
      values={{ 'time-measure': incomeAvailable ? ['sales', 'income'] : ['sales'], 'time-compare': ['off', 'on'] }}
      draw={(choice) => draw(choice['time-measure'], choice['time-compare'] === 'on')}
    />
  );
}
