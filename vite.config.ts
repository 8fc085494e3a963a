import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, runnerImport, type Plugin } from 'vite';
import { escapeHtml } from './scripts/lib/html.mjs';
import { previewHeaders } from './scripts/lib/preview.mjs';
import { sectionHeightsCss } from './scripts/lib/section-heights.mjs';
import type * as CheckedModule from './src/data/checked';
import { SITE_DESCRIPTION, SITE_TITLE } from './src/lib/ui-strings.ts';

const fromRoot = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

/**
 * The pages' static title and description (what link previews and search engines read) come from the one source
 * the app sets them from at run time, src/lib/ui-strings.ts: index.html and embed.html hold %SITE_TITLE% and
 * %SITE_DESCRIPTION%, filled in here with the English edition's.
 */
function siteMetadata(): Plugin {
  const values: Record<string, string> = { SITE_TITLE: SITE_TITLE.en, SITE_DESCRIPTION: SITE_DESCRIPTION.en };
  return {
    name: 'site-metadata',
    transformIndexHtml: {
      order: 'pre',
      handler(html, { filename }) {
        const filled = html
          .replace(/[ \t]*<!-- %SITE_[^>]*-->\n?/g, '')
          .replace(/%(SITE_[A-Z_]+)%/g, (placeholder, name: string) => {
            const value = values[name];
            if (value === undefined) throw new Error(`${filename}: no value for ${placeholder}`);
            return escapeHtml(value);
          });
        return filled;
      },
    },
  };
}

/**
 * Run every cross-file check on public/data as the build ships it, and tell the page each file's hash
 * (`__VERIFIED_DATA__`, read by src/data/load.ts): sections whose files match then render without downloading
 * the checks. If any check fails, no file is vouched for, the page checks everything and shows the problem in
 * its section, and the build says so here.
 */
function verifiedData(): Plugin {
  return {
    name: 'verified-data',
    async config() {
      // Through Vite's module runner, as the app's own code (not bundled into this config).
      const { module } = await runnerImport<typeof CheckedModule>(fromRoot('./src/data/checked.ts'), {
        configFile: false,
        logLevel: 'error',
      });
      const { hashes, problems } = module.verifiedHashes((file) =>
        readFileSync(fromRoot(`./public/data/${file}`), 'utf8'),
      );
      for (const problem of problems.slice(0, 5)) console.warn(`public/data: ${problem}`);
      if (problems.length) console.warn('public/data has problems: the page will check every file when it loads.');
      return { define: { __VERIFIED_DATA__: JSON.stringify(hashes) } };
    },
  };
}

/**
 * The heights the page reserves for the parts it skips while far off screen, measured into
 * src/app/section-heights.json (scripts/measure-section-heights.mjs), as the CSS module `virtual:section-heights.css`.
 */
function sectionHeights(): Plugin {
  const id = 'virtual:section-heights.css';
  const file = fromRoot('./src/app/section-heights.json');
  return {
    name: 'section-heights',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(loading) {
      if (loading !== `\0${id}`) return undefined;
      this.addWatchFile(file);
      return sectionHeightsCss(JSON.parse(readFileSync(file, 'utf8')));
    },
  };
}

export default defineConfig({
  // Relative asset URLs, so dist/ works under any sub-path.
  base: './',
  plugins: [react(), tailwindcss(), siteMetadata(), verifiedData(), sectionHeights(), previewHeaders()],
  // Pages are files (index.html, zh-Hans/, embed/…): an address with no file is a 404, as on a static host, not the
  // main page (Vite's default single-page fallback).
  appType: 'mpa',
  // `npm run preview`: dist/ on this machine only, at 4173 or the next free port. No CORS of Vite's own (it lets any
  // localhost page read every file): previewHeaders says what other sites may read.
  preview: { port: 4173, strictPort: false, host: '127.0.0.1', cors: false },
  build: {
    target: 'es2022',
    // No modulepreload polyfill: a browser without modulepreload (Safari before 17) still loads every module, only
    // without the head start, and the rest pay no first-load bytes for it.
    modulePreload: { polyfill: false },
    // Never inline assets as data: URIs; they would be blocked by CSP `default-src 'self'`.
    assetsInlineLimit: 0,
    rolldownOptions: {
      input: {
        main: fromRoot('./index.html'),
        embed: fromRoot('./embed.html'),
      },
    },
  },
});
