/** Chart (a): two kinds of money, side by side on one linear scale, with what was actually paid out. */
import { barLayout, type BarInput } from '../../charts/bar-layout';
import { CASE_KEY } from '../../data/copy-keys';
import { formatCount, formatIsoDate, formatMoney, formatMoneyShort } from '../../lib/format';
import { BarFigure, useChartSeries } from './chart-kit';
import { BREAKDOWN_COLUMNS, breakdownRecord, breakdownTotalRecord } from './csv';
import { fileBase, SOURCE_IDS } from './figure-sources';
import { breakdownSeries, type Breakdown } from './series';
import type { Words } from './chart-kit';

/** The chart's rows, as the page draws them and the email picture lists them (src/pictures/email/charts.tsx). */
export function breakdownRows(series: Breakdown, { t, locale }: Words): BarInput[] {
  return series.rows.map((row): BarInput => {
    const caseName = t(CASE_KEY[row.case]);
    const payment = row.type === 'payment';
    const title = payment
      ? t('penalties.breakdown.rowLabel', { case: caseName, kind: t(`penalties.breakdown.kind.${row.kind}`) })
      : t('penalties.breakdown.paidOutLabel', { date: formatIsoDate(row.date ?? '', locale) });
    const to = payment
      ? t(`penalties.recipient.${row.recipient}`)
      : t('penalties.breakdown.paidOutTo', { people: formatCount(row.people ?? 0, locale) });
    const atLeast = (amount: string) => (row.atLeast ? t('penalties.breakdown.moreThan', { amount }) : amount);
    const amount = atLeast(formatMoney(row.amount, locale));
    const kind = t(`moneyKind.${row.kind}`);
    return {
      id: row.id,
      value: row.amount,
      lines: [title, to],
      valueLabel: atLeast(formatMoneyShort(row.amount, locale)),
      name: t('penalties.breakdown.markLabel', { label: title, to, amount }),
      tip: [title, amount, payment ? kind : to],
      fill: row.case === 'alexa' ? 'fill-alexa' : 'fill-ring',
      atLeast: row.atLeast,
      cells: { item: title, amount, kind, to },
      record: breakdownRecord(row),
    };
  });
}

/** The chart's title and takeaway, for the page and the email picture. */
export function breakdownWords({ t }: Words) {
  return { title: t('penalties.breakdownTitle'), takeaway: t('penalties.breakdown.takeaway') };
}

export function BreakdownChart() {
  const { t, locale, kit, money, facts, series } = useChartSeries(breakdownSeries);

  const rows = breakdownRows(series, { t, locale });
  const total = {
    id: 'total',
    value: series.total,
    label: t('penalties.breakdown.totalLabel', { amount: formatMoneyShort(series.total, locale) }),
    record: breakdownTotalRecord(series),
  };
  const layout = barLayout({
    rows,
    dense: kit.dense,
    kind: 'linear',
    width: kit.width,
    format: (value) => formatMoneyShort(value, locale),
    axisLabel: t('penalties.breakdown.axis'),
    rules: [total],
  });

  const spec = {
    id: 'chart-breakdown',
    ...breakdownWords({ t, locale }),
    columns: [
      { key: 'item', label: t('penalties.colItem') },
      { key: 'amount', label: t('penalties.colAmount'), numeric: true },
      { key: 'kind', label: t('penalties.colKind') },
      { key: 'to', label: t('penalties.colRecipient') },
    ],
    file: fileBase(money.financials.year, 'settlements-breakdown'),
    csvColumns: BREAKDOWN_COLUMNS,
    sourceIds: SOURCE_IDS.breakdown(series, facts),
  };
  return (
    <BarFigure
      spec={spec}
      layout={layout}
      kit={kit}
      notes={<p className="text-sm text-muted">{t('penalties.breakdown.totalNote')}</p>}
    />
  );
}
