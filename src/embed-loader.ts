/**
 * The host-side loader, dist/embed.js (and its versioned copy, embed.v1.<hash>.js). Besides turning placeholders
 * into embeds, it offers a host page two calls, on the global `AmazonPrivacyExplainerEmbed`:
 *   AmazonPrivacyExplainerEmbed.scan()            embed placeholders added since (a MutationObserver also does)
 *   AmazonPrivacyExplainerEmbed.setTheme('dark')  'light', 'dark' or 'auto', for every embed of this loader
 */
import { domGet } from './features/embed/dom-safe';
import { install, scan as scanDocument, setTheme as setFramesTheme } from './features/embed/loader';

// Read through Document.prototype: `document.currentScript` itself is whatever element the host page names
// `currentScript` (an <img> in a reader's comment, whose src would become the explainer's address).
const state = install(window, domGet<HTMLScriptElement | null>(document, 'currentScript'));

export function scan(): number {
  return state ? scanDocument(document, state).length : 0;
}

export function setTheme(theme: string): void {
  if (state) setFramesTheme(state, theme);
}
