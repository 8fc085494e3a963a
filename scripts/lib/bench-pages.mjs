// The pages `npm run bench` (scripts/bench.mjs) measures: the landing pages; beside each, its zero-JS twin, which
// the bench writes into dist/ for the run; the control pages (the instrument's floor), written there too; and the
// host page, another site's blog post with four compact embeds. removeBenchPages takes out what the bench wrote.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The embeds' measured heights (docs/embedding.md, "Heights"): the host page reserves them as the snippets do. */
const HEIGHT_HINTS = JSON.parse(
  readFileSync(new URL('../../src/features/embed/height-hints.generated.json', import.meta.url), 'utf8'),
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

/** A page's zero-JS twin, beside it (so its relative addresses hold): the same HTML with every script removed. */
const twinOf = (/** @type {string} */ path) => path.replace(/\.html$/, '.zero-js.html');
/** @param {string} dist */
export function writeZeroJsPages(dist) {
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
/** @param {string} dist */
export function writeControlPages(dist) {
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

/** Take the twins and control pages out of dist/ again. @param {string} dist */
export function removeBenchPages(dist) {
  for (const { path } of LANDING) rmSync(join(dist, twinOf(path)), { force: true });
  rmSync(join(dist, CONTROL_DIR), { recursive: true, force: true });
}

/**
 * The host page: a blog post with the four compact embeds, each in the height its snippet reserves.
 * @param {string} explainerUrl where the explainer is served, ending in '/'
 */
export const hostPageHtml = (explainerUrl) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A blog post with embeds</title><meta name="description" content="A host page for the embed benchmark."></head><body><main><h1>A blog post</h1><p>Some text before the embeds.</p>${COMPACT.map(({ attributes, height }) => `<div ${attributes} style="min-height:${height}px"></div><p>Text between embeds.</p>`).join('')}<script async src="${explainerUrl}embed.js"></script></main></body></html>`;

/**
 * Every page the bench measures, in table order: each landing page then its twin, the host page, the controls.
 * A page with a twinUrl has its LCP measured against that page's.
 * @param {string} explainerUrl where dist/ is served, ending in '/'
 * @param {string} hostUrl where the host page is served
 * @returns {Array<{ name: string, url: string, kind: string, twinUrl?: string }>}
 */
export function benchPages(explainerUrl, hostUrl) {
  const controlUrl = (/** @type {string} */ file) => `${explainerUrl}${CONTROL_DIR}/${file}`;
  return [
    ...LANDING.flatMap(({ name, path, kind }) => [
      {
        name,
        url: `${explainerUrl}${path.replace(/index\.html$/, '')}`,
        kind,
        twinUrl: `${explainerUrl}${twinOf(path)}`,
      },
      { name: `  its zero-JS twin`, url: `${explainerUrl}${twinOf(path)}`, kind: 'zero' },
    ]),
    // Against the English main page's twin: the host page's own first paint is its text, not the embeds.
    {
      name: 'host page with 4 compact embeds',
      url: hostUrl,
      kind: 'host',
      twinUrl: `${explainerUrl}${twinOf('index.html')}`,
    },
    ...CONTROL.map(({ name, file, tag }) => ({
      name,
      url: controlUrl(file),
      kind: tag ? 'control' : 'control-zero',
      twinUrl: tag ? controlUrl('none.html') : undefined,
    })),
  ];
}
