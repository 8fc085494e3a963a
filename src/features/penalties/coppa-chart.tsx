/** Chart (c): the largest COPPA penalties, ranked, on a linear or a log scale (the axis says which). */
import { useMemo, useState } from 'react';
import { AXIS_HEIGHT, AxisBottom } from '../../charts/axis';
import { HBar } from '../../charts/bars';
import { ChartFigure, ChoiceGroup, takeawayId } from '../../charts/chart-figure';
import { ChartFrame } from '../../charts/chart-frame';
import { DataTable } from '../../charts/data-table';
import { DownloadButtons } from '../../charts/download-buttons';
import { tickCount, tickValues, valueScale, type ScaleKind } from '../../charts/ticks';
import { ChartTooltip } from '../../charts/tooltip';
import { useAnimatedPosition } from '../../charts/use-chart-motion';
import type { MoneyBundle } from '../../data/model';
import { useText } from '../../data/text';
import { formatCount, formatIsoDate, formatMoney, formatMoneyShort } from '../../lib/format';
import { ChartSources, useChartKit, useChartLabels, useSourceText } from './chart-kit';
import { coppaCsv, fileBase, highlightedRank, localizeCsv, ordinalCategory, rankedCoppaPenalties, sourcesOfFacts } from './utils';

const TOP = 8;
const LABEL = 18;
const BAR = 18;
const GAP = 12;

export function CoppaChart({ bundle }: { bundle: MoneyBundle }) {
  const { t, locale } = useText();
  const labels = useChartLabels();
  const { containerRef, svgRef, width, inView, tooltip } = useChartKit();
  const { money, facts, sources } = bundle;
  const ranked = useMemo(() => rankedCoppaPenalties(money, facts, locale), [money, facts, locale]);
  const [kind, setKind] = useState<ScaleKind>('linear');
  const count = ranked.length;
  const ordinal = (n: number) => t(`penalties.ordinal.${ordinalCategory(n, locale)}`, { n });

  const right = width - 4;
  const amounts = ranked.map((row) => row.amount);
  const min = Math.min(...amounts);
  const max = Math.max(...amounts);
  const scale = useMemo(() => valueScale(kind, min, max, [0, right]), [kind, min, max, right]);
  const origin = scale.domain()[0] ?? 0;
  const x = useAnimatedPosition((value) => scale(value), kind, { initial: () => 0, active: inView });
  const rowHeight = LABEL + BAR + GAP;
  const plotBottom = TOP + ranked.length * rowHeight;
  const height = plotBottom + AXIS_HEIGHT;
  const ticks = tickValues(scale, kind, tickCount(width)).map((value) => ({ value, label: formatMoneyShort(value, locale) }));

  const rows = ranked.map((row) => {
    const amount = formatMoney(row.amount, locale);
    const date = formatIsoDate(row.date, locale);
    return { row, amount, date, label: t('penalties.coppa.markLabel', { company: row.company, product: row.product, date, amount, rank: row.rank, count }) };
  });
  const title = t('penalties.coppaTitle');
  const highlight = highlightedRank(ranked);
  const takeaway = !highlight
    ? ''
    : highlight.above.length === 0
      ? t('penalties.coppa.takeawayFirst', { amount: formatMoney(highlight.entry.amount, locale), count })
      : t('penalties.coppa.takeaway', {
          amount: formatMoney(highlight.entry.amount, locale),
          rank: ordinal(highlight.entry.rank),
          count,
          above: new Intl.ListFormat(locale, { type: 'conjunction' }).format(highlight.above.map((row) => row.company)),
        });
  const sourceIds = sourcesOfFacts(facts, ranked.flatMap((row) => [row.amountFactId, row.dateFactId]));
  const sourceText = useSourceText(sourceIds, sources);
  const axisTitle = kind === 'log' ? t('penalties.coppa.axisLog') : t('penalties.coppa.axisLinear');
  const active = rows.find((row) => row.row.id === tooltip.tip?.id);

  return (
    <ChartFigure
      id="chart-coppa"
      title={title}
      takeaway={takeaway}
      controls={
        <ChoiceGroup
          legend={t('charts.scaleLegend')}
          name="coppa-scale"
          value={kind}
          onChange={setKind}
          options={[
            { value: 'linear', label: t('charts.scaleLinear') },
            { value: 'log', label: t('charts.scaleLog') },
          ]}
        />
      }
      notes={<p className="text-sm text-muted" aria-live="polite">{kind === 'log' ? t('penalties.coppa.logNote', { start: formatMoney(origin, locale) }) : null}</p>}
      table={
        <DataTable
          caption={title}
          showLabel={labels.showTable}
          hideLabel={labels.hideTable}
          columns={[
            { key: 'company', label: t('penalties.colCompany') },
            { key: 'rank', label: t('penalties.coppa.colRank'), numeric: true },
            { key: 'amount', label: t('penalties.colAmount'), numeric: true },
            { key: 'date', label: t('penalties.colDate') },
          ]}
          rows={rows.map((row) => ({ company: row.row.company, rank: formatCount(row.row.rank, locale), amount: row.amount, date: row.date }))}
        />
      }
      downloads={<DownloadButtons baseName={fileBase(money.financials.year, 'coppa-penalties-ranked')} csv={localizeCsv(coppaCsv(ranked), labels.csvHeader)} svgRef={svgRef} text={{ title, takeaway, source: sourceText }} labels={labels.downloads} />}
      caption={<ChartSources ids={sourceIds} sources={sources} />}
    >
      <ChartFrame
        containerRef={containerRef}
        svgRef={svgRef}
        width={width}
        height={height}
        label={title}
        describedBy={takeawayId('chart-coppa')}
        overlay={
          <ChartTooltip id={tooltip.tooltipId} tip={tooltip.tip} width={width}>
            {active ? (
              <>
                <strong className="block">
                  {active.row.company} ({active.row.product})
                </strong>
                <span className="block">{active.amount}</span>
                <span className="block text-muted">{active.date}</span>
              </>
            ) : null}
          </ChartTooltip>
        }
      >
        <AxisBottom ticks={ticks} x={x} top={TOP} bottom={plotBottom} width={width} title={axisTitle} />
        {rows.map(({ row, label }, index) => {
          const top = TOP + index * rowHeight;
          return (
            <HBar
              key={row.id}
              x0={x(origin)}
              x1={x(row.amount)}
              y={top + LABEL}
              height={BAR}
              fill={row.highlight ? 'fill-alexa' : 'fill-muted'}
              maxX={right}
              valueLabel={formatMoneyShort(row.amount, locale)}
              focused={tooltip.isActive(row.id)}
              hitArea={{ y: top, height: rowHeight - 4, width }}
              markProps={tooltip.markProps(row.id, { x: Math.min(x(row.amount), width / 2), y: top + LABEL + BAR }, label)}
            >
              <text x={0} y={top + LABEL - 5} fontSize={13} fontWeight={row.highlight ? 700 : 500} className="fill-ink">
                {row.company}
              </text>
            </HBar>
          );
        })}
      </ChartFrame>
    </ChartFigure>
  );
}
