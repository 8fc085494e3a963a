/**
 * Every email picture of both editions, before drawing: one per thing a blogger can embed (each step of a case,
 * each penalty chart, each checked claim) and a summary card per whole view. scripts/pictures.mjs bundles this
 * module and draws them (render.ts, with the fonts from npm packages) into dist/pictures/email.<key>.<lang>.png with
 * dist/pictures/email.json; and the link-preview cards, dist/pictures/card.<main|view>.<lang>.png with
 * dist/pictures/manifest.json.
 */
import { LOCALES } from '../../lib/locales';
import { editionCards } from '../card';
import { loadEdition, parseFiles, type Env, type ReadDataText } from '../edition';
import { chartPictures } from './charts';
import { claimPictures } from './claims';
import type { EmailPicture } from './frame';
import { stepPictures } from './steps';
import { summaryPictures } from './summaries';

export { loadSatoriFonts } from './fonts';
export { buildCardManifest, buildEmailManifest, drawEmail } from './render';

export function emailPictures(read: ReadDataText, env: Env): EmailPicture[] {
  const files = parseFiles(read);
  return LOCALES.flatMap((locale) => {
    const edition = loadEdition(files, read, locale, env);
    return [
      ...summaryPictures(edition),
      ...stepPictures(edition, 'alexa'),
      ...stepPictures(edition, 'ring'),
      ...chartPictures(edition),
      ...claimPictures(edition),
    ];
  });
}

/** The link-preview cards (../card.tsx) of both editions. */
export function cardPictures(read: ReadDataText): EmailPicture[] {
  const files = parseFiles(read);
  return LOCALES.flatMap((locale) => editionCards(loadEdition(files, read, locale)));
}
