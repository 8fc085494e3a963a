import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { PROTOCOL_VERSION } from './src/features/embed/messages.ts';
import { SECTIONS } from './src/lib/ui-strings.ts';

const HEIGHT_HINTS_FILE = fileURLToPath(new URL('./src/features/embed/height-hints.generated.json', import.meta.url));

/**
 * Writes each section's embed height from the registry (src/lib/ui-strings.ts) to a JSON file, for the benchmark's
 * host page (scripts/bench.mjs, plain Node, reads JSON and not TypeScript). Generated, not edited: written only
 * when it changes; tests/unit/sections.test.ts fails if it is out of date.
 */
function heightHintsFile(): Plugin {
  return {
    name: 'height-hints-file',
    buildStart() {
      const hints = Object.fromEntries(Object.entries(SECTIONS).map(([id, section]) => [id, section.embedHeight]));
      const json = `${JSON.stringify(hints)}\n`;
      let current = '';
      try {
        current = readFileSync(HEIGHT_HINTS_FILE, 'utf8');
      } catch {
        // Not written yet.
      }
      if (current !== json) writeFileSync(HEIGHT_HINTS_FILE, json);
    },
  };
}

const CLAIM_PAGES_FILE = fileURLToPath(new URL('./src/features/embed/claim-pages.generated.json', import.meta.url));
const CLAIMS_DATA = fileURLToPath(new URL('./public/data/claims.json', import.meta.url));

/**
 * Writes the ids of the claims the prerender gives a page of their own (embed/claims/<id>.html: one per claim in
 * public/data/claims.json) for the loader, which sends a placeholder asking for any other claim to embed.html,
 * where the card says it does not know that claim and lists those it does, instead of the host's 404 page.
 * Generated, not edited: written only when it changes; tests/unit/embed-loader.test.ts fails if it is out of date.
 */
function claimPagesFile(): Plugin {
  return {
    name: 'claim-pages-file',
    buildStart() {
      const { claims } = JSON.parse(readFileSync(CLAIMS_DATA, 'utf8')) as { claims: Array<{ id: string }> };
      const json = `${JSON.stringify(claims.map((claim) => claim.id))}\n`;
      let current = '';
      try {
        current = readFileSync(CLAIM_PAGES_FILE, 'utf8');
      } catch {
        // Not written yet.
      }
      if (current !== json) writeFileSync(CLAIM_PAGES_FILE, json);
    },
  };
}

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
  plugins: [heightHintsFile(), claimPagesFile(), versionedLoader()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2019',
    // The registry module also holds the page's UI strings, which read SITE_TITLE: without this, those unused
    // reads (`SITE_TITLE.en`) would stay in the bundle as bare expressions.
    rolldownOptions: { treeshake: { propertyReadSideEffects: false } },
    lib: {
      entry: fileURLToPath(new URL('./src/embed-loader.ts', import.meta.url)),
      formats: ['iife'],
      name: 'AmazonPrivacyExplainerEmbed',
      fileName: () => 'embed.js',
    },
  },
});
