/**
 * What one placeholder on a host page asks for (src/features/embed/loader.ts): its data-* values, read safely, the
 * page of the view or part or claim it names, its frame's title and its starting height.
 */
import { claimPagePath, embedPagePath, singleClaim } from '../../lib/site';
import { embedPart, embedTitle, findSection } from '../../lib/ui-strings';
import { embedPageHeight, stepIndex } from './heights';
import { MAX_PARAM_LENGTH } from './messages';
// The claims with a static page of their own (embed/claims/<id>.html), as the build found them in the data.
import CLAIM_PAGES from './claim-pages.generated.json';

export interface PlaceholderOptions {
  view: string;
  dataset: Record<string, string | undefined>;
  id: string;
  /** The site root: the folder embed.js was loaded from. */
  root: string;
}

/** Whether the build made this claim a page of its own (embed/claims/<id>.html). */
export const hasClaimPage = (claim: string | null): claim is string => claim !== null && CLAIM_PAGES.includes(claim);

/**
 * The part of the view a placeholder asks for: `data-mode="full"` for the whole view, `data-chart="time"` for one
 * chart of the money view; otherwise the view's first part (one step of a case), as the registry says.
 */
export function placeholderPart(view: string, dataset: Record<string, string | undefined>): string | null {
  if (dataset.mode === 'full') return null;
  return embedPart(view, dataset.chart ? `chart-${dataset.chart}` : null);
}

/**
 * The iframe address for one placeholder: the view's static page in the asked edition, with the frame's id, the
 * theme and the view's state as query parameters. A sources placeholder with `data-claim` gets that claim's own
 * static page (embed/claims/two-days.html). An unknown view, or a claim with no page (renamed, mistyped, or added
 * to the data after the build), goes to embed.html?view=…, which explains in the asked edition.
 */
export function frameSrc({ view, dataset, id, root }: PlaceholderOptions): string {
  const known = findSection(view) !== undefined;
  const lang = dataset.lang === 'zh-Hans' ? 'zh-Hans' : 'en';
  const claim = singleClaim(view, dataset.claim);
  const page = hasClaimPage(claim)
    ? claimPagePath(claim, lang)
    : known && !claim
      ? embedPagePath(view, lang, placeholderPart(view, dataset))
      : 'embed.html';
  const url = new URL(page, root);
  if (page === 'embed.html') {
    url.searchParams.set('view', view);
    if (claim) url.searchParams.set('card', claim);
    if (lang !== 'en') url.searchParams.set('lang', lang);
  }
  url.searchParams.set('id', id);
  if (dataset.theme) url.searchParams.set('theme', dataset.theme);
  if (dataset.background === 'page') url.searchParams.set('bg', 'page');
  // The view's state, from the attributes the registry names (`data-step` for `alexa-step`); a claim's card has none.
  if (!claim) {
    for (const [param, attribute] of Object.entries(findSection(view)?.params ?? {})) {
      const value = dataset[attribute];
      if (value) url.searchParams.set(param, value);
    }
  }
  return url.href;
}

/** The host's own title if it gave one (clipped), else the section's title in the embed's language. */
export function frameTitle(view: string, dataset: Record<string, string | undefined>): string {
  return dataset.title?.slice(0, MAX_PARAM_LENGTH) || embedTitle(view, dataset.lang);
}

/**
 * A placeholder's data-* values, as own properties of an object with no prototype (a host script that wrote to
 * Object.prototype cannot add a title or a theme to every embed). A value longer than the embed page accepts is
 * dropped here rather than sent in an address that servers refuse (431); the title alone is kept, clipped.
 */
export function readDataset(placeholder: HTMLElement): Record<string, string | undefined> {
  const dataset: Record<string, string | undefined> = Object.create(null);
  // From the attributes, as `dataset` names them (data-explainer-view → explainerView): not Object.entries of the
  // DOMStringMap, whose property descriptors Chromium builds as plain objects that inherit a polluted `get`.
  for (const { name, value } of Array.from(placeholder.attributes)) {
    if (!name.startsWith('data-')) continue;
    const key = name.slice(5).replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
    if (key === 'title' || value.length <= MAX_PARAM_LENGTH) dataset[key] = value;
  }
  return dataset;
}

/**
 * A new frame's height: the host's `data-height` if it gave one, else the height its page has at `width` (measured
 * from the built pages: heights.ts), else the view's usual height.
 */
export function heightHint(view: string, dataset: Record<string, string | undefined>, width = 0): number {
  const asked = Number(dataset.height);
  if (Number.isFinite(asked) && asked >= 100 && asked <= 10_000) return Math.round(asked);
  const page = { part: placeholderPart(view, dataset), claim: singleClaim(view, dataset.claim) };
  return embedPageHeight(view, page, dataset.lang ?? 'en', stepIndex(view, dataset.step), width);
}
