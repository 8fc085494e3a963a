import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HBar } from '../../src/charts/bars';
import { DataTable } from '../../src/charts/data-table';
import { DownloadButtons } from '../../src/charts/download-buttons';
import { standaloneSvg, toCsv, wrap } from '../../src/charts/export';
import { tickValues, valueScale } from '../../src/charts/ticks';
import { ChartTooltip, useChartTooltip } from '../../src/charts/tooltip';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

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
});

describe('HBar', () => {
  it('draws the bar as a 1-px rect stretched by transform, with its value label beside it, and is a named, focusable mark', () => {
    render(
      <svg>
        <HBar x0={10} x1={110} y={5} height={20} fill="fill-alexa" maxX={400} valueLabel="$25M" focused={false} markProps={{ tabIndex: 0, role: 'img', 'aria-label': 'Penalty: $25 million' }} />
      </svg>,
    );
    const mark = screen.getByRole('img', { name: 'Penalty: $25 million' });
    expect(mark).toHaveAttribute('tabindex', '0');
    const bar = mark.querySelector('[data-bar]')!;
    expect(bar.getAttribute('transform')).toBe('translate(10,5) scale(100,1)');
    expect(bar.getAttribute('width')).toBe('1');
    const label = mark.querySelector('text')!;
    expect(label.textContent).toBe('$25M');
    expect(label.getAttribute('text-anchor')).toBe('start');
  });

  it('moves the label inside a long bar that reaches the edge', () => {
    render(
      <svg>
        <HBar x0={0} x1={398} y={0} height={20} fill="fill-alexa" maxX={400} valueLabel="$275M" focused markProps={{ 'aria-label': 'x', role: 'img' }} />
      </svg>,
    );
    const label = screen.getByRole('img', { name: 'x' }).querySelector('text')!;
    expect(label.getAttribute('text-anchor')).toBe('end');
    expect(label.getAttribute('class')).toContain('fill-page');
  });
});

describe('DataTable', () => {
  it('is in the DOM (visually hidden) and shown by its toggle', async () => {
    render(<DataTable caption="Numbers" columns={[{ key: 'a', label: 'Item' }, { key: 'b', label: 'Amount', numeric: true }]} rows={[{ a: 'Penalty', b: '$25 million' }]} showLabel="Show" hideLabel="Hide" />);
    const table = screen.getByRole('table', { name: 'Numbers' });
    expect(screen.getByRole('rowheader', { name: 'Penalty' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '$25 million' })).toBeInTheDocument();
    expect(table.parentElement).toHaveClass('sr-only');
    const toggle = screen.getByRole('button', { name: 'Show' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(screen.getByRole('button', { name: 'Hide' })).toHaveAttribute('aria-expanded', 'true');
    expect(table.parentElement).not.toHaveClass('sr-only');
  });
});

function TooltipHarness() {
  const tooltip = useChartTooltip();
  return (
    <div>
      <svg>
        <g {...tooltip.markProps('a', { x: 10, y: 10 }, 'Mark A: $1')} />
        <g {...tooltip.markProps('b', { x: 20, y: 10 }, 'Mark B: $2')} />
      </svg>
      <ChartTooltip id={tooltip.tooltipId} tip={tooltip.tip} width={300}>
        {tooltip.tip ? `Tip for ${tooltip.tip.id}` : null}
      </ChartTooltip>
    </div>
  );
}

describe('the tooltip', () => {
  it('shows on focus, describes the focused mark, and closes with Escape', async () => {
    render(<TooltipHarness />);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await userEvent.tab();
    const mark = screen.getByRole('img', { name: 'Mark A: $1' });
    expect(mark).toHaveFocus();
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('Tip for a');
    expect(mark).toHaveAttribute('aria-describedby', tip.id);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await userEvent.tab();
    expect(screen.getByRole('tooltip')).toHaveTextContent('Tip for b');
  });

  it('shows on hover and hides on leave; a tap opens it and a second tap closes it', () => {
    render(<TooltipHarness />);
    const mark = screen.getByRole('img', { name: 'Mark B: $2' });
    fireEvent.pointerEnter(mark, { pointerType: 'mouse' });
    expect(screen.getByRole('tooltip')).toHaveTextContent('Tip for b');
    fireEvent.pointerLeave(mark, { pointerType: 'mouse' });
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    fireEvent.pointerDown(mark, { pointerType: 'touch' });
    fireEvent.click(mark);
    expect(screen.getByRole('tooltip')).toHaveTextContent('Tip for b');
    fireEvent.pointerDown(mark, { pointerType: 'touch' });
    fireEvent.click(mark);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });
});

describe('exports', () => {
  it('formats CSV with d3-dsv, quoting where needed', () => {
    expect(toCsv([{ a: 'x, y', b: 1 }, { a: 'z', b: null }], ['a', 'b'])).toBe('a,b\n"x, y",1\nz,\n');
  });

  it('wraps text at spaces', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });

  it('makes a standalone SVG: xmlns, size, title and sources as text, no classes or interactive attributes', () => {
    const { container } = render(
      <svg width={200} height={100} role="group" aria-label="Chart">
        <g tabIndex={0} role="img" aria-label="Bar" data-mark="x" className="cursor-pointer">
          <rect className="fill-alexa" fill="#0e7490" width={50} height={10} />
        </g>
      </svg>,
    );
    const out = standaloneSvg(container.querySelector('svg')!, { title: 'Two kinds of money', takeaway: 'Only one is a penalty.', source: 'Sources: DOJ, 2023.' });
    expect(out.startsWith('<?xml')).toBe(true);
    const doc = new DOMParser().parseFromString(out, 'image/svg+xml');
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(out).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(Number(root.getAttribute('width'))).toBe(232);
    expect(root.querySelector('title')?.textContent).toBe('Two kinds of money');
    expect([...root.querySelectorAll('text')].map((node) => node.textContent)).toEqual(['Two kinds of money', 'Only one is a penalty.', 'Sources: DOJ, 2023.']);
    expect(out).not.toMatch(/class=|tabindex=|data-mark|var\(--/);
    expect(root.querySelector('rect[width="50"]')?.getAttribute('fill')).toBe('#0e7490');
  });
});

function DownloadHarness() {
  const ref = useRef<SVGSVGElement>(null);
  return (
    <>
      <svg ref={ref} width={10} height={10} />
      <DownloadButtons
        baseName="amazon-2023-test"
        csv={{ columns: ['item', 'amount_usd'], rows: [{ item: 'penalty', amount_usd: 25e6 }] }}
        svgRef={ref}
        text={{ title: 'T', takeaway: 'K', source: 'S' }}
        labels={{ group: 'Downloads', data: 'Download data (CSV)', svg: 'Download image (SVG)', png: 'Download image (PNG)', done: (file) => `Downloaded ${file}.`, failed: 'Failed.' }}
      />
    </>
  );
}

/** Capture what a download would save: the Blob and the file name (jsdom has no object URLs or downloads). */
function captureDownloads() {
  const saved: Array<{ name: string; blob: Blob }> = [];
  let last: Blob | undefined;
  Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: (blob: Blob) => ((last = blob), 'blob:test') });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => {} });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (last) saved.push({ name: this.download, blob: last });
  });
  return saved;
}

describe('DownloadButtons', () => {
  it('saves the CSV under a file name that says what it is, and says so', async () => {
    const saved = captureDownloads();
    render(<DownloadHarness />);
    await userEvent.click(screen.getByRole('button', { name: 'Download data (CSV)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('amazon-2023-test.csv');
    expect(await saved[0]!.blob.text()).toBe('item,amount_usd\npenalty,25000000\n');
    expect(await screen.findByText('Downloaded amazon-2023-test.csv.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Download image (SVG)' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]!.name).toBe('amazon-2023-test.svg');
    expect(await saved[1]!.blob.text()).toContain('<title>T</title>');
  });
});
