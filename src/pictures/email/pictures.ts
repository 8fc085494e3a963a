/**
 * Every email picture of both editions, before drawing: one per thing a blogger can embed (each step of a case,
 * each penalty chart, each checked claim) and a summary card per whole view. scripts/pictures.mjs draws them
 * (render.ts) into dist/pictures/email.<key>.<lang>.png with dist/pictures/email.json.
 */
import { LOCALES } from '../../lib/locales';
import { parseFiles, type ReadDataText } from '../edition';
import { emailContext, type Env } from './context';
import type { EmailPicture } from './picture';
import { stepPictures } from './steps';

export function emailPictures(read: ReadDataText, env: Env): EmailPicture[] {
  const files = parseFiles(read);
  return LOCALES.flatMap((locale) => {
    const context = emailContext(files, read, locale, env);
    return [...stepPictures(context, 'alexa'), ...stepPictures(context, 'ring')];
  });
}
