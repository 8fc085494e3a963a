/**
 * Every email picture of both editions, before drawing: one per thing a blogger can embed (each step of a case,
 * each penalty chart, each checked claim) and a summary card per whole view. scripts/pictures.mjs draws them
 * (render.ts) into dist/pictures/email.<key>.<lang>.png with dist/pictures/email.json; and the link-preview cards,
 * dist/pictures/card.<main|view>.<lang>.png with dist/pictures/manifest.json.
 */
import { LOCALES } from '../../lib/locales';
import { EDITION_PATHS, embedPagePath } from '../../lib/site';
import { SECTION_IDS } from '../../lib/ui-strings';
import { caseCard, mainCard, penaltiesCard, sourcesCard } from '../card';
import { loadEdition, parseFiles, type Edition, type ReadDataText } from '../edition';
import { emailContext, type Env } from './context';
import type { EmailPicture } from './picture';
import { chartPictures } from './charts';
import { claimPictures } from './claims';
import { stepPictures } from './steps';
import { summaryPictures } from './summaries';

export function emailPictures(read: ReadDataText, env: Env): EmailPicture[] {
  const files = parseFiles(read);
  return LOCALES.flatMap((locale) => {
    const context = emailContext(files, read, locale, env);
    return [
      ...summaryPictures(context),
      ...stepPictures(context, 'alexa'),
      ...stepPictures(context, 'ring'),
      ...chartPictures(context),
      ...claimPictures(context),
    ];
  });
}

const CARDS = {
  alexa: (edition: Edition, page: string) => caseCard(edition, page, 'alexa'),
  ring: (edition: Edition, page: string) => caseCard(edition, page, 'ring'),
  penalties: penaltiesCard,
  sources: sourcesCard,
};

/** The link-preview cards (../card.tsx): the main page's in each edition, and each whole view's embed page's. */
export function cardPictures(read: ReadDataText): EmailPicture[] {
  const files = parseFiles(read);
  return LOCALES.flatMap((locale) => {
    const edition = loadEdition(files, read, locale);
    return [
      mainCard(edition, `${EDITION_PATHS[locale]}index.html`),
      ...SECTION_IDS.map((view) => CARDS[view](edition, embedPagePath(view, locale))),
    ];
  });
}
