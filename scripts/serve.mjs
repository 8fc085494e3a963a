#!/usr/bin/env node
// `npm run preview`: serve dist/ with the same static server the browser tests use.
// PORT (default 4173), BASE_PATH (default '/'), HOST (default 127.0.0.1).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { STRICT_POLICY } from './lib/browser.mjs';
import { startStaticServer } from './static-server.mjs';

/** The pages other sites may frame. */
const EMBEDDABLE = /^(embed\/|embed\.html$)/;

const root = fileURLToPath(new URL('../dist/', import.meta.url));
if (!existsSync(`${root}index.html`)) {
  console.error('dist/index.html not found: run `npm run build` first.');
  process.exit(1);
}

const server = await startStaticServer({
  root,
  port: Number(process.env.PORT ?? 4173),
  host: process.env.HOST ?? '127.0.0.1',
  basePath: process.env.BASE_PATH ?? '/',
  // As a careful host would serve it (README, "Content-Security-Policy"): the strict policy, and nosniff, which the
  // server always sends. Other sites may frame the embed pages (embed/…, and the older embed.html) and no other page.
  headersFor: (path) => ({
    'Content-Security-Policy': `${STRICT_POLICY}; frame-ancestors ${EMBEDDABLE.test(path) ? '*' : "'self'"}`,
  }),
});
console.log(`Serving dist/ at ${server.url} (embed: ${server.url}embed.html). Ctrl+C to stop.`);

const stop = () => {
  server.close().finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
