// A dependency-free static file server for dist/, for the browser tests and the bench (tests/helpers/static-server.ts
// re-exports it): it injects faults (a file served as 500, a body overridden) where a test needs them. `npm run preview`
// is Vite's own (vite.config.ts, previewHeaders).
import { constants } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { open, readlink, realpath } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';

/** Files other origins fetch: the loaders, the oEmbed documents, the pictures. */
const SHARED_FILES = /[\\/](embed(\.v\d+\.[0-9a-f]+)?\.js|oembed[\\/][^\\/]+\.json|pictures[\\/][^\\/]+)$/;

/** @type {Record<string, string>} */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

/**
 * @typedef {object} Override
 * @property {number} [status] HTTP status, default 200
 * @property {string | Uint8Array} body
 * @property {string} [contentType] default: from the path's extension
 */

/**
 * @typedef {object} StaticServerOptions
 * @property {string} root directory to serve (e.g. dist/)
 * @property {string} [basePath] URL prefix the root is mounted under, e.g. '/some/sub/path/'; default '/'
 * @property {Record<string, string>} [headers] added to every response (e.g. a Content-Security-Policy)
 * @property {(path: string) => Record<string, string>} [headersFor] added to the response for a path relative to the
 *   root (`index.html`, `embed/ring.html`), after `headers`: a policy that differs by page
 * @property {Record<string, Override>} [overrides] path relative to root (e.g. 'data/cases.json') → canned response
 * @property {boolean} [compress] gzip text responses when the client accepts it, as real static hosts do (default true)
 */

/**
 * @typedef {object} StaticServer
 * @property {string} url base URL including basePath, ending in '/'
 * @property {number} port
 * @property {() => Promise<void>} close
 */

/** @param {string} basePath */
function normaliseBase(basePath) {
  let base = basePath.startsWith('/') ? basePath : `/${basePath}`;
  if (!base.endsWith('/')) base += '/';
  return base;
}

/** Content types worth gzipping. */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json)|image\/svg\+xml)/;

/** @param {string} path */
function contentTypeOf(path) {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Start a static server on 127.0.0.1 (port 0 = any free port unless given).
 * @param {StaticServerOptions & { port?: number, host?: string }} options
 * @returns {Promise<StaticServer>}
 */
export async function startStaticServer({
  root,
  basePath = '/',
  headers = {},
  headersFor = () => ({}),
  overrides = {},
  compress = true,
  port = 0,
  host = '127.0.0.1',
}) {
  const rootDir = resolve(root);
  const realRoot = realpath(rootDir);
  // Every response: no content-type sniffing.
  headers = { 'X-Content-Type-Options': 'nosniff', ...headers };
  const base = normaliseBase(basePath);
  /** @type {Map<string, Override>} */
  const overrideMap = new Map(Object.entries(overrides).map(([path, value]) => [path.replace(/^\.?\/+/, ''), value]));

  /** @type {Map<string, Buffer>} */
  const gzipCache = new Map();
  const server = createServer((req, res) => {
    /** The headers for this request's path, once it is known. */
    let pathHeaders = {};
    /**
     * @param {number} status
     * @param {string} type
     * @param {string | Uint8Array} [body]
     */
    const send = (status, type, body) => {
      res.writeHead(status, { ...headers, ...pathHeaders, 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(405, 'text/plain; charset=utf-8', 'Method Not Allowed');
      return;
    }

    let pathname;
    try {
      // The request target is a path (`//a.html` included: not the address of a host called a.html), or, from a
      // proxy, a whole address.
      const target = req.url ?? '/';
      pathname = decodeURIComponent(new URL(target.startsWith('/') ? `http://localhost${target}` : target).pathname);
    } catch {
      send(400, 'text/plain; charset=utf-8', 'Bad Request');
      return;
    }
    if (pathname.includes('\0')) {
      send(400, 'text/plain; charset=utf-8', 'Bad Request');
      return;
    }
    if (`${pathname}/` === base) {
      // '/sub/path' → '/sub/path/' so relative asset URLs resolve under the mount.
      res.writeHead(301, { ...headers, Location: base });
      res.end();
      return;
    }
    if (!pathname.startsWith(base)) {
      send(404, 'text/plain; charset=utf-8', 'Not Found');
      return;
    }

    let rel = pathname.slice(base.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    pathHeaders = headersFor(rel);

    const override = overrideMap.get(rel);
    if (override) {
      send(override.status ?? 200, override.contentType ?? contentTypeOf(rel), override.body);
      return;
    }

    // No dotfiles (.git, .env, .htaccess): not part of any site.
    if (rel.split(/[\\/]/).some((segment) => segment.startsWith('.'))) {
      send(404, 'text/plain; charset=utf-8', 'Not Found');
      return;
    }
    const file = resolve(rootDir, rel);
    if (file !== rootDir && !file.startsWith(rootDir + sep)) {
      send(404, 'text/plain; charset=utf-8', 'Not Found');
      return;
    }

    // Only files inside the root, symbolic links followed: a link that leads out of it is not served. The file is
    // opened once, by the path that was checked (no link to follow again: O_NOFOLLOW), and everything after (its
    // size, its bytes) comes from that handle, so a link swapped between the check and the read changes nothing.
    // Where the system says what a handle opened (/proc on Linux), that is checked too: a folder on the way swapped
    // for a link would be caught there.
    /** @type {import('node:fs/promises').FileHandle | undefined} */
    let handle;
    Promise.all([realpath(file), realRoot])
      .then(async ([real, realRootDir]) => {
        if (!real.startsWith(realRootDir + sep)) throw new Error('outside the root');
        handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW);
        const opened = await readlink(`/proc/self/fd/${handle.fd}`).catch(() => real);
        if (opened !== real) throw new Error('moved while opening');
        return handle.stat();
      })
      .then(
        async (info) => {
          if (!handle || !info.isFile()) {
            await handle?.close();
            send(404, 'text/plain; charset=utf-8', 'Not Found');
            return;
          }
          const type = contentTypeOf(file);
          // What other sites load from us (the loader with its integrity check, oEmbed documents, pictures) is
          // public: any origin may read it, without credentials.
          const cors = SHARED_FILES.test(file) ? { 'Access-Control-Allow-Origin': '*' } : {};
          const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
          if (compress && accepts && COMPRESSIBLE.test(type)) {
            const key = `${file}:${info.mtimeMs}:${info.size}`;
            let gzipped = gzipCache.get(key);
            if (!gzipped) {
              gzipped = gzipSync(await handle.readFile(), { level: 9 });
              gzipCache.set(key, gzipped);
            }
            await handle.close();
            res.writeHead(200, {
              ...headers,
              ...pathHeaders,
              ...cors,
              'Content-Type': type,
              'Content-Encoding': 'gzip',
              Vary: 'Accept-Encoding',
              'Content-Length': String(gzipped.length),
              'Cache-Control': 'no-cache',
            });
            res.end(req.method === 'HEAD' ? undefined : gzipped);
            return;
          }
          res.writeHead(200, {
            ...headers,
            ...pathHeaders,
            ...cors,
            'Content-Type': type,
            'Content-Length': String(info.size),
            'Cache-Control': 'no-cache',
          });
          if (req.method === 'HEAD') {
            await handle.close();
            res.end();
            return;
          }
          // The stream closes the handle when it ends (or fails).
          const stream = handle.createReadStream({ end: Math.max(0, info.size - 1) });
          stream.on('error', () => res.destroy());
          stream.pipe(res);
        },
        () => {
          void handle?.close().catch(() => {});
          send(404, 'text/plain; charset=utf-8', 'Not Found');
        },
      )
      .catch(() => res.destroy());
  });

  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, host, () => resolveListen(undefined));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('static server: no TCP address');

  return {
    url: `http://${host}:${address.port}${base}`,
    port: address.port,
    close: () =>
      new Promise((resolveClose, rejectClose) => {
        server.closeAllConnections();
        server.close((error) => (error ? rejectClose(error) : resolveClose(undefined)));
      }),
  };
}
