import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BarMarks } from '../../src/charts/bar-chart';
import { AXIS_HEIGHT, barLayout, collapse, tipOf, type BarInput, type BarLayout } from '../../src/charts/bar-layout';
import { ChartMotionContext } from '../../src/charts/chart-motion';
import { Bar } from '../../src/charts/marks';
import { tickValues, valueScale } from '../../src/charts/ticks';
import { scaleLinear, scaleLog } from 'd3-scale';
import { useChartTooltip } from '../../src/charts/tooltip';
import { boxTransform } from '../../src/lib/use-animated-box';

describe('scales and ticks', () => {
  it('linear: from zero, nice ticks; log: powers of ten around the data, ticks at each power', () => {
    const linear = valueScale('linear', 0, 275e6, [0, 600]);
    expect(linear.domain()).toEqual([0, 280e6]);
    expect(linear(140e6)).toBe(300);
    expect(tickValues(linear, 'linear', 4)).toEqual([0, 50e6, 100e6, 150e6, 200e6, 250e6]);
    expect(tickValues(linear, 'linear', 2)).toEqual([0, 100e6, 200e6]);
    const log = valueScale('log', 5.7e6, 275e6, [0, 600]);
    expect(log.domain()).toEqual([1e6, 1e9]);
    expect(log(1e7)).toBeCloseTo(200);
    expect(tickValues(log, 'log', 10)).toEqual([1e6, 1e7, 1e8, 1e9]);
  });

  it("maps, rounds and ticks as d3-scale's linear and clamped log scales do", () => {
    for (const max of [0, 0.7, 5.8, 25, 97, 170, 275e6, 520e6]) {
      const ours = valueScale('linear', 0, max, [0, 613]);
      const d3 = scaleLinear().domain([0, max]).nice().range([0, 613]);
      expect(ours.domain()).toEqual(d3.domain());
      for (const value of [0, max / 3, max, max * 1.2]) expect(ours(value)).toBeCloseTo(d3(value), 9);
      for (const count of [2, 3, 6]) expect(tickValues(ours, 'linear', count)).toEqual(d3.ticks(count));
    }
    const ours = valueScale('log', 5.7e6, 275e6, [0, 600]);
    const d3 = scaleLog().domain([1e6, 1e9]).range([0, 600]).clamp(true);
    for (const value of [0, 1, 1e6, 5.8e6, 25e6, 275e6, 1e9, 5e9]) expect(ours(value)).toBeCloseTo(d3(value), 9);
  });
});

const row = (id: string, value: number | null, extra: Partial<BarInput> = {}): BarInput => ({
  id,
  value,
  lines: [`Row ${id}`],
  valueLabel: `$${value ?? 0}M`,
  name: `Row ${id}: $${value ?? 0} million`,
  tip: [`Row ${id}`, `$${value ?? 0} million`],
  fill: 'fill-muted',
  cells: { item: `Row ${id}` },
  record: { item: id, amount: value },
  ...extra,
});

describe('the bar layout (pure)', () => {
  const rows = [row('a', 275), row('b', 25, { highlight: true }), row('c', null), row('d', 5.7, { atLeast: true })];
  const layout = barLayout({ rows, kind: 'linear', width: 604, format: (value) => `$${value}M`, axisLabel: 'Penalty' });

  it('gives each drawn row a band: title lines, then the bar; a row without a value is not drawn', () => {
    expect(layout.bars.map((bar) => bar.id)).toEqual(['a', 'b', 'd']);
    const [a, b, d] = layout.bars;
    expect(a!.band.y).toBe(layout.top);
    expect(b!.band.y - a!.band.y).toBe(d!.band.y - b!.band.y);
    expect(a!.lines[0]).toMatchObject({ text: 'Row a', fontWeight: 500 });
    expect(b!.lines[0]!.fontWeight).toBe(700);
    expect(a!.y).toBeGreaterThan(a!.lines[0]!.y);
    expect(d!.size).toBeLessThan(a!.size);
    expect(d!.fillOpacity).toBe(0.6);
    expect(layout.bottom).toBe(layout.top + 3 * (b!.band.y - a!.band.y));
    expect(layout.height).toBe(layout.bottom + AXIS_HEIGHT);
  });

  it('puts values on a linear scale from zero, in proportion, with nice ticks placed along the width', () => {
    expect(layout.scale.domain()).toEqual([0, 280]);
    const [a, b] = layout.bars;
    expect(a!.x0).toBe(0);
    expect((a!.x1 - a!.x0) / (b!.x1 - b!.x0)).toBeCloseTo(275 / 25, 6);
    expect(layout.ticks.map((tick) => tick.value)).toEqual([0, 50, 100, 150, 200, 250]);
    expect(layout.ticks.map((tick) => tick.anchor)).toEqual([
      'start',
      'middle',
      'middle',
      'middle',
      'middle',
      'middle',
    ]);
    expect(layout.ticks[1]!.label).toBe('$50M');
    expect(layout.ticks[1]!.x).toBeCloseTo((50 / 280) * 600, 6);
    expect(barLayout({ rows: [row('a', 299)], kind: 'linear', width: 604, format: String }).ticks.at(-1)).toMatchObject(
      { value: 300, anchor: 'end' },
    );
    expect(layout.axisLabel).toBe('Penalty');
  });

  it('keeps tick labels apart, however wide their words (Chinese money labels at desktop width)', () => {
    const yuan = (value: number) => (value >= 1e8 ? `${value / 1e8}亿美元` : value ? `${value / 1e4}万美元` : '0美元');
    for (const width of [320, 604, 1000]) {
      const { ticks } = barLayout({ rows: [row('a', 275e6)], kind: 'linear', width, format: yuan });
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      // Each label's extent, as anchored, at about 12 px a Chinese character and 7 px a digit.
      const extent = ticks.map((tick) => {
        const size = [...tick.label].reduce((sum, char) => sum + (/\p{Script=Han}/u.test(char) ? 12 : 7), 0);
        const start = tick.anchor === 'start' ? tick.x : tick.anchor === 'end' ? tick.x - size : tick.x - size / 2;
        return [start, start + size] as const;
      });
      for (let index = 1; index < extent.length; index += 1)
        expect(extent[index]![0] - extent[index - 1]![1], `${width} px: ${ticks[index]!.label}`).toBeGreaterThan(4);
    }
  });

  it('places a value label beside its bar, or inside the end of a long bar that reaches the edge', () => {
    const [a, b] = layout.bars;
    expect(b!.label).toMatchObject({ text: '$25M', x: b!.x1 + 4, inside: false });
    const long = barLayout({ rows: [row('a', 299)], kind: 'linear', width: 604, format: String }).bars[0]!;
    expect(long.label).toMatchObject({ x: long.x1 - 4, inside: true });
    expect(a!.tipAt.x).toBeLessThanOrEqual(604 / 2);
  });

  it('on a log scale, bars start at the power of ten below the smallest value, ticks at each power', () => {
    const log = barLayout({ rows, kind: 'log', width: 604, format: String });
    expect(log.origin).toBe(1);
    expect(log.ticks.map((tick) => tick.value)).toEqual([1, 10, 100, 1000]);
    const [a, b] = log.bars;
    expect((a!.x1 - a!.x0) / (b!.x1 - b!.x0)).toBeCloseTo(Math.log10(275) / Math.log10(25), 6);
  });

  it('takes the table and the CSV rows from the same rows (undrawn ones included), and the rules’ records after them', () => {
    const withRule = barLayout({
      rows,
      kind: 'linear',
      width: 604,
      format: String,
      rules: [{ id: 'total', value: 400, label: 'Total', record: { item: 'total', amount: 400 } }],
    });
    expect(withRule.table.map((cells) => cells.item)).toEqual(['Row a', 'Row b', 'Row c', 'Row d']);
    expect(withRule.csv.map((record) => record.item)).toEqual(['a', 'b', 'c', 'd', 'total']);
    expect(withRule.scale.domain()).toEqual([0, 400]);
    expect(withRule.rules[0]).toMatchObject({ x: 600, label: 'Total', y2: withRule.bottom });
    expect(withRule.top).toBeGreaterThan(layout.top);
  });

  it('collapsed (before the chart is first seen), every bar sits at its start with its value hidden', () => {
    const collapsed = collapse(layout);
    expect(collapsed.bars.every((bar) => bar.x1 === bar.x0 && bar.label.opacity === 0)).toBe(true);
    expect(collapsed.ticks).toBe(layout.ticks);
    expect(tipOf(layout, 'b')).toEqual(['Row b', '$25 million']);
  });
});

function Marks({ layout, motion = false }: { layout: BarLayout; motion?: boolean }) {
  const tooltip = useChartTooltip();
  return (
    <svg>
      <ChartMotionContext value={{ enabled: motion, width: layout.width }}>
        <BarMarks layout={layout} tooltip={tooltip} />
      </ChartMotionContext>
    </svg>
  );
}

describe('the bar parts', () => {
  it('draws a bar as a rect laid out by its attributes, with its value label beside it, as a named, focusable mark', () => {
    render(
      <Marks layout={barLayout({ rows: [row('a', 100), row('b', 25)], kind: 'linear', width: 404, format: String })} />,
    );
    const mark = screen.getByRole('img', { name: 'Row b: $25 million' });
    expect(mark).toHaveAttribute('tabindex', '0');
    const bar = mark.querySelector('[data-bar]')!;
    expect(bar.getAttribute('x')).toBe('0');
    expect(bar.getAttribute('width')).toBe('100');
    expect(bar.getAttribute('transform')).toBeNull();
    expect(bar).toHaveClass('fill-muted');
    const label = within(mark).getByText('$25M');
    expect(label.getAttribute('x')).toBe('104');
    expect(label.getAttribute('text-anchor')).toBe('start');
    expect(within(mark).getByText('Row b')).toBeInTheDocument();
  });

  it('moves the label inside a long bar that reaches the edge', () => {
    render(<Marks layout={barLayout({ rows: [row('a', 398)], kind: 'linear', width: 404, format: String })} />);
    const label = within(screen.getByRole('img', { name: /Row a/ })).getByText('$398M');
    expect(label.getAttribute('text-anchor')).toBe('end');
    expect(label.getAttribute('class')).toContain('fill-page');
  });

  it('passes other props through to the rect', () => {
    render(
      <svg>
        <Bar x={1} y={2} width={3.456} height={4} className="fill-alexa" fillOpacity={0.5} data-testid="bar" />
      </svg>,
    );
    expect(screen.getByTestId('bar')).toHaveAttribute('width', '3.46');
    expect(screen.getByTestId('bar')).toHaveAttribute('fill-opacity', '0.5');
    expect(screen.getByTestId('bar')).toHaveClass('fill-alexa');
  });
});

/** A stand-in for Element.animate (jsdom has none): records each call. */
function mockAnimate() {
  const calls: Array<{ target: Element; keyframes: Keyframe[]; options: KeyframeAnimationOptions }> = [];
  Element.prototype.animate = vi.fn(function (this: Element, keyframes: Keyframe[], options: KeyframeAnimationOptions) {
    calls.push({ target: this, keyframes, options });
    return { playState: 'running', cancel: vi.fn() } as unknown as Animation;
  }) as unknown as Element['animate'];
  return calls;
}

describe('chart motion: Web Animations of transform and opacity, never a React render per frame', () => {
  afterEach(() => {
    delete (Element.prototype as Partial<Element>).animate;
  });

  it('the transform that draws a box where another was: translate, then scale from the origin', () => {
    expect(boxTransform({ x: 0, y: 10, width: 0, height: 20 }, { x: 0, y: 10, width: 300, height: 20 })).toBe(
      'translate(0px, 0px) scale(0, 1)',
    );
    expect(boxTransform({ x: 50, y: 0, width: 100, height: 0 }, { x: 100, y: 0, width: 200, height: 0 })).toBe(
      'translate(0px, 0px) scale(0.5, 1)',
    );
    expect(boxTransform({ x: 40, y: 5, width: 0, height: 0 }, { x: 10, y: 5, width: 0, height: 0 })).toBe(
      'translate(30px, 0px) scale(1, 1)',
    );
  });

  const rows = [row('a', 275), row('b', 25)];
  const linear = barLayout({ rows, kind: 'linear', width: 604, format: String });
  const log = barLayout({ rows, kind: 'log', width: 604, format: String });

  it('a change of scale animates each bar from where it was drawn to its new attributes', () => {
    const calls = mockAnimate();
    const { rerender } = render(<Marks layout={linear} motion />);
    // Marks that appear while motion is on come in: bars grow, labels and gridlines fade in.
    expect(
      calls.filter((call) => call.target.hasAttribute('data-bar')).map((call) => call.keyframes[0]!.transform),
    ).toEqual(['translate(0px, 0px) scale(0, 1)', 'translate(0px, 0px) scale(0, 1)']);
    expect(
      calls.filter((call) => call.target.hasAttribute('data-tick')).every((call) => call.keyframes[0]!.opacity === '0'),
    ).toBe(true);
    calls.length = 0;
    rerender(<Marks layout={log} motion />);
    const bar = screen.getByRole('img', { name: /Row b/ }).querySelector('[data-bar]')!;
    const move = calls.find((call) => call.target === bar)!;
    const [from, to] = [linear.bars[1]!, log.bars[1]!];
    expect(move.keyframes).toEqual([
      {
        transform: boxTransform(
          { x: 0, y: from.y, width: Math.round((from.x1 - from.x0) * 100) / 100, height: from.size, opacity: 1 },
          { x: 0, y: to.y, width: Math.round((to.x1 - to.x0) * 100) / 100, height: to.size },
        ),
        opacity: '1',
      },
      { transform: 'translate(0px, 0px) scale(1, 1)', opacity: '1' },
    ]);
    expect(move.options).toMatchObject({ duration: 750, fill: 'backwards' });
    expect(bar.getAttribute('width')).toBe(String(Math.round((to.x1 - to.x0) * 100) / 100));
  });

  it('a chart that comes into view grows its bars from their start', () => {
    const calls = mockAnimate();
    const { rerender } = render(<Marks layout={collapse(linear)} />);
    rerender(<Marks layout={linear} motion />);
    const bars = calls.filter((call) => call.target.hasAttribute('data-bar'));
    expect(bars).toHaveLength(2);
    expect(bars[0]!.keyframes[0]!.transform).toBe('translate(0px, 0px) scale(0, 1)');
  });

  it('a change mid-move starts from where the bar is on screen', () => {
    const calls = mockAnimate();
    const { rerender } = render(<Marks layout={collapse(linear)} />);
    rerender(<Marks layout={linear} motion />);
    const bar = screen.getByRole('img', { name: /Row a/ }).querySelector('[data-bar]')!;
    // Half-way through growing: drawn at half its width.
    vi.spyOn(window, 'getComputedStyle').mockReturnValue({
      transform: 'matrix(0.5, 0, 0, 1, 0, 0)',
      opacity: '1',
    } as CSSStyleDeclaration);
    rerender(<Marks layout={log} motion />);
    const moves = calls.filter((call) => call.target === bar);
    expect(moves).toHaveLength(2);
    const [grown, logBar] = [linear.bars[0]!, log.bars[0]!];
    const px = (value: number) => Math.round(value * 100) / 100;
    const shown = { x: 0, y: grown.y, width: px(grown.x1) / 2, height: grown.size, opacity: 1 };
    expect(moves[1]!.keyframes[0]!.transform).toBe(
      boxTransform(shown, { x: 0, y: logBar.y, width: px(logBar.x1), height: logBar.size }),
    );
  });

  it('nothing moves under reduced motion, or when the chart is resized', () => {
    const calls = mockAnimate();
    const { rerender } = render(<Marks layout={linear} />);
    rerender(<Marks layout={log} />);
    expect(calls).toHaveLength(0);
    rerender(<Marks layout={log} motion />);
    rerender(<Marks layout={barLayout({ rows, kind: 'log', width: 320, format: String })} motion />);
    expect(calls).toHaveLength(0);
  });
});
