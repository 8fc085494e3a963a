import { SECTIONS, embedTitle, type SectionId } from '../../lib/ui-strings';
import { embedPageUrl, type Theme } from './params';

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
    const attribute = params[name] ?? name;
    if (name === 'lang' && value === 'en') continue;
    attributes.push(`data-${attribute}="${escapeAttribute(value)}"`);
  }
  return attributes;
}

/**
 * The paste-in snippet: a placeholder plus the loader script at the site root. The placeholder reserves the
 * embed's usual height (min-height) so the post does not jump when the script replaces it with the iframe;
 * the loader lifts that reservation once the iframe stands in its place.
 */
export function scriptSnippet(view: SectionId, state: Record<string, string>, theme: Theme, baseUrl: string): string {
  const script = new URL('embed.js', baseUrl).href;
  return `<div ${dataAttributes(view, state, theme).join(' ')} style="min-height:${SECTIONS[view].embedHeight}px"></div>\n<script async src="${escapeAttribute(script)}"></script>`;
}

/**
 * The no-script variant for hosts that strip scripts: a fixed-height iframe that scrolls inside, titled as the
 * loader would title it (the section, in the embed's language).
 */
export function iframeSnippet(view: SectionId, state: Record<string, string>, theme: Theme, baseUrl: string): string {
  const src = embedPageUrl(view, state, { theme }, baseUrl);
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(embedTitle(view, state.lang))}" width="100%" height="${SECTIONS[view].embedHeight}" loading="lazy" style="border:0;width:100%"></iframe>`;
}
