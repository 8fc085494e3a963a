import { SECTIONS, embedTitle, type SectionId } from '../../lib/ui-strings';
import { SNIPPET_WIDTH, embedPageHeight, stepIndex } from './heights';
import { FRAME_SANDBOX, type Theme } from './messages';
import { embedPageUrl, fullExplainerUrl, stateStep } from './params';
import { singleClaim } from '../../lib/site';
import { own } from '../../lib/own';

/**
 * What a blogger chose to embed: a view, its state (the step, the claim: the main page's query names), the part
 * shown alone (`step`, `chart-time`; null for the whole view), the theme, and whether the explainer's own
 * background replaces the default transparent one.
 */
export interface EmbedChoice {
  view: SectionId;
  state: Record<string, string>;
  part: string | null;
  theme: Theme;
  solid?: boolean;
}

/** The height a snippet reserves: its page's, measured at a phone's width, else the view's usual height. */
export function snippetHeight({ view, state, part }: Pick<EmbedChoice, 'view' | 'state' | 'part'>): number {
  const page = { part, claim: singleClaim(view, state.claim) };
  return embedPageHeight(view, page, state.lang ?? 'en', stepIndex(view, stateStep(view, state)), SNIPPET_WIDTH);
}

/** Attribute-safe text for HTML snippets. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * data-* attributes for the loader snippet: the view, the part (`data-mode="full"` for a whole view that has parts,
 * `data-chart="time"` for a chart), the theme and background if not the defaults, and the view's state (named as
 * the registry says: `data-step`).
 */
function dataAttributes({ view, state, part, theme, solid }: EmbedChoice): string[] {
  const attributes = [`data-explainer-view="${view}"`];
  const claim = singleClaim(view, state.claim);
  if (!claim && part === null && SECTIONS[view].parts.length) attributes.push('data-mode="full"');
  if (part?.startsWith('chart-')) attributes.push(`data-chart="${escapeAttribute(part.slice('chart-'.length))}"`);
  if (theme !== 'auto') attributes.push(`data-theme="${theme}"`);
  if (solid) attributes.push('data-background="page"');
  const params: Readonly<Record<string, string>> = SECTIONS[view].params;
  for (const [name, value] of Object.entries(state)) {
    const attribute = own(params, name) ?? name;
    if (name === 'lang' && value === 'en') continue;
    attributes.push(`data-${attribute}="${escapeAttribute(value)}"`);
  }
  return attributes;
}

/** The loader's versioned file and its Subresource Integrity hash (dist/embed-loader.json, vite.loader.config.ts). */
export interface VersionedLoader {
  file: string;
  integrity: string;
}

/**
 * The paste-in snippet: a placeholder plus the loader script at the site root. The placeholder reserves the
 * embed's height on a phone (min-height) so the post does not jump when the script replaces it with the iframe;
 * the loader then gives the frame its page's height at the column's actual width and lifts that reservation. With
 * the versioned loader, the snippet names that exact file and its hash: a browser refuses the script if the file
 * on the host changes. Inside the placeholder, a link to the section on the explainer (titled as the frame would
 * be), which the loader replaces: a host that blocks the script (its CSP, an integrity mismatch, no JavaScript)
 * shows the link.
 */
export function scriptSnippet(choice: EmbedChoice, baseUrl: string, loader?: VersionedLoader): string {
  const { view, state } = choice;
  const script = new URL(loader?.file ?? 'embed.js', baseUrl).href;
  const integrity = loader ? ` integrity="${escapeAttribute(loader.integrity)}" crossorigin="anonymous"` : '';
  const fallback = fullExplainerUrl(view, state, state.lang === 'zh-Hans' ? 'zh-Hans' : 'en', baseUrl);
  const link = `<a href="${escapeAttribute(fallback)}">${escapeAttribute(embedTitle(view, state.lang))}</a>`;
  return `<div ${dataAttributes(choice).join(' ')} style="min-height:${snippetHeight(choice)}px">${link}</div>\n<script async src="${escapeAttribute(script)}"${integrity}></script>`;
}

/** The attributes every frame of ours gets (the loader sets the same): no full host address in the Referer,
 * the Copy buttons allowed inside, and the sandbox with what the embed needs (messages.ts). */
export const FRAME_ATTRIBUTES = `referrerpolicy="strict-origin-when-cross-origin" allow="clipboard-write" sandbox="${FRAME_SANDBOX}"`;

/** A picture of what was chosen, as the build drew it (dist/pictures/email.json, dist/pictures/manifest.json). */
export interface ViewPicture {
  file: string;
  width: number;
  height: number;
  alt: string;
}

/**
 * For newsletters, email and RSS, which run no scripts and show no frames: the picture of what was chosen,
 * linked to the explainer at that section and state. Shown 600 px wide (email's usual column), scaling down on
 * narrow screens.
 */
export function pictureSnippet(choice: EmbedChoice, picture: ViewPicture, baseUrl: string): string {
  const { view, state } = choice;
  const href = fullExplainerUrl(view, state, state.lang === 'zh-Hans' ? 'zh-Hans' : 'en', baseUrl);
  const src = new URL(picture.file, baseUrl).href;
  const width = Math.min(600, picture.width);
  const height = Math.round((picture.height * width) / picture.width);
  return `<a href="${escapeAttribute(href)}"><img src="${escapeAttribute(src)}" width="${width}" height="${height}" alt="${escapeAttribute(picture.alt)}" style="display:block;max-width:100%;height:auto;border:0"></a>`;
}

/**
 * The no-script variant for hosts that strip scripts: a fixed-height iframe, as tall as its page on a phone (so
 * nothing scrolls inside at 360 px; a wider column leaves a little room below), titled as the loader would title it.
 */
export function iframeSnippet(choice: EmbedChoice, baseUrl: string): string {
  const { view, state, part, theme, solid } = choice;
  const src = embedPageUrl(view, state, { theme, part, solid }, baseUrl);
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(embedTitle(view, state.lang))}" width="100%" height="${snippetHeight(choice)}" loading="lazy" ${FRAME_ATTRIBUTES} style="border:0;width:100%"></iframe>`;
}
