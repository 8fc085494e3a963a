/**
 * Embed parameters: `embed.html?view=penalties&theme=dark&lang=en&id=e1` plus each section's own state
 * (the same query names the main page uses, so "Open the full explainer" carries the state across; each
 * section's are in the section registry, src/lib/ui-strings.ts).
 * Pure functions; bad values fall back to safe defaults.
 */
import { LOCALES, parseLocale, type Locale } from '../../lib/locale';
import { EDITION_PATHS, claimPagePath, embedPagePath, singleClaim } from '../../lib/site';
import { EMBED_ID_PATTERN, MAX_PARAM_LENGTH, THEMES, type Theme } from './messages';
import { SECTIONS, embedPart, isSectionId, stateParams, type SectionId } from '../../lib/ui-strings';

export interface EmbedParams {
  /** null when the view is missing or unknown. */
  view: SectionId | null;
  /** What the URL asked for, for the "unknown view" message (trimmed, length-limited). */
  requestedView: string;
  theme: Theme;
  lang: Locale;
  /** The id the loader gave this frame, echoed in height messages. */
  id: string;
  /** The section's own state parameters, passed through as they came. */
  state: Record<string, string>;
  /** The sources view as a single-claim card: the claim's id (`card=two-days`), or null for the whole view. */
  card: string | null;
  /** The part of the view shown alone (`step`, `chart-time`: the registry's `parts`), or null for the whole view. */
  part: string | null;
  /** `bg=page`: the explainer's own background; by default the embed is transparent and the host shows through. */
  solid: boolean;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

export function parseEmbedParams(search: string): EmbedParams {
  const params = new URLSearchParams(search);
  const rawView = (params.get('view') ?? '').trim().slice(0, MAX_PARAM_LENGTH);
  const view = isSectionId(rawView) ? rawView : null;
  const id = params.get('id') ?? '';
  const state: Record<string, string> = {};
  if (view) {
    for (const name of stateParams(view)) {
      const value = params.get(name);
      if (value !== null && value.length <= MAX_PARAM_LENGTH) state[name] = value;
    }
  }
  return {
    view,
    requestedView: rawView,
    card: singleClaim(view, params.get('card')),
    part: view ? embedPart(view, params.get('part')) : null,
    solid: params.get('bg') === 'page',
    theme: oneOf(params.get('theme'), THEMES, 'auto'),
    // Read as the main page reads it: `zh`, `zh-CN` and `zh-Hans` all give the Chinese edition.
    lang: parseLocale(params.get('lang')) ?? 'en',
    id: EMBED_ID_PATTERN.test(id) ? id : '',
    state,
  };
}

/** The view's state values that are set, in the registry's order (`get` reads one by name). */
function stateEntries(view: SectionId, get: (name: string) => string | null | undefined): Array<[string, string]> {
  return stateParams(view).flatMap((name) => {
    const value = get(name);
    return value ? [[name, value]] : [];
  });
}

/**
 * The address of an embed's static page (embed/<view>[.zh-Hans].html) under the site root, with the state and
 * options the page reads from its query: `https://host/x/embed/ring.zh-Hans.html?theme=dark&ring-step=4`.
 */
export function embedPageUrl(
  view: SectionId,
  state: Record<string, string | null | undefined>,
  options: { theme?: Theme; id?: string; part?: string | null; solid?: boolean },
  root: string,
): string {
  const lang = oneOf(state.lang ?? null, LOCALES, 'en');
  // A sources embed with a claim is that claim's card, on its own page (no viewer state to carry).
  const claim = singleClaim(view, state.claim);
  const params = new URLSearchParams();
  if (options.theme && options.theme !== 'auto') params.set('theme', options.theme);
  if (options.id) params.set('id', options.id);
  if (!claim) for (const [name, value] of stateEntries(view, (name) => state[name])) params.set(name, value);
  if (options.solid) params.set('bg', 'page');
  const search = params.size ? `?${params.toString()}` : '';
  const page = claim ? claimPagePath(claim, lang) : embedPagePath(view, lang, options.part);
  return new URL(`${page}${search}`, root).href;
}

/**
 * The edition's main page at the same section and state, relative to the embed page: `../zh-Hans/?alexa-step=3#alexa`
 * from embed/alexa.zh-Hans.html, whose way back to the site root (`root`) is `../`.
 */
export function fullExplainerUrl(view: SectionId, state: Record<string, string>, locale: Locale, root: string): string {
  const params = new URLSearchParams(stateEntries(view, (name) => state[name]));
  const search = params.size ? `?${params.toString()}` : '';
  const page = `${root === './' ? '' : root}${EDITION_PATHS[locale]}` || './';
  return `${page}${search}#${view}`;
}

/** The current state of a section on the main page, read from the page's query string. */
export function currentState(view: SectionId, search: string): Record<string, string> {
  const params = new URLSearchParams(search);
  return Object.fromEntries(stateEntries(view, (name) => params.get(name)));
}

/** The step a case's state names (`alexa-step`: the parameter the registry gives the `step` attribute), if any. */
export function stateStep(view: SectionId, state: Record<string, string | null | undefined>): string | undefined {
  const param = Object.entries(SECTIONS[view].params).find(([, attribute]) => attribute === 'step')?.[0];
  return (param && state[param]) || undefined;
}
