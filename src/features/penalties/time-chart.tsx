/** Chart (b): how long Amazon took to earn the money, against sales or profit, with the "two days" claim on request. */
import { useMemo, useState } from 'react';
import { AXIS_HEIGHT, AxisBottom } from '../../charts/axis';
import { HBar } from '../../charts/bars';
import { ChartFigure, ChoiceGroup, takeawayId } from '../../charts/chart-figure';
import { ChartFrame } from '../../charts/chart-frame';
import { DataTable } from '../../charts/data-table';
import { DownloadButtons } from '../../charts/download-buttons';
import { tickCount, tickValues, valueScale } from '../../charts/ticks';
import { ChartTooltip } from '../../charts/tooltip';
import { useAnimatedPosition } from '../../charts/use-chart-motion';
import type { MoneyBundle } from '../../data/model';
import { useText } from '../../data/text';
import { formatCount, formatMoney } from '../../lib/format';
import { ChartSources, useChartKit, useChartLabels, useSourceText } from './chart-kit';
import { claimRatio, fileBase, formatTime, localizeCsv, type Measure, sourcesOfFacts, timeCsv, type TimeRow, timeToEarnSeries, timeValue } from './utils';

const TOP = 8;
const LABEL = 18;
const BAR = 20;
const GAP = 14;

export function TimeChart({ bundle }: { bundle: MoneyBundle }) {
  const { t, locale } = useText();
  const labels = useChartLabels();
  const { containerRef, svgRef, width, inView, tooltip } = useChartKit();
  const { money, facts, sources } = bundle;
  const series = useMemo(() => timeToEarnSeries(money, facts), [money, facts]);
  const [measure, setMeasure] = useState<Measure>('sales');
  const [compare, setCompare] = useState(false);
  const incomeAvailable = series.netIncome > 0;
  const shownMeasure: Measure = incomeAvailable ? measure : 'sales';

  const rowTitle = (row: TimeRow) =>
    row.type === 'claim'
      ? t('penalties.time.rowClaim')
      : row.type === 'total'
        ? t('penalties.time.rowTotal', { amount: formatMoney(row.amount, locale) })
        : t('penalties.time.rowPayment', { case: t(row.case === 'alexa' ? 'common.caseAlexa' : 'common.caseRing'), amount: formatMoney(row.amount, locale) });
  const rows = (compare ? [...series.rows, series.claim] : series.rows).flatMap((row) => {
    const value = timeValue(row, shownMeasure);
    return value === null ? [] : [{ row, value, title: rowTitle(row), time: formatTime(value, shownMeasure, locale) }];
  });
  const max = Math.max(...rows.map((row) => row.value));
  const right = width - 4;
  const scale = useMemo(() => valueScale('linear', 0, max, [0, right]), [max, right]);
  const x = useAnimatedPosition((value) => scale(value), `${shownMeasure}-${compare}`, { initial: () => 0, active: inView });
  const rowHeight = LABEL + BAR + GAP;
  const plotBottom = TOP + rows.length * rowHeight;
  const height = plotBottom + AXIS_HEIGHT;
  const ticks = tickValues(scale, 'linear', tickCount(width)).map((value) => ({ value, label: formatCount(value, locale) }));
  const fill = (row: TimeRow) => (row.type === 'claim' ? 'fill-bad' : row.type === 'total' ? 'fill-muted' : row.case === 'alexa' ? 'fill-alexa' : 'fill-ring');

  const title = t('penalties.time.title');
  const takeaway = shownMeasure === 'sales' ? t('penalties.time.takeawaySales') : t('penalties.time.takeawayIncome');
  const penaltyRow = money.payments.find((payment) => payment.kind === 'civil-penalty')?.id ?? '';
  const ratio = claimRatio(series, shownMeasure, penaltyRow);
  const sourceIds = sourcesOfFacts(facts, [money.financials.netSalesFactId, money.financials.netIncomeFactId, money.financials.priorNetIncomeFactId, ...money.payments.map((p) => p.amountFactId)]);
  const sourceText = useSourceText(sourceIds, sources);
  const active = rows.find((row) => row.row.id === tooltip.tip?.id);
  const yearValues = { year: String(series.year) };

  return (
    <ChartFigure
      id="chart-time"
      title={title}
      takeaway={takeaway}
      controls={
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <ChoiceGroup
            legend={t('penalties.time.measureLegend')}
            name="time-measure"
            value={shownMeasure}
            onChange={setMeasure}
            options={[
              { value: 'sales', label: t('penalties.time.measureSales', yearValues) },
              { value: 'income', label: t('penalties.time.measureIncome', yearValues), disabled: !incomeAvailable },
            ]}
          />
          <label className="inline-flex cursor-pointer items-center gap-1.5 text-sm">
            <input type="checkbox" checked={compare} onChange={(event) => setCompare(event.target.checked)} className="accent-[var(--accent)]" />
            {t('penalties.time.compare')}
          </label>
        </div>
      }
      notes={
        <div aria-live="polite" className="space-y-1 text-sm">
          {compare && ratio !== null ? <p className="font-semibold">{t('penalties.time.claimNote', { times: Math.round(ratio) })}</p> : null}
          {shownMeasure === 'income' ? <p>{t('penalties.time.incomeNote')}</p> : null}
          {!incomeAvailable ? <p>{t('penalties.time.noIncome', yearValues)}</p> : null}
        </div>
      }
      table={
        <DataTable
          caption={title}
          showLabel={labels.showTable}
          hideLabel={labels.hideTable}
          columns={[
            { key: 'item', label: t('penalties.time.colItem') },
            { key: 'minutes', label: t('penalties.time.colMinutes', yearValues), numeric: true },
            { key: 'hours', label: t('penalties.time.colHours', yearValues), numeric: true },
          ]}
          rows={[...series.rows, series.claim].map((row) => ({
            item: rowTitle(row),
            minutes: formatTime(row.minutes, 'sales', locale, 1),
            hours: row.hours === null ? '—' : formatTime(row.hours, 'income', locale, 1),
          }))}
        />
      }
      downloads={<DownloadButtons baseName={fileBase(series.year, 'settlements-time-to-earn')} csv={localizeCsv(timeCsv(series), labels.csvHeader)} svgRef={svgRef} text={{ title, takeaway, source: sourceText }} labels={labels.downloads} />}
      caption={
        <>
          <p className="mb-1 text-muted">{t('penalties.arithmetic')}</p>
          <ChartSources ids={sourceIds} sources={sources} />
        </>
      }
    >
      <ChartFrame
        containerRef={containerRef}
        svgRef={svgRef}
        width={width}
        height={height}
        label={title}
        describedBy={takeawayId('chart-time')}
        overlay={
          <ChartTooltip id={tooltip.tooltipId} tip={tooltip.tip} width={width}>
            {active ? (
              <>
                <strong className="block">{active.title}</strong>
                <span className="block">{active.time}</span>
              </>
            ) : null}
          </ChartTooltip>
        }
      >
        <AxisBottom ticks={ticks} x={x} top={TOP} bottom={plotBottom} width={width} title={shownMeasure === 'sales' ? t('penalties.time.axisSales', yearValues) : t('penalties.time.axisIncome', yearValues)} />
        {rows.map((row, index) => {
          const top = TOP + index * rowHeight;
          return (
            <HBar
              key={row.row.id}
              x0={x(0)}
              x1={x(row.value)}
              y={top + LABEL}
              height={BAR}
              fill={fill(row.row)}
              maxX={right}
              valueLabel={row.time}
              focused={tooltip.isActive(row.row.id)}
              hitArea={{ y: top, height: rowHeight - 4, width }}
              markProps={tooltip.markProps(row.row.id, { x: Math.min(x(row.value), width / 2), y: top + LABEL + BAR }, t('penalties.time.markLabel', { label: row.title, time: row.time }))}
            >
              <text x={0} y={top + LABEL - 5} fontSize={13} fontWeight={600} className="fill-ink">
                {row.title}
              </text>
            </HBar>
          );
        })}
      </ChartFrame>
    </ChartFigure>
  );
}
