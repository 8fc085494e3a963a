/**
 * The host-side loader (built to dist/embed.js, no dependencies). A blogger pastes
 *   <div data-explainer-view="penalties"></div>
 *   <script async src="https://HOST/PATH/embed.js"></script>
 * and every [data-explainer-view] element becomes an auto-resizing iframe of the embed.html beside the script.
 * The sections' titles, state parameters and heights come from the registry's plain part (src/lib/ui-strings.ts),
 * which tree-shaking trims to those; nothing else of the app may be imported here.
 */
import { embedTitle, findSection } from '../../lib/ui-strings';
import { acceptResize } from './messages';

/** data-* attributes that become query parameters for every view; each view's own come from the registry. */
const PASS_THROUGH = ['theme', 'lang'] as const;

export interface PlaceholderOptions {
  view: string;
  dataset: Record<string, string | undefined>;
  id: string;
  embedUrl: string;
}

/** The iframe address for one placeholder. Unknown views are passed on: the embed explains the problem. */
export function frameSrc({ view, dataset, id, embedUrl }: PlaceholderOptions): string {
  const url = new URL(embedUrl);
  url.search = '';
  url.searchParams.set('view', view);
  url.searchParams.set('id', id);
  for (const name of PASS_THROUGH) {
    const value = dataset[name];
    if (value) url.searchParams.set(name, value);
  }
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
  embedUrl: string;
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
    frame.src = frameSrc({ view, dataset: { ...placeholder.dataset }, id, embedUrl: state.embedUrl });
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
    embedUrl: new URL('embed.html', scriptUrl).href,
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
