/** Chart (c): the largest COPPA penalties, ranked, on a linear or a log scale (the axis says which). */
import { useState } from 'react';
import { barLayout, type BarInput } from '../../charts/bar-layout';
import { ChoiceGroup } from '../../charts/chart-options';
import type { ScaleKind } from '../../charts/ticks';
import { formatCount, formatIsoDate, formatMoney, formatMoneyShort, parenthetical } from '../../lib/format';
import { ChoiceBarFigure, type BarView, useChartSeries, type Words } from './chart-kit';
import { COPPA_COLUMNS, coppaRecord } from './csv';
import { fileBase, SOURCE_IDS } from './figure-sources';
import { highlightedRank, ordinalCategory, rankedCoppaPenalties, type RankedPenalty } from './ranking';

/** The chart's rows, ranked, as the page draws them and the email picture lists them (src/pictures/email/charts.tsx). */
export function coppaRows(ranked: readonly RankedPenalty[], { t, locale }: Words): BarInput[] {
  const count = ranked.length;
  return ranked.map((row): BarInput => {
    const amount = formatMoney(row.amount, locale);
    const date = formatIsoDate(row.date, locale);
    const name = t('penalties.coppa.markLabel', {
      company: row.company,
      product: row.product,
      date,
      amount,
      rank: row.rank,
      count,
    });
    const cells = { company: row.company, rank: formatCount(row.rank, locale), amount, date };
    const fill = row.highlight ? 'fill-alexa' : 'fill-muted';
    return {
      id: row.id,
      value: row.amount,
      lines: [row.company],
      valueLabel: formatMoneyShort(row.amount, locale),
      name,
      tip: [`${row.company}${parenthetical(row.product, locale)}`, amount, date],
      fill,
      highlight: row.highlight,
      cells,
      record: coppaRecord(row),
    };
  });
}

/** The chart's title and takeaway (the same on both scales), for the page and the email picture. */
export function coppaWords(ranked: readonly RankedPenalty[], { t, locale }: Words) {
  const count = ranked.length;
  const highlight = highlightedRank(ranked);
  const amount = highlight ? formatMoney(highlight.entry.amount, locale) : '';
  const rank = highlight
    ? t(`penalties.ordinal.${ordinalCategory(highlight.entry.rank, locale)}`, { n: highlight.entry.rank })
    : '';
  const above = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
    highlight?.above.map((row) => row.company) ?? [],
  );
  return {
    title: t('penalties.coppaTitle'),
    takeaway: !highlight
      ? ''
      : highlight.above.length === 0
        ? t('penalties.coppa.takeawayFirst', { amount, count })
        : t('penalties.coppa.takeaway', { amount, rank, count, above }),
  };
}

export function CoppaChart() {
  const { t, locale, kit, money, facts, series: ranked } = useChartSeries(rankedCoppaPenalties);
  const [kind, setKind] = useState<ScaleKind>('linear');

  const rows = coppaRows(ranked, { t, locale });
  /** The chart on one scale. */
  const draw = (scale: ScaleKind): Omit<BarView, 'option' | 'takeaway'> => {
    const axisLabel = scale === 'log' ? t('penalties.coppa.axisLog') : t('penalties.coppa.axisLinear');
    const layout = barLayout({
      rows,
      dense: kit.dense,
      kind: scale,
      width: kit.width,
      format: (value) => formatMoneyShort(value, locale),
      axisLabel,
    });
    const notes = (
      <p className="text-sm text-muted" aria-live="polite">
        {scale === 'log' ? t('penalties.coppa.logNote', { start: formatMoney(layout.origin, locale) }) : null}
      </p>
    );
    return { layout, notes };
  };

  const spec = {
    id: 'chart-coppa',
    ...coppaWords(ranked, { t, locale }),
    columns: [
      { key: 'company', label: t('penalties.colCompany') },
      { key: 'rank', label: t('penalties.coppa.colRank'), numeric: true },
      { key: 'amount', label: t('penalties.colAmount'), numeric: true },
      { key: 'date', label: t('penalties.colDate') },
    ],
    file: fileBase(money.financials.year, 'coppa-penalties-ranked'),
    csvColumns: COPPA_COLUMNS,
    sourceIds: SOURCE_IDS.coppa(ranked, facts),
  };
  const scaleOptions = [
    { value: 'linear' as const, label: t('charts.scaleLinear') },
    { value: 'log' as const, label: t('charts.scaleLog') },
  ];
  const controls = (
    <ChoiceGroup
      legend={t('charts.scaleLegend')}
      name="coppa-scale"
      value={kind}
      onChange={setKind}
      options={scaleOptions}
    />
  );
  return (
    <ChoiceBarFigure
      spec={spec}
      kit={kit}
      controls={controls}
      choice={{ 'coppa-scale': kind }}
      values={{ 'coppa-scale': ['linear', 'log'] }}
      draw={(choice) => draw(choice['coppa-scale'])}
    />
  );
}
