// Prerender every landing page into dist/: the explainer in each edition (index.html, zh-Hans/index.html) and each
// embed view in each edition (embed/penalties.html, embed/penalties.zh-Hans.html), from the built templates
// (dist/index.html, dist/embed.html) and the data in dist/data. Each page is complete without JavaScript.
// Usage: node scripts/prerender.mjs [distDir]   (run after `vite build`)
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { buildEnv } from './lib/site-env.mjs';
import { escapeHtml } from './lib/html.mjs';

const dist = resolve(process.argv[2] ?? 'dist');

/** @typedef {{ file: string, width: number, height: number, alt: string }} Picture */
const ssrOut = mkdtempSync(join(tmpdir(), 'explainer-ssr-'));

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
 * The page's <head> and shell, from its template: language, title, description, links between editions, the way
 * back to the site root, and asset addresses one folder deeper where the page is.
 * @param {string} template @param {import('../src/entry-server.tsx').PageSpec} spec
 * @param {typeof import('../src/entry-server.tsx')} server @param {URL | null} siteUrl
 * @param {Record<string, { card: Picture }>} pictures the cards (dist/pictures/manifest.json), per landing page
 * @param {Record<string, Record<string, Picture>>} email the email pictures (dist/pictures/email.json), per edition
 * @param {(file: string) => string} readData @param {import('../src/lib/publisher.ts').Publisher} publisher
 */
function shell(template, spec, server, siteUrl, pictures, email, readData, publisher) {
  const depth = spec.path.split('/').length - 1;
  const up = '../'.repeat(depth);
  let html = template;
  if (depth > 0) html = html.replace(/ (src|href)="\.\//g, (_, attribute) => ` ${attribute}="${up}`);
  html = replaceOnce(html, /<html lang="[^"]*">/, `<html lang="${spec.locale}">`, spec.path);
  html = replaceOnce(html, /<title>[^<]*<\/title>/, `<title>${escapeHtml(spec.title)}</title>`, spec.path);
  for (const name of ['name="description"', 'property="og:description"'])
    html = replaceOnce(
      html,
      new RegExp(`(<meta ${name} content=")[^"]*`),
      `<meta ${name} content="${escapeHtml(spec.description)}`,
      spec.path,
    );
  html = replaceOnce(
    html,
    /(<meta property="og:title" content=")[^"]*/,
    `<meta property="og:title" content="${escapeHtml(spec.title)}`,
    spec.path,
  );
  /** @type {string[]} */
  const head = [];
  if (depth > 0) head.push(`<meta name="explainer-root" content="${up}" />`);
  if (spec.view) {
    // An embed page is a part of the main page: not indexed on its own (its canonical is its section there).
    head.push('<meta name="robots" content="noindex" />');
    head.push(`<meta name="explainer-view" content="${spec.view}" />`);
    if (spec.claim) head.push(`<meta name="explainer-claim" content="${escapeHtml(spec.claim)}" />`);
    if (spec.part) head.push(`<meta name="explainer-part" content="${escapeHtml(spec.part)}" />`);
    head.push(`<noscript><link rel="stylesheet" href="${up}noscript.css" /></noscript>`);
  } else {
    html = html.replace(
      /(<meta property="og:locale" content=")[^"]*(" \/>\s*<meta property="og:locale:alternate" content=")[^"]*/,
      (_, a, b) => (spec.locale === 'en' ? `${a}en_US${b}zh_CN` : `${a}zh_CN${b}en_US`),
    );
  }
  // Canonical and hreflang links must be absolute: written here when the build knows the site's address
  // (SITE_URL=https://example.org/news/amazon/ npm run build), else added by the page's entry script.
  if (siteUrl) {
    // The Embed dialog's snippets name this address, even when the page is read from a mirror (canonicalRoot).
    head.push(`<meta name="explainer-site" content="${escapeHtml(siteUrl.href)}" />`);
    for (const [rel, hreflang, href] of server.editionLinks(spec.locale, spec.view, siteUrl))
      head.push(`<link rel="${rel}"${hreflang ? ` hreflang="${hreflang}"` : ''} href="${escapeHtml(href)}" />`);
  }
  /** This page's absolute address, when the build knows the site's. */
  const pageUrl = siteUrl ? new URL(spec.path.replace(/index\.html$/, ''), siteUrl).href : null;
  /** An address under the site root: absolute with SITE_URL (as link previews need), else relative to the page. */
  const address = (/** @type {string} */ path) => (siteUrl ? new URL(path, siteUrl).href : `${up}${path}`);
  // The link preview: the page's card (scripts/pictures.mjs), large. A claim's page and a part's page show their
  // own email picture (the claim led by the record; the step or the chart), which carries the credit and date.
  const emailKey = emailKeyOf(spec);
  const card =
    pictures[spec.path]?.card ??
    (emailKey ? email[spec.locale]?.[emailKey] : undefined) ??
    (spec.view ? pictures[server.embedPagePath(spec.view, spec.locale)]?.card : undefined);
  if (!card) throw new Error(`${spec.path}: no card in dist/pictures/manifest.json`);
  if (pageUrl) head.push(`<meta property="og:url" content="${escapeHtml(pageUrl)}" />`);
  head.push(
    `<meta property="og:image" content="${escapeHtml(address(card.file))}" />`,
    `<meta property="og:image:width" content="${card.width}" />`,
    `<meta property="og:image:height" content="${card.height}" />`,
    `<meta property="og:image:alt" content="${escapeHtml(card.alt)}" />`,
    '<meta name="twitter:card" content="summary_large_image" />',
  );
  // Structured data for search engines and fact-check tools: the article, and a ClaimReview per claim an article
  // made. Its addresses are absolute with SITE_URL, else relative to the page (JSON-LD resolves them there).
  // The publisher, for the main page's date line and an embed's credit, where the browser reads it to hydrate them.
  head.push(`<meta name="${server.PUBLISHER_META.name}" content="${escapeHtml(publisher.name)}" />`);
  if (publisher.url) head.push(`<meta name="${server.PUBLISHER_META.url}" content="${escapeHtml(publisher.url)}" />`);
  if (!spec.view) {
    const data = server.renderStructuredData(spec.locale, readData, {
      pageUrl: pageUrl ?? './',
      image: address(card.file),
      publisher,
    });
    head.push(`<script type="application/ld+json">${data}</script>`);
  }
  // oEmbed discovery: a blog platform given this embed page's address finds its snippet here.
  if (spec.view && !spec.claim)
    head.push(
      `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(address(server.oembedPath(spec.view, spec.locale, spec.part ?? null)))}" title="${escapeHtml(spec.title)}" />`,
    );
  return replaceOnce(html, /\n\s*<\/head>/, `\n    ${head.join('\n    ')}\n  </head>`, spec.path);
}

try {
  await build({
    configFile: false,
    logLevel: 'error',
    build: { ssr: 'src/entry-server.tsx', outDir: ssrOut, emptyOutDir: true, target: 'node20' },
    ssr: { noExternal: true },
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
    let page = shell(templates[spec.template], spec, server, siteUrl, pictures, email, readData, publisher);
    // The sections' reading times, as the contents line shows them: the browser reads them here to hydrate it.
    if (readingTimes)
      page = replaceOnce(
        page,
        /\n\s*<\/head>/,
        `\n    <script type="application/json" id="reading-times">${JSON.stringify(readingTimes)}</script>\n  </head>`,
        where,
      );
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
