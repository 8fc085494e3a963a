/**
 * Chart (d): the legal ceiling as an illustration. A unit chart on a linear (area) scale: one square is the
 * actual penalty, the grid is the theoretical maximum. No log scale needed, and nothing to misread.
 */
import { useMemo } from 'react';
import { FocusRing, GrowFromOrigin, MarkTarget, round } from '../../charts/marks';
import { formatCount, formatMoney, formatMoneyShort } from '../../lib/format';
import { PenaltyFigure, useChartSeries, type Words } from './chart-kit';
import { ceilingCsv } from './csv';
import { fileBase, SOURCE_IDS } from './figure-sources';
import { ceilingSeries, gridPath, type CeilingSeries } from './series';

const WIDE_COLUMNS = 40;
/** A dense grid (one chart embedded alone, on a phone): half the rows. */
const DENSE_COLUMNS = 60;
const MAX_STEP = 12;
const TOP = 44;

/** The chart's words (title, takeaway, label, key and marks), for the page and the email picture. */
export function ceilingWords(series: CeilingSeries, { t, locale }: Words) {
  const extra = { squares: formatCount(series.squares, locale), times: Math.round(series.times) };
  return {
    title: t('penalties.ceilingTitle'),
    takeaway: t('penalties.ceilingChart.takeaway', extra),
    label: t('penalties.ceilingChart.label'),
    key: t('penalties.ceilingChart.key', extra),
    actual: t('penalties.ceilingChart.actual', { amount: formatMoney(series.actual, locale) }),
    ceiling: t('penalties.ceilingChart.ceilingMark', extra),
    legend: t('penalties.ceilingChart.ceilingLegend', {
      amount: formatMoneyShort(series.ceiling, locale, { approximate: true }),
    }),
  };
}

export function CeilingChart() {
  const { t, locale, kit, money, facts, series } = useChartSeries(ceilingSeries);
  const { squares } = series;
  const columns = kit.dense && kit.width < 480 ? DENSE_COLUMNS : WIDE_COLUMNS;
  const step = Math.min(MAX_STEP, (kit.width - 2) / columns);
  const gap = step >= 6 ? 1 : 0.5;
  const size = step - gap;
  const grid = { width: columns * step - gap, height: Math.ceil(squares / columns) * step };
  const path = useMemo(() => gridPath(squares, columns, size, gap, 1), [squares, columns, size, gap]);
  const { title, takeaway, label, key, legend, ...tips } = ceilingWords(series, { t, locale });
  const csv = ceilingCsv(series);

  const spec = {
    id: 'chart-ceiling',
    title,
    takeaway,
    label,
    columns: [
      { key: 'item', label: t('penalties.colItem') },
      { key: 'amount', label: t('penalties.colAmount'), numeric: true },
      { key: 'per', label: t('penalties.ceilingChart.colPerViolation'), numeric: true },
      { key: 'count', label: t('penalties.ceilingChart.colCount'), numeric: true },
    ],
    file: fileBase(series.year, 'alexa-coppa-ceiling-illustration'),
    csvColumns: csv.columns,
    sourceIds: SOURCE_IDS.ceiling(money, facts),
  };
  const rows = [
    { item: t('penalties.ceilingChart.actualRow'), amount: formatMoney(series.actual, locale), per: '—', count: '—' },
    {
      item: t('penalties.ceilingChart.ceilingRow'),
      amount: formatMoney(series.ceiling, locale, { approximate: true }),
      per: formatMoney(series.perViolation, locale),
      count: formatCount(series.count, locale),
    },
  ];
  const { tooltip } = kit;
  return (
    <PenaltyFigure
      spec={spec}
      kit={kit}
      rows={rows}
      csv={csv.rows}
      height={TOP + grid.height + 4}
      tip={(id) => (id in tips ? [tips[id as keyof typeof tips]] : undefined)}
      notes={<p className="text-sm text-muted">{key}</p>}
    >
      <g aria-hidden="true" fontSize={12}>
        <rect x={0} y={4} width={11} height={11} className="fill-alexa" />
        <text x={16} y={14} className="fill-ink">
          {tips.actual}
        </text>
        <rect x={0} y={24} width={11} height={11} className="fill-muted" />
        <text x={16} y={34} className="fill-ink">
          {legend}
        </text>
      </g>
      <MarkTarget
        id="ceiling"
        name={tips.ceiling}
        tipAt={{ x: kit.width / 2, y: TOP + grid.height / 2 }}
        tooltip={tooltip}
      >
        <g transform={`translate(0,${TOP})`}>
          <GrowFromOrigin shown={!kit.collapsed} {...grid} duration={1200}>
            <path d={path} className="fill-muted" />
          </GrowFromOrigin>
        </g>
        {tooltip.isActive('ceiling') ? (
          <FocusRing x={0} y={TOP} width={grid.width} height={grid.height - gap} gap={2} />
        ) : null}
      </MarkTarget>
      <MarkTarget id="actual" name={tips.actual} tipAt={{ x: step, y: TOP + step }} tooltip={tooltip}>
        <rect x={0} y={TOP} width={round(size)} height={round(size)} className="fill-alexa" />
        <rect
          x={-1.5}
          y={TOP - 1.5}
          width={round(size + 3)}
          height={round(size + 3)}
          fill="none"
          className="stroke-page"
          strokeWidth={1.5}
        />
        {tooltip.isActive('actual') ? <FocusRing x={0} y={TOP} width={size} height={size} /> : null}
      </MarkTarget>
    </PenaltyFigure>
  );
}
