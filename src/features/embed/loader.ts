/**
 * The host-side loader (built to dist/embed.js, no dependencies). A blogger pastes
 *   <div data-explainer-view="penalties"></div>
 *   <script async src="https://HOST/PATH/embed.js"></script>
 * and every [data-explainer-view] element becomes an auto-resizing iframe of that view's static page beside the
 * script (embed/penalties.html, embed/penalties.zh-Hans.html), complete before any of its scripts run.
 * The sections' titles, state parameters and heights come from the registry's plain part (src/lib/ui-strings.ts),
 * which tree-shaking trims to those; nothing else of the app may be imported here.
 */
import { embedPagePath } from '../../lib/site';
import { embedTitle, findSection } from '../../lib/ui-strings';
import { acceptResize } from './messages';

export interface PlaceholderOptions {
  view: string;
  dataset: Record<string, string | undefined>;
  id: string;
  /** The site root: the folder embed.js was loaded from. */
  root: string;
}

/**
 * The iframe address for one placeholder: the view's static page in the asked edition, with the frame's id, the
 * theme and the view's state as query parameters. An unknown view goes to embed.html?view=…, which explains.
 */
export function frameSrc({ view, dataset, id, root }: PlaceholderOptions): string {
  const known = findSection(view) !== undefined;
  const url = new URL(known ? embedPagePath(view, dataset.lang === 'zh-Hans' ? 'zh-Hans' : 'en') : 'embed.html', root);
  if (!known) url.searchParams.set('view', view);
  url.searchParams.set('id', id);
  if (dataset.theme) url.searchParams.set('theme', dataset.theme);
  // The view's state, from the attributes the registry names (`data-step` for `alexa-step`).
  for (const [param, attribute] of Object.entries(findSection(view)?.params ?? {})) {
    const value = dataset[attribute];
    if (value) url.searchParams.set(param, value);
  }
  return url.href;
}

/** The host's own title if it gave one, else the section's title in the embed's language. */
export function frameTitle(view: string, dataset: Record<string, string | undefined>): string {
  return dataset.title || embedTitle(view, dataset.lang);
}

export function heightHint(view: string, dataset: Record<string, string | undefined>): number {
  const asked = Number(dataset.height);
  if (Number.isFinite(asked) && asked >= 100 && asked <= 10_000) return Math.round(asked);
  return findSection(view)?.embedHeight ?? 800;
}

interface LoaderState {
  frames: Map<string, HTMLIFrameElement>;
  counter: number;
  origin: string;
  root: string;
}

/** Turn every unprocessed placeholder in `root` into an iframe. Returns the iframes it created. */
export function scan(doc: Document, state: LoaderState): HTMLIFrameElement[] {
  const created: HTMLIFrameElement[] = [];
  doc.querySelectorAll<HTMLElement>('[data-explainer-view]').forEach((placeholder) => {
    if (placeholder.dataset.explainerReady) return;
    placeholder.dataset.explainerReady = 'true';
    const view = (placeholder.dataset.explainerView ?? '').trim();
    state.counter += 1;
    const id = `explainer-${state.counter}`;
    const frame = doc.createElement('iframe');
    frame.src = frameSrc({ view, dataset: { ...placeholder.dataset }, id, root: state.root });
    frame.title = frameTitle(view, placeholder.dataset);
    frame.setAttribute('loading', 'lazy');
    // CSSOM properties, not a style attribute: allowed by hosts' style-src policies.
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.display = 'block';
    frame.style.height = `${heightHint(view, placeholder.dataset)}px`;
    frame.setAttribute('scrolling', 'no');
    placeholder.replaceChildren(frame);
    // The snippet's reserved height (if any) has done its job: from now on the iframe sets the height.
    placeholder.style.minHeight = '';
    state.frames.set(id, frame);
    created.push(frame);
  });
  return created;
}

/** Start the loader for the script element that loaded it. Safe to run twice (the second run only scans). */
export function install(
  win: Window & { __amazonPrivacyExplainer?: LoaderState },
  script: HTMLScriptElement | null,
): LoaderState | null {
  if (!script?.src) return null;
  const existing = win.__amazonPrivacyExplainer;
  if (existing) {
    scan(win.document, existing);
    return existing;
  }
  const scriptUrl = new URL(script.src, win.location.href);
  const state: LoaderState = {
    frames: new Map(),
    counter: 0,
    origin: scriptUrl.origin,
    root: new URL('./', scriptUrl).href,
  };
  win.__amazonPrivacyExplainer = state;
  win.addEventListener('message', (event) => {
    const message = acceptResize(event, state.origin, state.frames);
    if (message) {
      const frame = state.frames.get(message.id);
      if (frame) {
        frame.style.height = `${message.height}px`;
      }
    }
  });
  const run = () => scan(win.document, state);
  if (win.document.readyState === 'loading') win.document.addEventListener('DOMContentLoaded', run);
  else run();
  return state;
}
