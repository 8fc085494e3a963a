import { SECTIONS, embedTitle, type SectionId } from '../../lib/ui-strings';
import { CLAIM_CARD_HEIGHT } from './loader';
import { FRAME_SANDBOX } from './messages';
import { embedClaim, embedPageUrl, fullExplainerUrl, type Theme } from './params';
import { own } from '../../lib/own';

/** The height a snippet reserves: the view's usual height, or a claim card's. */
function snippetHeight(view: SectionId, state: Record<string, string>): number {
  return embedClaim(view, state) ? CLAIM_CARD_HEIGHT : SECTIONS[view].embedHeight;
}

/** Attribute-safe text for HTML snippets. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** data-* attributes for the loader snippet, from a section's state (named as the registry says: `data-step`). */
function dataAttributes(view: SectionId, state: Record<string, string>, theme: Theme): string[] {
  const attributes = [`data-explainer-view="${view}"`];
  if (theme !== 'auto') attributes.push(`data-theme="${theme}"`);
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
 * embed's usual height (min-height) so the post does not jump when the script replaces it with the iframe;
 * the loader lifts that reservation once the iframe stands in its place. With the versioned loader, the
 * snippet names that exact file and its hash: a browser refuses the script if the file on the host changes.
 * Inside the placeholder, a link to the section on the explainer (titled as the frame would be), which the loader
 * replaces: a host that blocks the script (its CSP, an integrity mismatch, no JavaScript) shows the link.
 */
export function scriptSnippet(
  view: SectionId,
  state: Record<string, string>,
  theme: Theme,
  baseUrl: string,
  loader?: VersionedLoader,
): string {
  const script = new URL(loader?.file ?? 'embed.js', baseUrl).href;
  const integrity = loader ? ` integrity="${escapeAttribute(loader.integrity)}" crossorigin="anonymous"` : '';
  const fallback = fullExplainerUrl(view, state, state.lang === 'zh-Hans' ? 'zh-Hans' : 'en', baseUrl);
  const link = `<a href="${escapeAttribute(fallback)}">${escapeAttribute(embedTitle(view, state.lang))}</a>`;
  return `<div ${dataAttributes(view, state, theme).join(' ')} style="min-height:${snippetHeight(view, state)}px">${link}</div>\n<script async src="${escapeAttribute(script)}"${integrity}></script>`;
}

/** The attributes every frame of ours gets (the loader sets the same): no full host address in the Referer,
 * the Copy and Share buttons allowed inside, and the sandbox with what the embed needs (messages.ts). */
export const FRAME_ATTRIBUTES = `referrerpolicy="strict-origin-when-cross-origin" allow="clipboard-write; web-share" sandbox="${FRAME_SANDBOX}"`;

/** A picture of the view, as the build drew it (dist/pictures/manifest.json). */
export interface ViewPicture {
  file: string;
  width: number;
  height: number;
  alt: string;
}

/**
 * For newsletters, email and RSS, which run no scripts and show no frames: the view's picture, linked to the
 * explainer at that section. Shown 600 px wide (email's usual column), scaling down on narrow screens.
 */
export function pictureSnippet(
  view: SectionId,
  lang: string | undefined,
  picture: ViewPicture,
  baseUrl: string,
): string {
  const href = new URL(`${lang === 'zh-Hans' ? 'zh-Hans/' : ''}#${view}`, baseUrl).href;
  const src = new URL(picture.file, baseUrl).href;
  const width = Math.min(600, picture.width);
  const height = Math.round((picture.height * width) / picture.width);
  return `<a href="${escapeAttribute(href)}"><img src="${escapeAttribute(src)}" width="${width}" height="${height}" alt="${escapeAttribute(picture.alt)}" style="display:block;max-width:100%;height:auto;border:0"></a>`;
}

/**
 * The no-script variant for hosts that strip scripts: a fixed-height iframe that scrolls inside, titled as the
 * loader would title it (the section, in the embed's language).
 */
export function iframeSnippet(view: SectionId, state: Record<string, string>, theme: Theme, baseUrl: string): string {
  const src = embedPageUrl(view, state, { theme }, baseUrl);
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(embedTitle(view, state.lang))}" width="100%" height="${snippetHeight(view, state)}" loading="lazy" ${FRAME_ATTRIBUTES} style="border:0;width:100%"></iframe>`;
}
