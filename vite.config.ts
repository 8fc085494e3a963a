import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { SITE_DESCRIPTION, SITE_TITLE } from './src/lib/ui-strings.ts';

const fromRoot = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

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

export default defineConfig({
  // Relative asset URLs, so dist/ works under any sub-path.
  base: './',
  plugins: [react(), tailwindcss(), siteMetadata()],
  build: {
    target: 'es2022',
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
