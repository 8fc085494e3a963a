import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Builds the host-side loader to dist/embed.js: one small dependency-free script, no hash in its name. */
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2019',
    lib: {
      entry: fileURLToPath(new URL('./src/embed-loader.ts', import.meta.url)),
      formats: ['iife'],
      name: 'AmazonPrivacyExplainerEmbed',
      fileName: () => 'embed.js',
    },
  },
});
