// The server lives in scripts/ as plain ESM (Node 20 cannot run .ts) so `npm run preview` can use it too.
export { CONTENT_TYPES, startStaticServer } from '../../scripts/static-server.mjs';
export type { Override, StaticServer, StaticServerOptions } from '../../scripts/static-server.mjs';
