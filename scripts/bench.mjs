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
// Prints a table and writes bench-results.json. Targets are in README.md ("Performance").
//   node scripts/bench.mjs [--no-build] [--runs N]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { measureFirstTap, PHONE } from './measure-first-tap.mjs';
import { measureStepAnimation } from './measure-step-animation.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH, STRICT_CSP } from './lib/browser.mjs';
import { startStaticServer } from './static-server.mjs';

const CHROMIUM = CHROMIUM_PATH;
const FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
/** The embeds' measured heights (docs/embedding.md, "Heights"): the host page reserves them as the snippets do. */
const HEIGHT_HINTS = JSON.parse(
  readFileSync(new URL('../src/features/embed/height-hints.generated.json', import.meta.url), 'utf8'),
);
/** A page's height at a phone's width (360 px), as the Embed dialog's snippet reserves it. */
const phoneHeight = (/** @type {string} */ key, step = 0) =>
  HEIGHT_HINTS.pages[key].en[step][HEIGHT_HINTS.widths.indexOf(360)];
/** Every section, in page order. */
const VIEWS = ['alexa', 'ring', 'penalties', 'sources'];
/** The blog post's four compact embeds (issue 29): one step, another case's step, one chart, one claim. */
const COMPACT = [
  { attributes: 'data-explainer-view="alexa" data-step="2"', height: phoneHeight('alexa.step', 1) },
  { attributes: 'data-explainer-view="ring" data-step="3"', height: phoneHeight('ring.step', 2) },
  { attributes: 'data-explainer-view="penalties" data-chart="coppa"', height: phoneHeight('penalties.chart-coppa') },
  { attributes: 'data-explainer-view="sources" data-claim="two-days"', height: phoneHeight('claims/two-days') },
];
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

/** The landing pages, as the prerender writes them (scripts/prerender.mjs, src/lib/site.ts). */
const LANDING = [
  { name: 'main page', path: 'index.html', kind: 'main' },
  { name: 'main page, zh-Hans', path: 'zh-Hans/index.html', kind: 'main' },
  ...VIEWS.flatMap((view) => [
    { name: `embed: ${view}`, path: `embed/${view}.html`, kind: 'embed' },
    { name: `embed: ${view}, zh-Hans`, path: `embed/${view}.zh-Hans.html`, kind: 'embed' },
  ]),
  // One of each compact kind: a step, a chart, a claim.
  ...['alexa.step', 'penalties.chart-coppa', 'claims/two-days'].flatMap((page) => [
    { name: `embed: ${page}`, path: `embed/${page}.html`, kind: 'embed' },
    { name: `embed: ${page}, zh-Hans`, path: `embed/${page}.zh-Hans.html`, kind: 'embed' },
  ]),
];

if (!args.includes('--no-build')) {
  execFileSync('npm', ['run', 'build:preview'], { stdio: 'inherit' });
}

/** A page's zero-JS twin, beside it (so its relative addresses hold): the same HTML with every script removed. */
const twinOf = (/** @type {string} */ path) => path.replace(/\.html$/, '.zero-js.html');
function writeZeroJsPages() {
  for (const { path } of LANDING) {
    const html = readFileSync(join(dist, path), 'utf8')
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
      .replace(/<link rel="modulepreload"[^>]*>/g, '');
    writeFileSync(join(dist, twinOf(path)), html);
  }
}

/**
 * Control pages: the instrument's own floor for the LCP ratio. A short page of prose with the landing pages'
 * stylesheet and a one-line script (as a module, as every landing page loads its script, and as a classic
 * `defer` script), each beside the same page with no script, measured in the same run. They are not targets:
 * they show what Lighthouse's simulation charges any script that finishes loading before the first paint.
 */
const CONTROL_DIR = 'bench-control';
const CONTROL = [
  {
    name: 'control: one-line module script',
    file: 'module.html',
    tag: '<script type="module" src="./one-line.js"></script>',
  },
  { name: 'control: one-line defer script', file: 'defer.html', tag: '<script defer src="./one-line.js"></script>' },
  { name: 'control: no script', file: 'none.html', tag: '' },
];
function writeControlPages() {
  const stylesheet = /<link rel="stylesheet" crossorigin href="\.\/(assets\/[^"]+\.css)">/.exec(
    readFileSync(join(dist, 'index.html'), 'utf8'),
  )?.[1];
  if (!stylesheet) throw new Error('no stylesheet link in dist/index.html');
  const prose = Array.from(
    { length: 40 },
    (_, i) =>
      `<p>Paragraph ${i + 1}. A control page has only a stylesheet, some text and, in two of its three forms, one line of script that changes nothing a reader sees.</p>`,
  ).join('');
  mkdirSync(join(dist, CONTROL_DIR), { recursive: true });
  writeFileSync(join(dist, CONTROL_DIR, 'one-line.js'), "document.documentElement.dataset.control = 'ran';\n");
  for (const { file, tag } of CONTROL) {
    writeFileSync(
      join(dist, CONTROL_DIR, file),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bench control page</title><meta name="description" content="A control page for the benchmark."><link rel="icon" href="../favicon.png" sizes="64x64" type="image/png">${tag}<link rel="stylesheet" href="../${stylesheet}"></head><body><main><h1>A control page</h1>${prose}</main></body></html>`,
    );
  }
}

/** @typedef {{ files: number, raw: number, gzip: number }} ByteTotal */
/** @typedef {Partial<Record<'js' | 'css' | 'data' | 'html' | 'other', ByteTotal>>} Bytes */
/**
 * @typedef {object} LighthouseRow
 * @property {number} performance
 * @property {number} accessibility
 * @property {number} bestPractices
 * @property {number} seo
 * @property {number} lcpMs
 * @property {number} tbtMs
 * @property {number} cls
 * @property {string[]} failedAudits
 */
/**
 * @typedef {LighthouseRow & { name: string, url: string, kind: string, twinUrl?: string, bytes: Bytes, lcpRatio: number }} Row
 */

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
const removeTwins = () => {
  for (const { path } of LANDING) rmSync(join(dist, twinOf(path)), { force: true });
  rmSync(join(dist, CONTROL_DIR), { recursive: true, force: true });
};
process.on('exit', removeTwins);
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => process.exit(130));
writeZeroJsPages();
writeControlPages();
const explainer = await startStaticServer({ root: dist, headers: STRICT_CSP });
const hostDir = mkdtempSync(join(tmpdir(), 'bench-host-'));
writeFileSync(join(hostDir, 'favicon.ico'), '');
writeFileSync(
  join(hostDir, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A blog post with embeds</title><meta name="description" content="A host page for the embed benchmark."></head><body><main><h1>A blog post</h1><p>Some text before the embeds.</p>${COMPACT.map(({ attributes, height }) => `<div ${attributes} style="min-height:${height}px"></div><p>Text between embeds.</p>`).join('')}<script async src="${explainer.url}embed.js"></script></main></body></html>`,
);
// The blog is on another site, as a reader meets it (127.0.0.2 is not 127.0.0.1's site): Chromium then runs the
// frames in their own processes, so their work is not on the host page's main thread.
const host = await startStaticServer({ root: hostDir, host: '127.0.0.2' });
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.filter((f) => f !== '--headless=new') });

const controlUrl = (/** @type {string} */ file) => `${explainer.url}${CONTROL_DIR}/${file}`;
/** @type {Array<{ name: string, url: string, kind: string, twinUrl?: string }>} */
const pages = [
  ...LANDING.flatMap(({ name, path, kind }) => [
    {
      name,
      url: `${explainer.url}${path.replace(/index\.html$/, '')}`,
      kind,
      twinUrl: `${explainer.url}${twinOf(path)}`,
    },
    { name: `  its zero-JS twin`, url: `${explainer.url}${twinOf(path)}`, kind: 'zero' },
  ]),
  // Against the English main page's twin: the host page's own first paint is its text, not the embeds.
  {
    name: 'host page with 4 compact embeds',
    url: host.url,
    kind: 'host',
    twinUrl: `${explainer.url}${twinOf('index.html')}`,
  },
  ...CONTROL.map(({ name, file, tag }) => ({
    name,
    url: controlUrl(file),
    kind: tag ? 'control' : 'control-zero',
    twinUrl: tag ? controlUrl('none.html') : undefined,
  })),
];

/** @type {Row[]} */
const rows = [];
try {
  for (const { name, url, kind, twinUrl } of pages) {
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
removeTwins();

/** @param {string} kind @returns {Row} */
const rowOf = (kind) => {
  const row = rows.find((r) => r.kind === kind);
  if (!row) throw new Error(`no ${kind} row`);
  return row;
};
/** @param {number} n */
const kb = (n) => (n / 1024).toFixed(1);
// Each page against its twin (a twin against itself).
for (const row of rows) {
  const twin = row.twinUrl ? rows.find((r) => r.url === row.twinUrl) : row;
  row.lcpRatio = twin ? Number((row.lcpMs / twin.lcpMs).toFixed(2)) : Number.NaN;
}

const header = [
  'page',
  'perf',
  'a11y',
  'best',
  'seo',
  'LCP ms',
  'LCP ×0-JS',
  'TBT ms',
  'CLS',
  'JS KB gz',
  'CSS KB gz',
  'data KB gz',
];
const table = [
  header,
  ...rows.map((r) => [
    r.name,
    r.performance,
    r.accessibility,
    r.bestPractices,
    r.seo,
    r.lcpMs,
    r.lcpRatio,
    r.tbtMs,
    r.cls,
    kb(r.bytes.js?.gzip ?? 0),
    kb(r.bytes.css?.gzip ?? 0),
    kb(r.bytes.data?.gzip ?? 0),
  ]),
];
const widths = header.map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
/** @param {Array<string | number>} row */
const line = (row) => row.map((cell, i) => String(cell).padEnd(widths[i] ?? 0)).join(' | ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const row of table.slice(1)) console.log(line(row));
/** @param {import('./measure-step-animation.mjs').MeasureResult} result */
const rounds = (result) =>
  `${result.longestTaskMs.toFixed(1)} ms (rounds: ${result.rounds.map((r) => r.toFixed(1)).join(', ')})`;
console.log(`\nLongest task during case-step animations, CPU 4× slower (budget ${TARGETS.animationTaskMs} ms):`);
console.log(`  mouse on Next, each press held 80 ms: ${rounds(animation)}`);
console.log(`  Right arrow key, held 80 ms:           ${rounds(animationKeys)}`);
console.log(`  mouse, instant clicks (for comparison): ${rounds(animationInstant)}`);
console.log(
  `\nFirst tap, median of 3 (CPU ${PHONE.rate}× slower, ${PHONE.latencyMs} ms round trip, 1.6 Mbps, touch, 375 × 812;` +
    ` embeds tapped ${PHONE.embedTapAfterMs} ms after load), budget ${TARGETS.firstTapMs} ms:`,
);
for (const tap of firstTaps)
  console.log(`  ${tap.name.padEnd(44)} ${String(tap.medianMs).padStart(5)} ms  [${tap.runsMs.join(', ')}]`);
const controls = rows.filter((r) => r.kind === 'control');
console.log("\nThe instrument's floor (control pages, not targets): a page whose one script is a single line measures");
for (const row of controls) console.log(`  ${row.name.replace('control: ', '')}: ${row.lcpRatio}× its no-script twin`);
console.log(
  `Load average: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);

const main = rowOf('main');
const mains = rows.filter((r) => r.kind === 'main');
const embeds = rows.filter((r) => r.kind === 'embed');
const landing = [...mains, ...embeds];
const hostRow = rowOf('host');
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
console.log('');
for (const [label, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${label}`);
for (const row of rows)
  if (row.failedAudits.length) console.log(`  ${row.name}: audits below 100: ${row.failedAudits.join(', ')}`);

writeFileSync(
  'bench-results.json',
  `${JSON.stringify({ date: new Date().toISOString(), runs, loadAverage: loadavg(), targets: TARGETS, pages: rows, animation, animationKeys, animationInstant, firstTaps, checks: Object.fromEntries(checks) }, null, 2)}\n`,
);
console.log('\nwrote bench-results.json');
process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
