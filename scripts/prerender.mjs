// Prerender every landing page into dist/: the explainer in each edition (index.html, zh-Hans/index.html) and each
// embed view in each edition (embed/penalties.html, embed/penalties.zh-Hans.html), from the built templates
// (dist/index.html, dist/embed.html) and the data in dist/data. Each page is complete without JavaScript.
// Usage: node scripts/prerender.mjs [distDir]   (run after `vite build`)
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { buildEnv } from './lib/site-env.mjs';

const dist = resolve(process.argv[2] ?? 'dist');

/** @typedef {{ file: string, width: number, height: number, alt: string }} Picture */
// Inside node_modules, so that the bundle finds jsdom, the one package it leaves out (it counts reading times).
mkdirSync('node_modules/.cache', { recursive: true });
const ssrOut = resolve(mkdtempSync('node_modules/.cache/explainer-ssr-'));

/**
 * Replace the one `marker` in `text`, failing loudly if it is missing. A function replacement, so `$&`, `$'`,
 * `` $` `` and `$$` in the inserted text (copy may hold them) are text, not patterns.
 * @param {string} text @param {string | RegExp} marker @param {string} value @param {string} where
 */
function replaceOnce(text, marker, value, where) {
  const found = typeof marker === 'string' ? text.includes(marker) : marker.test(text);
  if (!found) throw new Error(`${where}: no ${marker}`);
  return text.replace(marker, () => value);
}

/**
 * The email picture (dist/pictures/email.json) of a claim's or a part's page: `sources.claim-two-days`,
 * `alexa.step-1` (the page opens on step 1), `penalties.chart-time`; null for a whole view or a main page.
 * @param {import('../src/entry-server.tsx').PageSpec} spec
 */
function emailKeyOf(spec) {
  if (spec.claim) return `sources.claim-${spec.claim}`;
  if (spec.part) return `${spec.view}.${spec.part === 'step' ? 'step-1' : spec.part}`;
  return null;
}

/**
 * The page from its built template: its language, asset addresses one folder deeper where the page is, and its own
 * head tags (src/app/page-head.tsx) in place of the template's default ones (between `<!-- page-head -->` marks).
 * @param {string} template @param {import('../src/entry-server.tsx').PageSpec} spec @param {string} head
 * @param {string} up the way back to the site root from the page (`../` from embed/)
 */
function shell(template, spec, head, up) {
  let html = template;
  if (up) html = html.replace(/ (src|href)="\.\//g, (_, attribute) => ` ${attribute}="${up}`);
  html = replaceOnce(html, /<html lang="[^"]*">/, `<html lang="${spec.locale}">`, spec.path);
  // One tag a line, as in the template (only tags meet at `><`: React escapes it in text and attributes).
  const tags = head.replace(/></g, '>\n    <');
  return replaceOnce(html, /<!-- page-head -->[\s\S]*<!-- \/page-head -->/, tags, spec.path);
}

try {
  await build({
    configFile: false,
    logLevel: 'error',
    build: { ssr: 'src/entry-server.tsx', outDir: ssrOut, emptyOutDir: true, target: 'node20' },
    ssr: { noExternal: true, external: ['jsdom'] },
  });
  /** @type {typeof import('../src/entry-server.tsx')} */
  const server = await import(pathToFileURL(join(ssrOut, 'entry-server.js')).href);
  const readData = (/** @type {string} */ file) => readFileSync(join(dist, 'data', file), 'utf8');
  const templates = {
    'index.html': readFileSync(join(dist, 'index.html'), 'utf8'),
    'embed.html': readFileSync(join(dist, 'embed.html'), 'utf8'),
  };
  // The publication build has both (scripts/lib/site-env.mjs stopped it otherwise); a preview may have neither.
  const { siteUrl, problems } = buildEnv();
  if (problems.length) throw new Error(problems.join(' '));
  if (!siteUrl)
    console.log('prerender: a preview build: relative addresses in link previews and oEmbed, not for publication.');
  // Who publishes the explainer, for the structured data, the date line and the embeds' credit (src/lib/publisher.ts).
  const publisher = server.publisherFrom(process.env);
  /** @type {Record<string, { card: Picture }>} */
  const pictures = JSON.parse(readFileSync(join(dist, 'pictures', 'manifest.json'), 'utf8'));
  /** @type {Record<string, Record<string, Picture>>} */
  const email = JSON.parse(readFileSync(join(dist, 'pictures', 'email.json'), 'utf8'));
  let claimPageCount = 0;
  for (const spec of [...server.PAGES, ...server.claimPages(readData)]) {
    const { html, readingTimes } = await server.renderPage(spec, readData, publisher);
    const where = spec.path;
    if (/<script\b/i.test(html))
      throw new Error(`${where}: prerendered HTML contains an inline script, which a strict CSP blocks`);
    if (html.includes('<!--$?-->') || html.includes('data-loading'))
      throw new Error(`${where}: prerendered HTML still has a section waiting to load`);
    const ids = spec.view ? [spec.view] : server.SECTION_IDS;
    const missing = ids.filter((/** @type {string} */ id) => !new RegExp(`<section[^>]* id="${id}"`).test(html));
    if (missing.length)
      throw new Error(`${where}: no section for ${missing.join(', ')} (the section registry, src/lib/ui-strings.ts)`);
    const styled = html.match(/<[^>]* style="[^"]*"/g) ?? [];
    if (styled.length)
      throw new Error(`${where}: a style attribute, which a strict CSP blocks: ${styled.slice(0, 3).join(' ')}`);
    // The link preview: the page's card (scripts/pictures.mjs), large. A claim's page and a part's page show their
    // own email picture (the claim led by the record; the step or the chart), which carries the credit and date.
    const emailKey = emailKeyOf(spec);
    const card =
      pictures[spec.path]?.card ??
      (emailKey ? email[spec.locale]?.[emailKey] : undefined) ??
      (spec.view ? pictures[server.embedPagePath(spec.view, spec.locale)]?.card : undefined);
    if (!card) throw new Error(`${where}: no card in dist/pictures/manifest.json`);
    const head = server.renderHead(spec, readData, { siteUrl, card, publisher, readingTimes });
    const page = shell(templates[spec.template], spec, head, server.upToRoot(spec.path));
    const out = join(dist, spec.path);
    mkdirSync(dirname(out), { recursive: true });
    // An embed page's content stays out of layout (the UA's [hidden]) until its stylesheet shows it (index.css):
    // Chromium lays out and pre-paints a frame whose stylesheet is still loading when an IntersectionObserver update
    // comes due, and the layout-shift tracker then counts the move from that unstyled layout to the styled one.
    const rootTag = spec.template === 'embed.html' ? '<div id="root" hidden>' : '<div id="root">';
    writeFileSync(out, replaceOnce(page, '<div id="root"></div>', `${rootTag}${html}</div>`, where));
    if (spec.claim) claimPageCount += 1;
    else console.log(`prerendered ${spec.path} (${(html.length / 1024).toFixed(1)} KB of HTML)`);
    if (spec.view && !spec.claim) {
      const key = emailKeyOf(spec);
      // A part's picture (a step, a chart), else the whole view's summary card (`ring.full`).
      const picture = email[spec.locale]?.[key ?? `${spec.view}.full`] ?? email[spec.locale]?.[`${spec.view}.full`];
      const oembed = server.oembedDocument(spec.view, spec.locale, siteUrl, picture, spec.part ?? null);
      const file = join(dist, server.oembedPath(spec.view, spec.locale, spec.part ?? null));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(oembed, null, 2)}\n`);
    }
  }
  console.log(`prerendered ${claimPageCount} single-claim embed pages (embed/claims/)`);
} finally {
  rmSync(ssrOut, { recursive: true, force: true });
}
