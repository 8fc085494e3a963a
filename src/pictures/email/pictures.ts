/**
 * Every email picture of both editions, before drawing: one per thing a blogger can embed (each step of a case,
 * each penalty chart, each checked claim) and a summary card per whole view. scripts/pictures.mjs draws them
 * (render.ts) into dist/pictures/email.<key>.<lang>.png with dist/pictures/email.json.
 */
import { LOCALES } from '../../lib/locales';
import { parseFiles, type ReadDataText } from '../edition';
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
