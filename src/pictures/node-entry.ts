/** What scripts/pictures.mjs needs, in one bundle: the pictures, the fonts (from npm packages), the drawing. */
export { cardPictures, emailPictures } from './email/pictures';
export { loadSatoriFonts } from './email/fonts';
export { buildCardManifest, buildEmailManifest, drawEmail } from './email/render';
