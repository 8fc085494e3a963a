import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { PROTOCOL_VERSION } from './src/features/embed/messages.ts';

/**
 * A plugin writing `value()` as JSON to `file` at the start of each build: generated, not edited, and written only
 * when it changes (so a build does not touch an up-to-date file). A unit test fails if the committed file is stale.
 */
function generatedJsonFile(name: string, file: string, value: () => unknown): Plugin {
  const path = fileURLToPath(new URL(file, import.meta.url));
  return {
    name,
    buildStart() {
      const json = `${JSON.stringify(value())}\n`;
      let current = '';
      try {
        current = readFileSync(path, 'utf8');
      } catch {
        // Not written yet.
      }
      if (current !== json) writeFileSync(path, json);
    },
  };
}

/**
 * The ids of the claims the prerender gives a page of their own (embed/claims/<id>.html: one per claim in
 * public/data/claims.json), for the loader. It sends a placeholder asking for any other claim to embed.html, where
 * the card says it does not know that claim and lists those it does, instead of the host's 404 page;
 * tests/unit/embed-loader.test.ts checks it.
 */
const claimPagesFile = () =>
  generatedJsonFile('claim-pages-file', './src/features/embed/claim-pages.generated.json', () => {
    const data = readFileSync(new URL('./public/data/claims.json', import.meta.url), 'utf8');
    return (JSON.parse(data) as { claims: Array<{ id: string }> }).claims.map((claim) => claim.id);
  });

/**
 * Beside dist/embed.js (the address of snippets already pasted), the same loader under a versioned, immutable
 * name, embed.v<protocol>.<hash>.js, and dist/embed-loader.json naming it with its Subresource Integrity hash:
 * the Embed dialog's snippet loads that file with `integrity`, so a changed file on the host is refused, not run.
 */
function versionedLoader(): Plugin {
  return {
    name: 'versioned-loader',
    writeBundle({ dir = 'dist' }) {
      const code = readFileSync(join(dir, 'embed.js'));
      const hash = createHash('sha256').update(code).digest('hex').slice(0, 10);
      const file = `embed.v${PROTOCOL_VERSION}.${hash}.js`;
      writeFileSync(join(dir, file), code);
      const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
      writeFileSync(
        join(dir, 'embed-loader.json'),
        `${JSON.stringify({ file, integrity, version: PROTOCOL_VERSION })}\n`,
      );
    },
  };
}

/** Builds the host-side loader to dist/embed.js: one small dependency-free script, and its versioned copy. */
export default defineConfig({
  publicDir: false,
  plugins: [claimPagesFile(), versionedLoader()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2019',
    // The registry module also holds the page's UI strings, which read SITE_TITLE: without this, those unused
    // reads (`SITE_TITLE.en`) would stay in the bundle as bare expressions.
    // No `Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' })` in the wrapper: with a host's
    // polluted Object.prototype (a `get` there), that descriptor throws before the loader starts (review 3, N9).
    rolldownOptions: {
      treeshake: { propertyReadSideEffects: false },
      output: { generatedCode: { symbols: false } },
    },
    lib: {
      entry: fileURLToPath(new URL('./src/embed-loader.ts', import.meta.url)),
      formats: ['iife'],
      name: 'AmazonPrivacyExplainerEmbed',
      fileName: () => 'embed.js',
    },
  },
});
