/** Chart (a): two kinds of money, side by side on one linear scale, with what was actually paid out. */
import { useMemo } from 'react';
import { AXIS_HEIGHT, AxisBottom, round } from '../../charts/axis';
import { HBar } from '../../charts/bars';
import { ChartFigure, takeawayId } from '../../charts/chart-figure';
import { ChartFrame } from '../../charts/chart-frame';
import { DataTable } from '../../charts/data-table';
import { DownloadButtons } from '../../charts/download-buttons';
import { tickCount, tickValues, valueScale } from '../../charts/ticks';
import { ChartTooltip } from '../../charts/tooltip';
import { useAnimatedPosition } from '../../charts/use-chart-motion';
import type { MoneyBundle } from '../../data/model';
import { useText } from '../../data/text';
import { formatCount, formatIsoDate, formatMoney, formatMoneyShort } from '../../lib/format';
import { ChartSources, useChartKit, useChartLabels, useSourceText } from './chart-kit';
import { breakdownCsv, type BreakdownRow, breakdownSeries, fileBase, localizeCsv, sourcesOfFacts } from './utils';

const TOP = 26;
const LINE = 16;

function rowLayout(row: BreakdownRow) {
  const bar = row.type === 'payment' ? 22 : 14;
  return { bar, height: 2 * LINE + 6 + bar + 16 };
}

/** Top of each row, stacked from TOP; and where the last one ends. */
function stackRows<T extends { row: BreakdownRow }>(texts: readonly T[]) {
  let top = TOP;
  const placed = texts.map((text) => {
    const layout = rowLayout(text.row);
    const row = { ...text, top, barY: top + 2 * LINE + 6, bar: layout.bar, rowHeight: layout.height };
    top += layout.height;
    return row;
  });
  return { placed, end: top };
}

export function BreakdownChart({ bundle }: { bundle: MoneyBundle }) {
  const { t, locale } = useText();
  const labels = useChartLabels();
  const { containerRef, svgRef, width, inView, tooltip } = useChartKit();
  const { money, facts, sources } = bundle;
  const series = useMemo(() => breakdownSeries(money, facts), [money, facts]);
  const year = money.financials.year;

  const texts = series.rows.map((row) => {
    const caseName = t(row.case === 'alexa' ? 'common.caseAlexa' : 'common.caseRing');
    const title =
      row.type === 'payment' ? t('penalties.breakdown.rowLabel', { case: caseName, kind: t(`penalties.breakdown.kind.${row.kind}`) }) : t('penalties.breakdown.paidOutLabel', { date: formatIsoDate(row.date ?? '', locale) });
    const to = row.type === 'payment' ? t(`penalties.recipient.${row.recipient}`) : t('penalties.breakdown.paidOutTo', { people: formatCount(row.people ?? 0, locale) });
    const amount = row.atLeast ? t('penalties.breakdown.moreThan', { amount: formatMoney(row.amount, locale) }) : formatMoney(row.amount, locale);
    const short = row.atLeast ? t('penalties.breakdown.moreThan', { amount: formatMoneyShort(row.amount, locale) }) : formatMoneyShort(row.amount, locale);
    return { row, title, to, amount, short, label: t('penalties.breakdown.markLabel', { label: title, to, amount }) };
  });

  const right = width - 4;
  const scale = useMemo(() => valueScale('linear', 0, series.total, [0, right]), [series.total, right]);
  const x = useAnimatedPosition((value) => scale(value), 'breakdown', { initial: () => 0, active: inView });
  const { placed, end } = stackRows(texts);
  const plotBottom = end - 8;
  const height = plotBottom + AXIS_HEIGHT;
  const ticks = tickValues(scale, 'linear', tickCount(width)).map((value) => ({ value, label: formatMoneyShort(value, locale) }));
  const totalX = x(series.total);
  const totalLabel = t('penalties.breakdown.totalLabel', { amount: formatMoneyShort(series.total, locale) });
  const fill = (row: BreakdownRow) => (row.case === 'alexa' ? 'fill-alexa' : 'fill-ring');

  const title = t('penalties.breakdownTitle');
  const takeaway = t('penalties.breakdown.takeaway');
  const sourceIds = [...new Set([...series.rows.flatMap((row) => row.sourceIds), ...sourcesOfFacts(facts, [series.totalFactId])])];
  const sourceText = useSourceText(sourceIds, sources);
  const csv = localizeCsv(breakdownCsv(series), labels.csvHeader);
  const active = placed.find((row) => row.row.id === tooltip.tip?.id);

  return (
    <ChartFigure
      id="chart-breakdown"
      title={title}
      takeaway={takeaway}
      table={
        <DataTable
          caption={title}
          showLabel={labels.showTable}
          hideLabel={labels.hideTable}
          columns={[
            { key: 'item', label: t('penalties.colItem') },
            { key: 'amount', label: t('penalties.colAmount'), numeric: true },
            { key: 'kind', label: t('penalties.colKind') },
            { key: 'to', label: t('penalties.colRecipient') },
          ]}
          rows={placed.map((row) => ({ item: row.title, amount: row.amount, kind: t(`moneyKind.${row.row.kind}`), to: row.to }))}
        />
      }
      downloads={<DownloadButtons baseName={fileBase(year, 'settlements-breakdown')} csv={csv} svgRef={svgRef} text={{ title, takeaway, source: sourceText }} labels={labels.downloads} />}
      caption={<ChartSources ids={sourceIds} sources={sources} />}
      notes={<p className="text-sm text-muted">{t('penalties.breakdown.totalNote')}</p>}
    >
      <ChartFrame
        containerRef={containerRef}
        svgRef={svgRef}
        width={width}
        height={height}
        label={title}
        describedBy={takeawayId('chart-breakdown')}
        overlay={
          <ChartTooltip id={tooltip.tooltipId} tip={tooltip.tip} width={width}>
            {active ? (
              <>
                <strong className="block">{active.title}</strong>
                <span className="block">{active.amount}</span>
                <span className="block text-muted">{active.row.type === 'payment' ? t(`moneyKind.${active.row.kind}`) : active.to}</span>
              </>
            ) : null}
          </ChartTooltip>
        }
      >
        <AxisBottom ticks={ticks} x={x} top={TOP - 6} bottom={plotBottom} width={width} title={t('penalties.breakdown.axis')} />
        {placed.map((row) => (
          <HBar
            key={row.row.id}
            x0={x(0)}
            x1={x(row.row.amount)}
            y={row.barY}
            height={row.bar}
            fill={fill(row.row)}
            fillOpacity={row.row.type === 'paid-out' ? 0.6 : undefined}
            maxX={right}
            valueLabel={row.short}
            focused={tooltip.isActive(row.row.id)}
            hitArea={{ y: row.top, height: row.rowHeight - 8, width }}
            markProps={tooltip.markProps(row.row.id, { x: x(row.row.amount) / 2, y: row.barY + row.bar }, row.label)}
          >
            <text x={0} y={row.top + LINE - 3} fontSize={13} fontWeight={600} className="fill-ink">
              {row.title}
            </text>
            <text x={0} y={row.top + 2 * LINE} fontSize={12} className="fill-muted">
              {row.to}
            </text>
          </HBar>
        ))}
        <g aria-hidden="true">
          <line x1={round(totalX)} x2={round(totalX)} y1={14} y2={plotBottom} className="stroke-ink" strokeWidth={1.5} strokeDasharray="4 3" />
          <text x={round(totalX)} y={11} textAnchor="end" fontSize={12} fontWeight={600} className="fill-ink">
            {totalLabel}
          </text>
        </g>
      </ChartFrame>
    </ChartFigure>
  );
}
