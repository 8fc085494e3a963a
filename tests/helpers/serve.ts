import type { Plugin } from 'vite';
import { servePreview, siteFile, type Served } from '../../scripts/lib/preview.mjs';
import { DIST_DIR } from './paths.ts';

export type { Served };

/** A canned answer for one path under the site, in place of the file. */
export interface Fault {
  /** HTTP status, default 200. */
  status?: number;
  body: string | Uint8Array;
  /** Default: JSON for .json, JavaScript for .js, else HTML. */
  contentType?: string;
}

const TYPES: Record<string, string> = { json: 'application/json', js: 'text/javascript' };

/** Vite middleware answering each faulted path (relative to the site's base) with its canned answer. */
function faultsPlugin(faults: Record<string, Fault>): Plugin {
  return {
    name: 'test-faults',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = siteFile(req.url, server.config.base);
        const fault = faults[path];
        if (!fault) return next();
        const type = fault.contentType ?? TYPES[path.split('.').pop() ?? ''] ?? 'text/html';
        res.writeHead(fault.status ?? 200, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' });
        res.end(fault.body);
      });
    },
  };
}

/**
 * The built site (dist/) on Vite's preview server with the host's headers, under `base` if given, with `faults`
 * answered in place of those files: a broken data file, a file edited on the host, a hijacked embed page.
 */
export function serveSite({ base = '/', faults }: { base?: string; faults?: Record<string, Fault> } = {}) {
  return servePreview({ root: DIST_DIR, base, plugins: faults ? [faultsPlugin(faults)] : [] });
}

/** A folder of plain static files (a test's blog pages), with the headers given and no others. */
export function serveFolder(root: string, headers: Record<string, string> = {}): Promise<Served> {
  return servePreview({ root, site: false, headers });
}
