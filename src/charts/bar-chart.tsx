/** A horizontal bar chart, drawn from its layout (bar-layout.ts): gridlines, a focusable mark per row, the rules. */
import { AxisBottom } from './axis';
import type { BarLayout, PlacedBar } from './bar-layout';
import { Bar, FocusRing, HitArea, MarkTarget, round, ValueLabel } from './marks';
import type { ChartTooltipApi } from './tooltip';

export function BarMarks({ layout, tooltip }: { layout: BarLayout; tooltip: ChartTooltipApi }) {
  return (
    <>
      <AxisBottom ticks={layout.ticks} top={layout.top} bottom={layout.bottom} title={layout.axisLabel} />
      {layout.bars.map((bar) => (
        <BarRow key={bar.id} bar={bar} width={layout.width} tooltip={tooltip} />
      ))}
      {layout.rules.map((rule) => (
        <g key={rule.id} aria-hidden="true">
          <line
            x1={round(rule.x)}
            x2={round(rule.x)}
            y1={rule.y1}
            y2={rule.y2}
            className="stroke-ink"
            strokeWidth={1.5}
            strokeDasharray="4 3"
          />
          <text x={round(rule.x)} y={rule.labelY} textAnchor="end" fontSize={12} fontWeight={600} className="fill-ink">
            {rule.label}
          </text>
        </g>
      ))}
    </>
  );
}

function BarRow({ bar, width, tooltip }: { bar: PlacedBar; width: number; tooltip: ChartTooltipApi }) {
  const geometry = { x: bar.x0, y: bar.y, width: bar.x1 - bar.x0, height: bar.size };
  return (
    <MarkTarget id={bar.id} name={bar.name} tipAt={bar.tipAt} tooltip={tooltip}>
      <HitArea y={bar.band.y} height={bar.band.height} width={width} />
      <Bar {...geometry} className={bar.fill} fillOpacity={bar.fillOpacity} />
      <ValueLabel x={bar.label.x} y={bar.label.y} inside={bar.label.inside} opacity={bar.label.opacity}>
        {bar.label.text}
      </ValueLabel>
      {bar.lines.map((line, index) => (
        <text
          key={index}
          x={0}
          y={line.y}
          fontSize={line.fontSize}
          fontWeight={line.fontWeight}
          className={line.muted ? 'fill-muted' : 'fill-ink'}
        >
          {line.text}
        </text>
      ))}
      {tooltip.isActive(bar.id) ? <FocusRing {...geometry} /> : null}
    </MarkTarget>
  );
}
