/**
 * Where the explainer's pages are, relative to one another. Every page is a static file: the English main page
 * at the site root, the Chinese edition one folder down (`zh-Hans/`), each embed view in each edition in
 * `embed/` (`embed/penalties.zh-Hans.html`). A prerendered page names its way back to the root in
 * `<meta name="explainer-root" content="../">`, so data files, links between editions and embed codes work under
 * any sub-path, and never lead to another host.
 */
import type { Locale } from './locale';

/** Each edition's main page, relative to the site root. */
export const EDITION_PATHS: Record<Locale, string> = { en: '', 'zh-Hans': 'zh-Hans/' };

/** An embed view's static page in an edition, relative to the site root. */
export function embedPagePath(view: string, locale: Locale): string {
  return `embed/${view}${locale === 'en' ? '' : `.${locale}`}.html`;
}

/** The site root as the page says (its `explainer-root` meta, else the page's own folder). */
export function siteRoot(doc: Document = document): URL {
  const back = doc.querySelector('meta[name="explainer-root"]')?.getAttribute('content') ?? './';
  const root = new URL(/^(\.\.\/)*$|^\.\/$/.test(back) ? back : './', doc.baseURI);
  root.search = '';
  root.hash = '';
  return root;
}

/** An edition's main page, as an absolute address under `root`. */
export function editionUrl(locale: Locale, root: URL = siteRoot()): URL {
  return new URL(EDITION_PATHS[locale], root);
}
