// Prerender dist/index.html: build the server entry, render the page from dist/data, inject it into #root.
// Usage: node scripts/prerender.mjs [distDir]   (run after `vite build`)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const dist = resolve(process.argv[2] ?? 'dist');
const ssrOut = mkdtempSync(join(tmpdir(), 'explainer-ssr-'));
try {
  await build({
    configFile: false,
    logLevel: 'error',
    build: { ssr: 'src/entry-server.tsx', outDir: ssrOut, emptyOutDir: true, target: 'node20' },
    ssr: { noExternal: true },
  });
  const { renderPage, SECTION_IDS } = await import(pathToFileURL(join(ssrOut, 'entry-server.js')).href);
  const html = await renderPage((/** @type {string} */ file) => readFileSync(join(dist, 'data', file), 'utf8'));
  const indexPath = join(dist, 'index.html');
  const page = readFileSync(indexPath, 'utf8');
  const marker = '<div id="root"></div>';
  if (!page.includes(marker)) throw new Error(`${indexPath} has no empty ${marker}`);
  if (/<script\b/i.test(html)) throw new Error('prerendered HTML contains an inline script, which a strict CSP blocks');
  if (html.includes('<!--$?-->') || html.includes('data-loading'))
    throw new Error('prerendered HTML still has a section waiting to load');
  const missing = /** @type {string[]} */ (SECTION_IDS).filter(
    (id) => !new RegExp(`<section[^>]* id="${id}"`).test(html),
  );
  if (missing.length)
    throw new Error(
      `prerendered HTML has no section for ${missing.join(', ')} (the section registry, src/lib/ui-strings.ts)`,
    );
  const styled = html.match(/<[^>]* style="[^"]*"/g) ?? [];
  if (styled.length) console.log(styled.slice(0, 8).join('\n'));
  if (styled.length) throw new Error('prerendered HTML contains a style attribute, which a strict CSP blocks');
  writeFileSync(indexPath, page.replace(marker, `<div id="root">${html}</div>`));
  console.log(`prerendered ${indexPath} (${(html.length / 1024).toFixed(1)} KB of HTML)`);
} finally {
  rmSync(ssrOut, { recursive: true, force: true });
}
