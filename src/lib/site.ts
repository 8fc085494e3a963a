/**
 * Where the explainer's pages are, relative to one another. Every page is a static file: the English main page
 * at the site root, the Chinese edition one folder down (`zh-Hans/`), each embed view in each edition in
 * `embed/` (`embed/penalties.zh-Hans.html`). A prerendered page names its way back to the root in
 * `<meta name="explainer-root" content="../">`, so data files, links between editions and embed codes work under
 * any sub-path, and never lead to another host.
 */
import { LOCALES, type Locale } from './locales';

/** Each edition's main page, relative to the site root. */
export const EDITION_PATHS: Record<Locale, string> = { en: '', 'zh-Hans': 'zh-Hans/' };

/** The way from a page (its path under the site root) back to the root: '', `../`, `../../`. */
export const upToRoot = (path: string) => '../'.repeat(path.split('/').length - 1);

/**
 * An embed view's static page in an edition, relative to the site root: the whole view (`embed/ring.html`) or one
 * part of it (`embed/ring.step.zh-Hans.html`, `embed/penalties.chart-time.html`).
 */
export function embedPagePath(view: string, locale: Locale, part?: string | null): string {
  return `embed/${view}${part ? `.${part}` : ''}${locale === 'en' ? '' : `.${locale}`}.html`;
}

/** What a claim id looks like (the data's ids: lower-case words joined by hyphens). */
const CLAIM_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The claim a view shows alone: only the sources view has claim cards, and only a well-formed id is taken (the
 * loader's `data-claim`, an embed's `card=`, the Embed dialog's chosen claim).
 */
export function singleClaim(view: string | null, claim: string | null | undefined): string | null {
  const id = (claim ?? '').trim();
  return view === 'sources' && id.length <= 60 && CLAIM_ID_PATTERN.test(id) ? id : null;
}

/** The single-claim embed's static page: `embed/claims/two-days.zh-Hans.html`. */
export function claimPagePath(claimId: string, locale: Locale): string {
  return `embed/claims/${claimId}${locale === 'en' ? '' : `.${locale}`}.html`;
}

/** The site root as the page says (its `explainer-root` meta, else the page's own folder). */
export function siteRoot(doc: Document = document): URL {
  const back = doc.querySelector('meta[name="explainer-root"]')?.getAttribute('content') ?? './';
  const root = new URL(/^(\.\.\/)*$|^\.\/$/.test(back) ? back : './', doc.baseURI);
  root.search = '';
  root.hash = '';
  return root;
}

/**
 * The site's address for what others paste (the Embed dialog's snippets): the build's SITE_URL, which the
 * prerender names in `<meta name="explainer-site">`, so a copy served elsewhere (a mirror, a proxy) still hands
 * out the canonical site; else the page's own root (the dev server, a build without SITE_URL).
 */
export function canonicalRoot(doc: Document = document): URL {
  const site = doc.querySelector('meta[name="explainer-site"]')?.getAttribute('content') ?? '';
  try {
    const url = new URL(site);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url;
  } catch {
    // No SITE_URL, or not an address: the page's own root.
  }
  return siteRoot(doc);
}

/** An edition's main page, as an absolute address under `root`. */
export function editionUrl(locale: Locale, root: URL = siteRoot()): URL {
  return new URL(EDITION_PATHS[locale], root);
}

/**
 * A page's canonical link and, for a main page, its hreflang alternates (both editions and x-default), as
 * absolute addresses under `root`: search engines want them absolute, and only the build's SITE_URL or the
 * browser knows the host. An embed page's canonical is its section on its edition's page.
 */
export function editionLinks(
  locale: Locale,
  view: string | null,
  root: URL,
): Array<[rel: string, hreflang: string | null, href: string]> {
  if (view) return [['canonical', null, `${editionUrl(locale, root).href}#${view}`]];
  return [
    ['canonical', null, editionUrl(locale, root).href],
    ...LOCALES.map((option): [string, string, string] => ['alternate', option, editionUrl(option, root).href]),
    ['alternate', 'x-default', editionUrl('en', root).href],
  ];
}

/** Put those links in the document's head, replacing any there. */
export function applyEditionLinks(
  locale: Locale,
  view: string | null,
  root: URL = siteRoot(),
  doc: Document = document,
): void {
  for (const old of doc.head.querySelectorAll('link[rel="alternate"][hreflang], link[rel="canonical"]')) old.remove();
  for (const [rel, hreflang, href] of editionLinks(locale, view, root)) {
    const link = doc.createElement('link');
    link.rel = rel;
    if (hreflang) link.hreflang = hreflang;
    link.href = href;
    doc.head.append(link);
  }
}
