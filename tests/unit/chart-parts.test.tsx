// The chart parts: the data table, the tooltip, the exports and the download buttons (the scales, layout and
// motion are in charts.test.tsx).
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DataTable } from '../../src/charts/data-table';
import { DownloadButtons } from '../../src/charts/download-buttons';
import { toCsv } from '../../src/charts/csv-export';
import { standaloneSvg, wrap } from '../../src/charts/svg-export';
import { ChartTooltip, useChartTooltip } from '../../src/charts/tooltip';
import { captureDownloads } from '../helpers/render';

describe('DataTable', () => {
  it('is in the DOM (visually hidden) and shown by its toggle', async () => {
    render(
      <DataTable
        caption="Numbers"
        columns={[
          { key: 'a', label: 'Item' },
          { key: 'b', label: 'Amount', numeric: true },
        ]}
        rows={[{ a: 'Penalty', b: '$25 million' }]}
        showLabel="Show"
        hideLabel="Hide"
      />,
    );
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
    expect(
      toCsv(
        [
          { a: 'x, y', b: 1 },
          { a: 'z', b: null },
        ],
        ['a', 'b'],
      ),
    ).toBe('a,b\n"x, y",1\nz,\n');
  });

  it('wraps text to a width, between words, Chinese words too, punctuation kept with the word before it', () => {
    // By textWidth's estimate: 0.58 em a Latin character, 1 em a Chinese one (at 10 px, 5.8 and 10 px).
    expect(wrap('one two three four', 41, 10)).toEqual(['one two', 'three', 'four']);
    // A figure stays whole: `$5.8` does not end one line with `$`.
    for (const width of [60, 80, 100, 120]) {
      for (const line of wrap('Only the $25 million is a penalty. The $5.8 million was for refunds.', width, 10))
        expect(line, `${width}: ${line}`).not.toMatch(/\$$/);
    }
    const chinese = '只有2500万美元是罚款，缴纳给了美国政府。580万美元用于向 Ring 客户退款。';
    const lines = wrap(chinese, 100, 10);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.join('').replace(/\s/g, '')).toBe(chinese.replace(/\s/g, ''));
    for (const line of lines) {
      expect(line).not.toMatch(/^[，。、；：]/);
      const estimate = [...line].reduce((sum, c) => sum + (/\p{Script=Han}|[，。]/u.test(c) ? 10 : 5.8), 0);
      expect(estimate, line).toBeLessThanOrEqual(100);
    }
  });

  it('makes a standalone SVG: xmlns, size, title and sources as text, no classes or interactive attributes', () => {
    const { container } = render(
      <svg width={200} height={100} role="group" aria-label="Chart">
        <g tabIndex={0} role="img" aria-label="Bar" data-mark="x" className="cursor-pointer">
          <rect className="fill-alexa" fill="#0e7490" width={50} height={10} />
        </g>
      </svg>,
    );
    const out = standaloneSvg(container.querySelector('svg')!, {
      title: 'Two kinds of money',
      takeaway: 'Only one is a penalty.',
      source: 'Sources: DOJ, 2023.',
    });
    expect(out.startsWith('<?xml')).toBe(true);
    const doc = new DOMParser().parseFromString(out, 'image/svg+xml');
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(out).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(Number(root.getAttribute('width'))).toBe(232);
    expect(root.querySelector('title')?.textContent).toBe('Two kinds of money');
    expect(root.getAttribute('lang')).toBe(document.documentElement.lang || 'en');
    expect(root.getAttribute('font-family')).toContain('Noto Sans CJK SC');
    expect([...root.querySelectorAll('text')].map((node) => node.textContent)).toEqual([
      'Two kinds of money',
      'Only one is a penalty.',
      'Sources: DOJ, 2023.',
    ]);
    expect(out).not.toMatch(/class=|tabindex=|data-mark|var\(--/);
    expect(root.querySelector('rect[width="50"]')?.getAttribute('fill')).toBe('#0e7490');
  });

  it('gives an embed’s image the theme’s background: the embed page itself is transparent', () => {
    const root = document.documentElement;
    root.style.setProperty('--page', '#121214');
    root.style.background = 'transparent';
    try {
      const { container } = render(<svg width={200} height={100} />);
      const out = standaloneSvg(container.querySelector('svg')!, { title: 'T', takeaway: 'K', source: 'S' });
      const doc = new DOMParser().parseFromString(out, 'image/svg+xml');
      expect(doc.querySelector('svg > rect')?.getAttribute('fill')).toBe('#121214');
    } finally {
      root.removeAttribute('style');
    }
  });

  it('exports a chart still coming in as it ends: its running animations are finished first', () => {
    const { container } = render(<svg width={200} height={100} />);
    const svg = container.querySelector('svg')!;
    const finish = vi.fn();
    Object.assign(svg, { getAnimations: () => [{ finish }] });
    standaloneSvg(svg, { title: 'T', takeaway: 'K', source: 'S' });
    expect(finish).toHaveBeenCalledOnce();
  });

  it('exports only what the chart drew: no links, scripts, handlers or foreign content slipped into it', () => {
    const { container } = render(
      <svg width={200} height={100}>
        <rect width={50} height={10} fill="#0e7490" />
      </svg>,
    );
    const svg = container.querySelector('svg')!;
    // What a hostile host page or extension might have added to the live chart.
    const ns = 'http://www.w3.org/2000/svg';
    const link = document.createElementNS(ns, 'a');
    link.setAttribute('href', 'https://evil.example/');
    link.append(document.createElementNS(ns, 'rect'));
    svg.append(link, document.createElementNS(ns, 'foreignObject'), document.createElementNS(ns, 'script'));
    svg.append(document.createElementNS(ns, 'image'));
    svg.querySelector('rect')!.setAttribute('onclick', 'alert(1)');
    svg.querySelector('rect')!.setAttribute('filter', 'url(https://evil.example/#f)');
    const out = standaloneSvg(svg, { title: 'T', takeaway: 'K', source: 'S' });
    expect(out).not.toMatch(/<a\b|foreignObject|<script|<image|onclick|evil\.example|filter=/);
    expect(out).toContain('<rect width="50" height="10" fill="#0e7490"');
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
        labels={{
          group: 'Downloads',
          csv: 'Download data (CSV)',
          svg: 'Download image (SVG)',
          png: 'Download image (PNG)',
          done: (file) => `Downloaded ${file}.`,
          failed: 'Failed.',
        }}
      />
    </>
  );
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
