import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { benchPages, removeBenchPages, writeControlPages, writeZeroJsPages } from '../../scripts/lib/bench-pages.mjs';
import { printReport, setLcpRatios, type Row } from '../../scripts/lib/bench-report.mjs';

/** The bench's pages and report, without Chromium: what `npm run bench` would measure and how it prints it. */
describe('the bench pages and report', () => {
  let dist: string;
  beforeAll(() => {
    dist = join(mkdtempSync(join(tmpdir(), 'bench-pages-')), 'dist');
    cpSync(resolve('dist'), dist, { recursive: true, filter: (source) => !source.includes('pictures') });
  });
  afterAll(() => rmSync(join(dist, '..'), { recursive: true, force: true }));

  it('lists each landing page before its twin, then the host page and the three controls', () => {
    const pages = benchPages('http://e.test/', 'http://h.test/');
    expect(pages).toHaveLength(16 * 2 + 1 + 3);
    expect(pages.slice(0, 2)).toEqual([
      { name: 'main page', url: 'http://e.test/', kind: 'main', twinUrl: 'http://e.test/index.zero-js.html' },
      { name: '  its zero-JS twin', url: 'http://e.test/index.zero-js.html', kind: 'zero' },
    ]);
    expect(pages.filter((page) => page.kind === 'embed')).toHaveLength(14);
    expect(pages.at(-1)).toMatchObject({ kind: 'control-zero', url: 'http://e.test/bench-control/none.html' });
  });

  it('writes a script-free twin beside each landing page and the control pages, and removes them all', () => {
    const written = () =>
      readdirSync(dist, { recursive: true })
        .map(String)
        .filter((f) => /zero-js|bench-control/.test(f));
    writeZeroJsPages(dist);
    writeControlPages(dist);
    expect(written()).toHaveLength(16 + 1 + 4);
    expect(readFileSync(join(dist, 'embed/claims/two-days.zero-js.html'), 'utf8')).not.toMatch(/<script\b/);
    removeBenchPages(dist);
    expect(written()).toEqual([]);
  });

  it('prints each page against its twin in a table', () => {
    const pages = benchPages('http://e.test/', 'http://h.test/').slice(0, 2);
    const rows: Row[] = pages.map((page, i) => ({
      ...page,
      performance: 100,
      accessibility: 100,
      bestPractices: 100,
      seo: 100,
      lcpMs: i ? 800 : 880,
      tbtMs: 0,
      cls: 0,
      failedAudits: [],
      bytes: { js: { files: 1, raw: 3000, gzip: 1024 } },
      lcpRatio: Number.NaN,
    }));
    setLcpRatios(rows);
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const result = { longestTaskMs: 20, rounds: [20] };
    printReport({
      rows,
      animation: result,
      animationKeys: result,
      animationInstant: result,
      firstTaps: [],
      targets: { animationTaskMs: 50, firstTapMs: 200 },
    });
    const lines = log.mock.calls.map(([line]) => String(line));
    log.mockRestore();
    expect(lines[0]).toMatch(/^page +\| perf \| a11y .*\| data KB gz$/);
    expect(lines[2]).toMatch(
      /^main page +\| 100 +\| 100 +\| 100 +\| 100 +\| 880 +\| 1\.1 +\| 0 +\| 0 +\| 1\.0 +\| 0\.0 +\| 0\.0 *$/,
    );
    expect(lines[3]).toMatch(/^ {2}its zero-JS twin +\| .*\| 800 +\| 1 +\|/);
  });
});
