import { EmbedPage } from './app/embed-page';
import { applyEmbedMetadata, setDocumentLang } from './app/page-metadata';
import { startApp } from './app/start-app';
import { parseEmbedParams } from './features/embed/params';
import type { Locale } from './lib/locale';
import { publisherInPage } from './lib/publisher';

/** A static embed page's own view and edition (from its meta and `<html lang>`), or null for embed.html. */
export interface StaticEmbed {
  view: string;
  lang: Locale;
  /** A single-claim page's claim (its `explainer-claim` meta), else null. */
  claim: string | null;
  /** The part of the view the page shows alone (its `explainer-part` meta: `step`, `chart-time`), else null. */
  part: string | null;
  /** The way back to the site root (its `explainer-root` meta): `../`, or `../../` from embed/claims/. */
  root: string;
}

/**
 * Start an embed page. A static one (embed/penalties.zh-Hans.html) is prerendered for one view in one edition and
 * is hydrated; its query carries only the frame's id, the theme and the view's state. embed.html is the older,
 * script-drawn page for any view (`embed.html?view=penalties&lang=zh-Hans`), kept for snippets already pasted.
 */
export function startEmbed(root: HTMLElement, page: StaticEmbed | null): void {
  const search = new URLSearchParams(window.location.search);
  if (page) {
    search.set('view', page.view);
    search.set('lang', page.lang);
    if (page.claim) search.set('card', page.claim);
    else search.delete('card');
    search.set('part', page.part ?? 'full');
  }
  const params = parseEmbedParams(`?${search.toString()}`);
  // A single-claim page keeps its prerendered title and preview (led by the record, claimPages in entry-server).
  if (page?.claim) setDocumentLang(params.lang);
  else applyEmbedMetadata(params.view, params.lang);
  startApp(
    root,
    params.lang,
    <EmbedPage params={params} root={page?.root} publisher={publisherInPage(document) ?? undefined} />,
    page !== null,
  );
}
