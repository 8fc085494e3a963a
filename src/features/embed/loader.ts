/**
 * The host-side loader (built to dist/embed.js, no dependencies). A blogger pastes
 *   <div data-explainer-view="penalties"></div>
 *   <script async src="https://HOST/PATH/embed.js"></script>
 * and every [data-explainer-view] element becomes an auto-resizing iframe of the embed.html beside the script.
 */
import hints from './height-hints.json';
import { acceptResize } from './messages';

/**
 * Initial height hints, close to each view's real height so the post barely moves when it loads. Taller
 * than a phone's or laptop's screen, so that once an embed stands at its hinted height, its later resizes
 * move only text that is below the screen. In a JSON file so that the benchmark's host page can read them.
 */
export const HEIGHT_HINTS: Record<string, number> = hints;
const VIEW_LABELS: Record<string, string> = {
  alexa: 'the Alexa case, step by step',
  ring: 'the Ring case, step by step',
  penalties: 'the money, in proportion',
  sources: 'what the articles said',
};
/** data-* attributes that become query parameters (`data-step` maps to the case's own step name). */
const PASS_THROUGH = ['theme', 'lang', 'source', 'quote', 'claim', 'case', 'q'] as const;

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
  const step = dataset.step;
  if (step && (view === 'alexa' || view === 'ring')) url.searchParams.set(`${view}-step`, step);
  return url.href;
}

export function frameTitle(view: string, dataset: Record<string, string | undefined>): string {
  if (dataset.title) return dataset.title;
  const label = VIEW_LABELS[view];
  return label ? `Amazon’s 2023 privacy settlements: ${label}` : 'Amazon’s 2023 privacy settlements explainer';
}

export function heightHint(view: string, dataset: Record<string, string | undefined>): number {
  const asked = Number(dataset.height);
  if (Number.isFinite(asked) && asked >= 100 && asked <= 10_000) return Math.round(asked);
  return HEIGHT_HINTS[view] ?? 800;
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
export function install(win: Window & { __amazonPrivacyExplainer?: LoaderState }, script: HTMLScriptElement | null): LoaderState | null {
  if (!script?.src) return null;
  const existing = win.__amazonPrivacyExplainer;
  if (existing) {
    scan(win.document, existing);
    return existing;
  }
  const scriptUrl = new URL(script.src, win.location.href);
  const state: LoaderState = { frames: new Map(), counter: 0, origin: scriptUrl.origin, embedUrl: new URL('embed.html', scriptUrl).href };
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
