/**
 * Chart (d): the legal ceiling as an illustration. A unit chart on a linear (area) scale: one square is the
 * actual penalty, the grid is the theoretical maximum. No log scale needed, and nothing to misread.
 */
import { useMemo } from 'react';
import { round } from '../../charts/axis';
import { ChartFigure, takeawayId } from '../../charts/chart-figure';
import { ChartFrame } from '../../charts/chart-frame';
import { DataTable } from '../../charts/data-table';
import { DownloadButtons } from '../../charts/download-buttons';
import { ChartTooltip } from '../../charts/tooltip';
import { useAnimatedPosition } from '../../charts/use-chart-motion';
import type { MoneyBundle } from '../../data/model';
import { useText } from '../../data/text';
import { formatCount, formatMoney, formatMoneyShort } from '../../lib/format';
import { ChartSources, useChartKit, useChartLabels, useSourceText } from './chart-kit';
import { ceilingCsv, ceilingSeries, fileBase, gridPath, localizeCsv, sourcesOfFacts } from './utils';

const COLUMNS = 40;
const MAX_STEP = 12;
const LEGEND = 44;

export function CeilingChart({ bundle }: { bundle: MoneyBundle }) {
  const { t, locale } = useText();
  const labels = useChartLabels();
  const { containerRef, svgRef, width, inView, tooltip } = useChartKit();
  const { money, facts, sources } = bundle;
  const series = useMemo(() => ceilingSeries(money, facts), [money, facts]);
  const squares = Math.max(1, Math.round(series.times));
  const step = Math.min(MAX_STEP, (width - 2) / COLUMNS);
  const gap = step >= 6 ? 1 : 0.5;
  const size = step - gap;
  const rows = Math.ceil(squares / COLUMNS);
  const gridTop = LEGEND;
  const height = gridTop + rows * step + 4;
  const grow = useAnimatedPosition((value) => value, 'ceiling', { initial: () => 0, active: inView, duration: 1200 });
  const path = useMemo(() => gridPath(squares, COLUMNS, size, gap, 1), [squares, size, gap]);
  const extra = { squares: formatCount(squares, locale), times: Math.round(series.times) };

  const title = t('penalties.ceilingTitle');
  const takeaway = t('penalties.ceilingChart.takeaway', extra);
  const flag = t('penalties.ceilingChart.label');
  const actualText = t('penalties.ceilingChart.actual', { amount: formatMoney(series.actual, locale) });
  const ceilingText = t('penalties.ceilingChart.ceilingMark', extra);
  const sourceIds = sourcesOfFacts(facts, [money.ceiling.perViolationFactId, money.ceiling.countFactId, money.ceiling.actualFactId]);
  const sourceText = useSourceText(sourceIds, sources);
  const tipText = tooltip.tip?.id === 'actual' ? actualText : tooltip.tip?.id === 'ceiling' ? ceilingText : null;
  const gridWidth = COLUMNS * step - gap;
  const scale = grow(1);

  return (
    <ChartFigure
      id="chart-ceiling"
      title={title}
      takeaway={takeaway}
      label={flag}
      notes={<p className="text-sm text-muted">{t('penalties.ceilingChart.key', extra)}</p>}
      table={
        <DataTable
          caption={title}
          showLabel={labels.showTable}
          hideLabel={labels.hideTable}
          columns={[
            { key: 'item', label: t('penalties.colItem') },
            { key: 'amount', label: t('penalties.colAmount'), numeric: true },
            { key: 'per', label: t('penalties.ceilingChart.colPerViolation'), numeric: true },
            { key: 'count', label: t('penalties.ceilingChart.colCount'), numeric: true },
          ]}
          rows={[
            { item: t('penalties.ceilingChart.actualRow'), amount: formatMoney(series.actual, locale), per: '—', count: '—' },
            { item: t('penalties.ceilingChart.ceilingRow'), amount: formatMoney(series.ceiling, locale, { approximate: true }), per: formatMoney(series.perViolation, locale), count: formatCount(series.count, locale) },
          ]}
        />
      }
      downloads={<DownloadButtons baseName={fileBase(series.year, 'alexa-coppa-ceiling-illustration')} csv={localizeCsv(ceilingCsv(series), labels.csvHeader)} svgRef={svgRef} text={{ title, takeaway, label: flag, source: sourceText }} labels={labels.downloads} />}
      caption={<ChartSources ids={sourceIds} sources={sources} />}
    >
      <ChartFrame
        containerRef={containerRef}
        svgRef={svgRef}
        width={width}
        height={height}
        label={`${title}. ${flag}`}
        describedBy={takeawayId('chart-ceiling')}
        overlay={
          <ChartTooltip id={tooltip.tooltipId} tip={tooltip.tip} width={width}>
            {tipText}
          </ChartTooltip>
        }
      >
        <g aria-hidden="true" fontSize={12}>
          <rect x={0} y={4} width={11} height={11} className="fill-alexa" />
          <text x={16} y={14} className="fill-ink">
            {actualText}
          </text>
          <rect x={0} y={24} width={11} height={11} className="fill-muted" />
          <text x={16} y={34} className="fill-ink">
            {t('penalties.ceilingChart.ceilingLegend', { amount: formatMoneyShort(series.ceiling, locale, { approximate: true }) })}
          </text>
        </g>
        <g {...tooltip.markProps('ceiling', { x: width / 2, y: gridTop + (rows * step) / 2 }, ceilingText)} className="cursor-pointer outline-none">
          <path d={path} className="fill-muted" transform={`translate(0,${gridTop}) scale(${round(scale)})`} />
          {tooltip.isActive('ceiling') ? <rect x={-2} y={gridTop - 2} width={round(gridWidth + 4)} height={round(rows * step + 3)} fill="none" className="stroke-[var(--focus)]" strokeWidth={2} /> : null}
        </g>
        <g {...tooltip.markProps('actual', { x: step, y: gridTop + step }, actualText)} className="cursor-pointer outline-none">
          <rect x={0} y={gridTop} width={round(size)} height={round(size)} className="fill-alexa" />
          <rect x={-1.5} y={round(gridTop - 1.5)} width={round(size + 3)} height={round(size + 3)} fill="none" className="stroke-page" strokeWidth={1.5} />
          {tooltip.isActive('actual') ? <rect x={-3} y={gridTop - 3} width={round(size + 6)} height={round(size + 6)} fill="none" className="stroke-[var(--focus)]" strokeWidth={2} /> : null}
        </g>
      </ChartFrame>
    </ChartFigure>
  );
}
