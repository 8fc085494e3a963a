// Measures how long a reader on a phone waits after the first tap before the page answers it.
//
//   node scripts/measure-first-tap.mjs [build-folder] [--rounds N] [--only text]     (default dist/, 3 rounds)
//
// The phone profile of issue 26: CPU 4× slower (DevTools' CPU throttling), 150 ms round trip, 1.6 Mbps down and
// 750 kbps up, a 375 × 812 touch screen. Each scenario opens a fresh page on that profile and taps as a reader does:
//  - the main page: scroll to a section, tap at once (Next in a case, the second article's tab in the sources);
//  - an embed page: wait 1.5 s after its load event, then tap (Next, a tab, a chart option).
// The delay is from the tap (the pointerdown's timestamp) to the first animation frame whose style shows its result:
// the next step's text visible, the tab's panel visible, or the chosen chart drawn. Pages are served by the
// project's static server under the strict CSP. Importable: `measureFirstTap(options)`; prints the median per row.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/browser.mjs';
import { servePreview } from './lib/preview.mjs';

export const PHONE = {
  rate: 4,
  latencyMs: 150,
  downloadBps: (1.6 * 1024 * 1024) / 8,
  uploadBps: (750 * 1024) / 8,
  viewport: { width: 375, height: 812 },
  /** How long after the load event an embed's reader taps. */
  embedTapAfterMs: 1500,
};

/** @typedef {'step' | 'tab' | 'chart'} Kind */
/** @typedef {{ name: string, path: string, section: string, kind: Kind, embed?: boolean }} Scenario */

/**
 * How a tap's result shows, as a function run in the page each frame (true once visible).
 * @type {Record<Kind, (section: string) => boolean>}
 */
const SHOWN = {
  /** The case's second step's text is visible. */
  step: (section) => {
    const panel = document.querySelector(`#${section} article[data-step="2"]`);
    return panel instanceof HTMLElement && getComputedStyle(panel).visibility === 'visible';
  },
  /** The second article's panel is shown. */
  tab: (section) => {
    const tab = document.querySelectorAll(`#${section} [role="tab"]`)[1];
    const panel = tab && document.getElementById(tab.getAttribute('aria-controls') ?? '');
    return panel instanceof HTMLElement && panel.offsetParent !== null && getComputedStyle(panel).display !== 'none';
  },
  /**
   * The tapped option's chart is redrawn: the picture on screen differs from the one at the tap (a figure may hold a
   * picture per option, all but one hidden: src/charts/chart-options.tsx).
   */
  chart: () => {
    const state = /** @type {any} */ (window);
    /** @type {SVGSVGElement[]} */
    const pictures = [...(state.__tapFigure?.querySelectorAll('svg') ?? [])];
    const now = pictures.find((svg) => svg.checkVisibility())?.outerHTML;
    return now !== undefined && now !== state.__tapPicture;
  },
};

/**
 * What to tap for each kind: a selector inside the section.
 * @type {Record<Kind, string>}
 */
const TARGET = {
  step: 'button[data-go="next"], button[aria-label="Next step"], button[aria-label="下一步"]',
  tab: '[role="tab"]:nth-child(2)',
  chart: 'fieldset input[type="radio"]:not(:checked):not(:disabled)',
};

/** @type {Scenario[]} */
export const SCENARIOS = [
  { name: 'main page: Alexa, Next', path: 'index.html', section: 'alexa', kind: 'step' },
  { name: 'main page, zh-Hans: Alexa, Next', path: 'zh-Hans/index.html', section: 'alexa', kind: 'step' },
  { name: 'main page: Ring, Next', path: 'index.html', section: 'ring', kind: 'step' },
  { name: 'main page: sources, a tab', path: 'index.html', section: 'sources', kind: 'tab' },
  { name: 'main page, zh-Hans: sources, a tab', path: 'zh-Hans/index.html', section: 'sources', kind: 'tab' },
  { name: 'main page: money, a chart option', path: 'index.html', section: 'penalties', kind: 'chart' },
  .../** @type {Scenario[]} */ (
    ['alexa', 'ring'].flatMap((view) => [
      { name: `embed: ${view}, Next`, path: `embed/${view}.html`, section: view, kind: 'step', embed: true },
      {
        name: `embed: ${view}, zh-Hans, Next`,
        path: `embed/${view}.zh-Hans.html`,
        section: view,
        kind: 'step',
        embed: true,
      },
    ])
  ),
  { name: 'embed: sources, a tab', path: 'embed/sources.html', section: 'sources', kind: 'tab', embed: true },
  {
    name: 'embed: sources, zh-Hans, a tab',
    path: 'embed/sources.zh-Hans.html',
    section: 'sources',
    kind: 'tab',
    embed: true,
  },
  {
    name: 'embed: penalties, a chart option',
    path: 'embed/penalties.html',
    section: 'penalties',
    kind: 'chart',
    embed: true,
  },
  {
    name: 'embed: penalties, zh-Hans, a chart option',
    path: 'embed/penalties.zh-Hans.html',
    section: 'penalties',
    kind: 'chart',
    embed: true,
  },
];

/**
 * One tap in a fresh page on the phone profile.
 * @param {import('playwright-core').Browser} browser
 * @param {string} base the served folder's address, ending in /
 * @param {Scenario} scenario
 * @returns {Promise<number>} the delay in ms (Infinity if the result never showed within 15 s)
 */
async function tapOnce(browser, base, scenario) {
  const context = await browser.newContext({
    viewport: PHONE.viewport,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    reducedMotion: 'no-preference',
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.rate });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PHONE.latencyMs,
      downloadThroughput: PHONE.downloadBps,
      uploadThroughput: PHONE.uploadBps,
    });
    await page.addInitScript(() => {
      const state = /** @type {any} */ (window);
      state.__tapAt = null;
      window.addEventListener(
        'pointerdown',
        (event) => {
          if (state.__tapAt !== null) return;
          state.__tapAt = event.timeStamp;
          state.__tapFigure = event.target instanceof Element ? event.target.closest('figure') : null;
          /** @type {SVGSVGElement[]} */
          const pictures = [...(state.__tapFigure?.querySelectorAll('svg') ?? [])];
          state.__tapPicture = pictures.find((svg) => svg.checkVisibility())?.outerHTML;
        },
        { capture: true },
      );
    });
    await page.goto(base + scenario.path, { waitUntil: 'load' });
    const section = page.locator(`#${scenario.section}`);
    const target = section.locator(TARGET[scenario.kind]).first();
    if (scenario.embed) await page.waitForTimeout(PHONE.embedTapAfterMs);
    else await section.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await target.scrollIntoViewIfNeeded();
    // Start watching the frames, then tap: the first frame that shows the result ends the wait.
    const shown = page.evaluate(
      ([test, id]) =>
        new Promise((done) => {
          const shows = new Function('section', `return (${test})(section)`);
          const started = performance.now();
          /** @param {number} now */
          const frame = (now) => {
            const state = /** @type {any} */ (window);
            if (state.__tapAt !== null && shows(id)) return done(now - state.__tapAt);
            if (now - started > 15_000) return done(Infinity);
            requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
        }),
      [SHOWN[scenario.kind].toString(), scenario.section],
    );
    await target.tap({ timeout: 15_000 });
    return Math.max(0, await shown);
  } finally {
    await context.close();
  }
}

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Infinity;
};

/**
 * @param {{ distDir?: string, rounds?: number, only?: string }} [options]
 * @returns {Promise<{ name: string, medianMs: number, runsMs: number[] }[]>}
 */
export async function measureFirstTap({ distDir = process.env.DIST_DIR ?? 'dist', rounds = 3, only } = {}) {
  const server = await servePreview({ root: resolve(distDir), base: '/x/' });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  try {
    const rows = [];
    for (const scenario of SCENARIOS.filter((s) => !only || s.name.includes(only))) {
      const runsMs = [];
      for (let round = 0; round < rounds; round++)
        runsMs.push(Math.round(await tapOnce(browser, server.url, scenario)));
      rows.push({ name: scenario.name, medianMs: median(runsMs), runsMs });
    }
    return rows;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  /** @param {string} name */
  const flag = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const folder = args.find((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'));
  const rows = await measureFirstTap({
    distDir: folder,
    rounds: Number(flag('--rounds')) || 3,
    only: flag('--only'),
  });
  for (const row of rows)
    console.log(`${row.name.padEnd(44)} ${String(row.medianMs).padStart(6)} ms   [${row.runsMs.join(', ')}]`);
}
