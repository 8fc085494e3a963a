// npm run bench: build, serve dist/ locally, and measure in Debian Chromium:
//  - Lighthouse (mobile preset) performance, accessibility, best-practices and SEO, with LCP, TBT and CLS,
//    for the landing pages (the explainer in each edition, each embed view's static page in each edition, and one
//    step, one chart and one claim alone in each), and a host page (another site: 127.0.0.2 against the
//    explainer's 127.0.0.1) holding four compact embeds;
//  - gzip bytes of JS, CSS and data loaded on first load of each;
//  - each landing page's zero-JS twin (the same prerendered HTML without scripts, beside it), measured in the same
//    run: each page's LCP as a ratio to its own twin's;
//  - control pages, the instrument's floor for that ratio: a page of prose with the same stylesheet and one line of
//    script (a module, and a classic defer script), each against the same page with no script;
//  - the longest task during case-step animations with the CPU throttled 4× (scripts/measure-step-animation.mjs);
//  - the first tap's delay on a phone profile, a row per page and control (scripts/measure-first-tap.mjs).
// Prints a table and writes bench-results.json (scripts/lib/bench-report.mjs). Targets are in docs/performance.md.
// The pages, and the twins and control pages this writes into dist/ for the run: scripts/lib/bench-pages.mjs.
//   node scripts/bench.mjs [--no-build] [--runs N]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { measureFirstTap } from './measure-first-tap.mjs';
import { measureStepAnimation } from './measure-step-animation.mjs';
import { benchPages, hostPageHtml, removeBenchPages, writeControlPages, writeZeroJsPages } from './lib/bench-pages.mjs';
import { printChecks, printReport, rowOf, setLcpRatios, writeResults } from './lib/bench-report.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/browser.mjs';
import { servePreview } from './lib/preview.mjs';

const FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 1;
const dist = resolve('dist');

export const TARGETS = {
  mainScores: 100, // accessibility, best practices and SEO on the main pages
  mainPerformanceFloor: 98, // performance, main pages and embeds
  hostPerformanceFloor: 98,
  hostTbtMs: 100,
  mainJsKb: 100,
  embedJsKb: 90,
  cls: 0,
  lcpRatio: 1.1,
  animationTaskMs: 50,
  firstTapMs: 200,
};

if (!args.includes('--no-build')) {
  execFileSync('npm', ['run', 'build:preview'], { stdio: 'inherit' });
}

/** @typedef {import('./lib/bench-report.mjs').Bytes} Bytes */
/** @typedef {import('./lib/bench-report.mjs').LighthouseRow} LighthouseRow */
/** @typedef {import('./lib/bench-report.mjs').Row} Row */

/**
 * Bytes (raw and gzip) of each kind of resource a page loads until the network is idle.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {number} width
 * @returns {Promise<Bytes>}
 */
async function firstLoadBytes(browser, url, width) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  /** @type {Array<{ url: string, type: string, body: Buffer }>} */
  const bodies = [];
  page.on('response', async (response) => {
    try {
      bodies.push({ url: response.url(), type: response.request().resourceType(), body: await response.body() });
    } catch {
      /* redirects and aborted requests have no body */
    }
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  await context.close();
  /** @param {{ url: string, type: string }} entry @returns {'js' | 'css' | 'data' | 'html' | 'other'} */
  const kind = (entry) =>
    entry.type === 'script'
      ? 'js'
      : entry.type === 'stylesheet'
        ? 'css'
        : entry.url.endsWith('.json')
          ? 'data'
          : entry.type === 'document'
            ? 'html'
            : 'other';
  /** @type {Bytes} */
  const totals = {};
  for (const entry of bodies) {
    const total = (totals[kind(entry)] ??= { files: 0, raw: 0, gzip: 0 });
    total.files += 1;
    total.raw += entry.body.length;
    total.gzip += gzipSync(entry.body, { level: 9 }).length;
  }
  return totals;
}

/**
 * @param {string} url
 * @param {number} port
 * @returns {Promise<LighthouseRow>}
 */
async function runLighthouse(url, port) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const lhr = result.lhr;
  /** @param {string} id */
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  /** @param {string} id */
  const audit = (id) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const failed = Object.values(lhr.audits)
    .filter(
      (a) =>
        a.score !== null &&
        a.score < 1 &&
        a.scoreDisplayMode !== 'informative' &&
        a.scoreDisplayMode !== 'notApplicable' &&
        a.scoreDisplayMode !== 'manual',
    )
    .map((a) => a.id);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(audit('largest-contentful-paint')),
    tbtMs: Math.round(audit('total-blocking-time')),
    cls: Number(audit('cumulative-layout-shift').toFixed(3)),
    failedAudits: failed,
  };
}

/**
 * Lighthouse `runs` times; the median run by performance score (Lighthouse's own advice for noisy machines).
 * @param {string} url
 * @param {number} port
 * @returns {Promise<LighthouseRow>}
 */
async function lighthouseMedian(url, port) {
  const results = [];
  for (let i = 0; i < runs; i += 1) results.push(await runLighthouse(url, port));
  results.sort((a, b) => a.performance - b.performance || b.lcpMs - a.lcpMs);
  const median = results[Math.floor(results.length / 2)];
  if (!median) throw new Error('no Lighthouse run');
  return median;
}

// The twins and control pages are removed however the run ends: done, an error anywhere, or Ctrl+C.
process.on('exit', () => removeBenchPages(dist));
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => process.exit(130));
writeZeroJsPages(dist);
writeControlPages(dist);
const explainer = await servePreview({ root: dist });
const hostDir = mkdtempSync(join(tmpdir(), 'bench-host-'));
writeFileSync(join(hostDir, 'favicon.ico'), '');
writeFileSync(join(hostDir, 'index.html'), hostPageHtml(explainer.url));
// The blog is on another site, as a reader meets it (127.0.0.2 is not 127.0.0.1's site): Chromium then runs the
// frames in their own processes, so their work is not on the host page's main thread.
const host = await servePreview({ root: hostDir, site: false, host: '127.0.0.2' });
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: FLAGS });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: FLAGS.filter((f) => f !== '--headless=new'),
});

/** @type {Row[]} */
const rows = [];
try {
  for (const { name, url, kind, twinUrl } of benchPages(explainer.url, host.url)) {
    const lh = await lighthouseMedian(url, chrome.port);
    const bytes = await firstLoadBytes(browser, url, 412);
    rows.push({ name, url, kind, twinUrl, ...lh, bytes, lcpRatio: Number.NaN });
    console.error(`measured ${name}`);
  }
} finally {
  await browser.close();
  await chrome.kill();
  await host.close();
  await explainer.close();
  rmSync(hostDir, { recursive: true, force: true });
}

// Presses as a reader makes them (held 80 ms), with the mouse on Next and with the Right arrow key; and, for
// comparison, back-to-back mouse events (which no hand makes, and which the browser handles in one task).
const animation = await measureStepAnimation({ distDir: dist, rounds: 3 });
const animationKeys = await measureStepAnimation({ distDir: dist, rounds: 3, input: 'keyboard' });
const animationInstant = await measureStepAnimation({ distDir: dist, rounds: 3, holdMs: 0 });
const firstTaps = await measureFirstTap({ distDir: dist, rounds: 3 });
removeBenchPages(dist);

setLcpRatios(rows);
printReport({ rows, animation, animationKeys, animationInstant, firstTaps, targets: TARGETS });

const main = rowOf(rows, 'main');
const mains = rows.filter((r) => r.kind === 'main');
const embeds = rows.filter((r) => r.kind === 'embed');
const landing = [...mains, ...embeds];
const hostRow = rowOf(rows, 'host');
/** @type {Array<[string, boolean]>} */
const checks = [
  [
    'main pages: accessibility, best practices, SEO = 100',
    mains.every((r) => [r.accessibility, r.bestPractices, r.seo].every((s) => s === 100)),
  ],
  [
    'embeds: accessibility, best practices = 100',
    embeds.every((r) => r.accessibility === 100 && r.bestPractices === 100),
  ],
  [
    `main pages and embeds: performance >= ${TARGETS.mainPerformanceFloor}`,
    landing.every((r) => r.performance >= TARGETS.mainPerformanceFloor),
  ],
  [`main page first-load JS <= ${TARGETS.mainJsKb} KB gzip`, (main.bytes.js?.gzip ?? 0) / 1024 <= TARGETS.mainJsKb],
  [
    `each embed first-load JS <= ${TARGETS.embedJsKb} KB gzip`,
    embeds.every((r) => (r.bytes.js?.gzip ?? 0) / 1024 <= TARGETS.embedJsKb),
  ],
  ['CLS 0 on every page and on a host page with embeds', [...landing, hostRow].every((r) => r.cls === 0)],
  [
    `every landing page: LCP <= ${TARGETS.lcpRatio}× its zero-JS twin`,
    landing.every((r) => r.lcpRatio <= TARGETS.lcpRatio),
  ],
  [
    `host page: performance >= ${TARGETS.hostPerformanceFloor}, TBT <= ${TARGETS.hostTbtMs} ms`,
    hostRow.performance >= TARGETS.hostPerformanceFloor && hostRow.tbtMs <= TARGETS.hostTbtMs,
  ],
  [
    `no animation task over ${TARGETS.animationTaskMs} ms (mouse and keyboard)`,
    Math.max(animation.longestTaskMs, animationKeys.longestTaskMs) <= TARGETS.animationTaskMs,
  ],
  [
    `every first tap answered within ${TARGETS.firstTapMs} ms on the phone profile (median of 3)`,
    firstTaps.every((tap) => tap.medianMs <= TARGETS.firstTapMs),
  ],
];
printChecks(checks, rows);
writeResults({ runs, targets: TARGETS, pages: rows, animation, animationKeys, animationInstant, firstTaps, checks });
process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
