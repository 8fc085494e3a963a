import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromRoot = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

export default defineConfig({
  // Relative asset URLs, so dist/ works under any sub-path.
  base: './',
  plugins: [react(), tailwindcss()],
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
