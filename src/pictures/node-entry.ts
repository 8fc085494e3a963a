/** What scripts/pictures.mjs needs, in one bundle: the pictures, the system fonts, and the rasteriser. */
export { buildManifest, renderPictures, type Manifest, type Picture } from './entry';
export { loadSystemFonts } from './fonts';
export { rasterize } from './raster';
