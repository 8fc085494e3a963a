// The built site served by Vite's own preview server, as `npm run preview`, the browser tests, the bench and the
// measuring scripts serve it: with the headers a careful host sends (previewHeaders), on 127.0.0.1 at a free port.
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { STRICT_POLICY } from './browser.mjs';

/** The pages other sites may frame: the embeds (embed/…) and the older embed.html. */
const EMBEDDABLE = /^(embed\/|embed\.html$)/;
/** Files other origins fetch: the loaders, the oEmbed documents, the pictures. */
const SHARED_FILES = /(^|\/)(embed(\.v\d+\.[0-9a-f]+)?\.js|oembed\/[^/]+\.json|pictures\/[^/]+)$/;

/**
 * The file a request asks for, as a path under the site's `base` (`embed/ring.html`), decoded where it can be.
 * @param {string | undefined} url @param {string} base
 */
export function siteFile(url, base) {
  let path = (url ?? '/').split(/[?#]/)[0] ?? '/';
  try {
    path = decodeURIComponent(path);
  } catch {
    // Left as sent: vite answers it.
  }
  return path.startsWith(base) ? path.slice(base.length) : path.replace(/^\/+/, '');
}

/**
 * What a careful host sends (docs/embedding.md, "The explainer's own host"): the strict policy, which other sites
 * may frame only on the embed pages; nosniff; and, on what other sites load from us, `Access-Control-Allow-Origin:
 * *`; and no dotfile. Paths are taken relative to `base`, so a sub-path build is served the same way.
 * @returns {import('vite').Plugin}
 */
export function previewHeaders() {
  return {
    name: 'preview-headers',
    configurePreviewServer(server) {
      const base = server.config.base;
      server.middlewares.use((req, res, next) => {
        const rel = siteFile(req.url, base);
        const file = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
        res.setHeader('X-Content-Type-Options', 'nosniff');
        // No dotfiles (.env, .git): never part of a site, and Vite's preview would serve them.
        if (/(^|\/)\./.test(file)) {
          res.statusCode = 404;
          return res.end('Not Found');
        }
        res.setHeader(
          'Content-Security-Policy',
          `${STRICT_POLICY}; frame-ancestors ${EMBEDDABLE.test(file) ? '*' : "'self'"}`,
        );
        if (SHARED_FILES.test(file)) res.setHeader('Access-Control-Allow-Origin', '*');
        next();
      });
    },
  };
}

/**
 * @typedef {object} Served
 * @property {string} url the site's address, ending in '/' (with the sub-path, if any)
 * @property {() => Promise<void>} close
 */

/**
 * Serve a folder with Vite's preview server: the built site (`dist/`, with the host's headers) or any other folder
 * of static files, such as a test's blog page (`site: false`, with its own `headers` if any). Like a static host,
 * it answers an unknown path with a 404. `plugins` may add middleware (a test's faults: tests/helpers/serve.ts).
 * @param {{ root?: string | URL, base?: string, site?: boolean, headers?: Record<string, string>,
 *   host?: string, plugins?: import('vite').Plugin[] }} [options]
 * @returns {Promise<Served>}
 */
export async function servePreview(options = {}) {
  const { root = 'dist', base = '/', site = true, headers = {}, host = '127.0.0.1', plugins = [] } = options;
  const server = await preview({
    configFile: false,
    logLevel: 'silent',
    appType: 'mpa',
    base,
    root: process.cwd(),
    build: { outDir: root instanceof URL ? fileURLToPath(root) : root },
    plugins: [...(site ? [previewHeaders()] : []), ...plugins],
    // No CORS of Vite's own: it would let any page on this machine read every file (previewHeaders says who may).
    preview: { host, port: 0, strictPort: true, open: false, headers, cors: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview: no port');
  return { url: `http://${host}:${address.port}${base}`, close: () => server.close() };
}
