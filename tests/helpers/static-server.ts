// The server lives in scripts/ as plain ESM (Node 20 cannot run .ts) so the bench and the scripts can use it too.
export { startStaticServer } from '../../scripts/static-server.mjs';
export type { StaticServer } from '../../scripts/static-server.mjs';
