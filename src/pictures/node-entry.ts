/** What scripts/pictures.mjs needs, in one bundle: the pictures, the fonts (from npm packages), and the rasteriser. */
export { buildManifest, renderPictures, type Manifest, type Picture } from './entry';
export { loadFonts } from './fonts';
export { rasterize } from './raster';
export { emailPictures } from './email/pictures';
export { loadSatoriFonts } from './email/fonts';
export { buildEmailManifest, drawEmail } from './email/render';
