/**
 * The host-side loader (built to dist/embed.js, no dependencies). A blogger pastes
 *   <div data-explainer-view="penalties"></div>
 *   <script async src="https://HOST/PATH/embed.js"></script>
 * and every [data-explainer-view] element becomes an auto-resizing iframe of that view's static page beside the
 * script (embed/penalties.html, embed/penalties.zh-Hans.html), complete before any of its scripts run.
 * The sections' titles, state parameters and heights come from the registry's plain part (src/lib/ui-strings.ts),
 * which tree-shaking trims to those; nothing else of the app may be imported here.
 */
import { parseLocale } from '../../lib/locales';
import { bare, domCall, domGet } from './dom-safe';
import { SETTLE_MS, nextHeight, type HeightHistory } from './frame-heights';
import { hostTheme } from './host-theme';
import { FRAME_SANDBOX, MAX_EMBED_HEIGHT, acceptResize, isTheme, themeMessage } from './messages';
import { frameSrc, frameTitle, heightHint, readDataset } from './placeholder';

/** Where the loaders keep their state on the host's window: a symbol, which no element's `id` or `name` can clobber. */
export const LOADER_KEY = Symbol.for('amazon-privacy-explainer.loader');

/** One loader per explainer site (the folder its embed.js came from): a mirror or a fork keeps its own frames. */
export interface LoaderState {
  frames: Map<string, HTMLIFrameElement>;
  origin: string;
  root: string;
  /** Heights each frame reported, for damping a flip between two heights (see `nextHeight`). */
  heights: WeakMap<HTMLIFrameElement, HeightHistory>;
  /** The theme the host set after load (`setTheme`), for frames made later ('' for none). */
  theme: string;
  /**
   * The script's `data-explainer-scope`, a CSS selector: only placeholders inside the first element it matches are
   * embedded (readers' comments elsewhere cannot add frames). null: the whole document.
   */
  scope: string | null;
  /** Stop listening and watching (the tests start many loaders on one page). */
  stop(): void;
}
type Registry = Map<string, LoaderState> & { counter?: number };
type HostWindow = Window & { [LOADER_KEY]?: unknown };

const PLACEHOLDER = '[data-explainer-view]';

/** Make one placeholder's iframe. Throws on a placeholder it cannot use; `scan` keeps going with the others. */
function embedOne(doc: Document, placeholder: HTMLElement, state: LoaderState, id: string): HTMLIFrameElement {
  const dataset = readDataset(placeholder);
  const asked = (dataset.theme || state.theme || '').trim().toLowerCase();
  // `auto`, none, or a value it does not know (`drak`): the host page's own colours, not only the reader's setting.
  const followsHost = asked !== 'light' && asked !== 'dark';
  dataset.theme = followsHost ? hostTheme(doc.defaultView ?? window, placeholder) : asked;
  // `zh`, `zh-CN` and `zh-Hans` all name the Chinese edition, as on the main page.
  dataset.lang = parseLocale(dataset.lang) ?? 'en';
  const view = (dataset.explainerView ?? '').trim();
  const frame = domCall<HTMLIFrameElement>(doc, 'createElement', 'iframe');
  // What the embed needs and no more: a hijacked frame cannot navigate the host page, even after a click.
  frame.setAttribute('sandbox', FRAME_SANDBOX);
  frame.src = frameSrc({ view, dataset, id, root: state.root });
  frame.title = frameTitle(view, dataset);
  frame.setAttribute('loading', 'lazy');
  // The host's address never reaches the explainer's server beyond its origin; the Copy and Share buttons work.
  frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
  frame.setAttribute('allow', 'clipboard-write');
  // CSSOM properties, not a style attribute: allowed by hosts' style-src policies.
  frame.style.width = '100%';
  frame.style.border = '0';
  frame.style.display = 'block';
  frame.style.height = `${heightHint(view, dataset, domCall<DOMRect>(placeholder, 'getBoundingClientRect').width)}px`;
  // The frame's own color-scheme matches its page's, so the browser keeps its canvas transparent (CSS Color
  // Adjustment: a frame whose scheme differs from its element's gets an opaque backdrop).
  if (dataset.theme === 'light' || dataset.theme === 'dark') frame.style.colorScheme = dataset.theme;
  if (followsHost) frame.setAttribute('data-explainer-theme', 'host');
  frame.setAttribute('scrolling', 'no');
  placeholder.replaceChildren(frame);
  // The snippet's reserved height (if any) has done its job: from now on the iframe sets the height.
  placeholder.style.minHeight = '';
  return frame;
}

/** The placeholders in the document, or in the scope the script names (none until that element exists). */
function placeholders(doc: Document, scope: string | null): HTMLElement[] {
  let within: Document | Element | null = doc;
  if (scope !== null) {
    try {
      within = domCall<Element | null>(doc, 'querySelector', scope);
    } catch {
      console.warn('Amazon privacy explainer: data-explainer-scope is not a CSS selector; nothing was embedded.');
      within = null;
    }
  }
  return within ? [...domCall<NodeListOf<HTMLElement>>(within, 'querySelectorAll', PLACEHOLDER)] : [];
}

/**
 * Turn every unprocessed placeholder in the document into an iframe. Returns the iframes it created. Frame ids
 * count on in the window's registry, so a host's own `scan()` never reuses one.
 */
export function scan(doc: Document, state: LoaderState): HTMLIFrameElement[] {
  const registry = registryOf((doc.defaultView ?? window) as HostWindow);
  const created: HTMLIFrameElement[] = [];
  release(state);
  placeholders(doc, state.scope).forEach((placeholder) => {
    if (placeholder.hasAttribute('data-explainer-ready')) return;
    placeholder.setAttribute('data-explainer-ready', 'true');
    registry.counter = (registry.counter ?? 0) + 1;
    const id = `explainer-${registry.counter}`;
    try {
      const frame = embedOne(doc, placeholder, state, id);
      state.frames.set(id, frame);
      created.push(frame);
    } catch (error) {
      console.warn('Amazon privacy explainer: a placeholder could not be embedded', placeholder, error);
    }
  });
  return created;
}

/** Forget frames that have left the page (a single-page blog replacing its content). */
function release(state: LoaderState): void {
  for (const [id, frame] of state.frames) if (!frame.isConnected) state.frames.delete(id);
}

/**
 * Frames that follow the host's colours get its theme again when the host changes them (a blog's own dark-mode
 * switch on <html> or <body>, or the reader's system setting).
 */
function followHostTheme(win: Window, state: LoaderState): void {
  release(state);
  for (const frame of state.frames.values()) {
    if (frame.getAttribute('data-explainer-theme') !== 'host' || !frame.parentElement) continue;
    const theme = hostTheme(win, frame.parentElement);
    if (frame.style.colorScheme === theme) continue;
    frame.style.colorScheme = theme;
    frame.contentWindow?.postMessage(themeMessage(theme), state.origin);
  }
}

/** The theme message a host may send an embed after load (see README, "Embedding"). */
export function setTheme(state: LoaderState, theme: string): void {
  if (!isTheme(theme)) return;
  state.theme = theme;
  release(state);
  for (const frame of state.frames.values()) {
    // A host that sets the theme itself takes over from its colours ('auto' hands back to them).
    if (theme === 'auto') frame.setAttribute('data-explainer-theme', 'host');
    else {
      frame.removeAttribute('data-explainer-theme');
      frame.style.colorScheme = theme;
      frame.contentWindow?.postMessage(themeMessage(theme), state.origin);
    }
  }
  if (theme === 'auto') followHostTheme(window, state);
}

function registryOf(win: HostWindow): Registry {
  const existing = win[LOADER_KEY];
  if (existing instanceof Map) return existing as Registry;
  const registry: Registry = Object.assign(new Map<string, LoaderState>(), { counter: 0 });
  Object.defineProperty(win, LOADER_KEY, bare({ value: registry }));
  return registry;
}

/**
 * Start the loader for the script element that loaded it. Safe to run twice (the second run only scans), and
 * placeholders added later are embedded as they arrive.
 */
export function install(win: HostWindow, script: HTMLScriptElement | null): LoaderState | null {
  if (!(script instanceof HTMLScriptElement) || !script.src) {
    console.warn('Amazon privacy explainer: embed.js must be loaded by a <script src> tag; nothing was embedded.');
    return null;
  }
  const registry = registryOf(win);
  const scriptUrl = new URL(script.src, win.location.href);
  const root = new URL('./', scriptUrl).href;
  const existing = registry.get(root);
  if (existing) {
    scan(win.document, existing);
    return existing;
  }
  const watcher = new MutationObserver((records) => {
    const added = records.some((record) =>
      [...record.addedNodes].some(
        (node) =>
          node instanceof Element &&
          (domCall<boolean>(node, 'matches', PLACEHOLDER) ||
            domCall<Element | null>(node, 'querySelector', PLACEHOLDER)),
      ),
    );
    if (added) scan(doc, state);
    else if (records.some((record) => record.removedNodes.length)) release(state);
  });
  const setHeight = (frame: HTMLIFrameElement, height: number) => {
    frame.style.height = `${height}px`;
    // Content taller than the clamp scrolls inside the frame; below it, the frame is as tall as its content.
    frame.setAttribute('scrolling', height >= MAX_EMBED_HEIGHT ? 'auto' : 'no');
  };
  const settling = new WeakMap<HTMLIFrameElement, ReturnType<typeof setTimeout>>();
  const onMessage = (event: MessageEvent) => {
    const message = acceptResize(event, state.origin, state.frames);
    const frame = message && state.frames.get(message.id);
    if (!message || !frame) return;
    const [height, history] = nextHeight(state.heights.get(frame), message.height, Date.now());
    state.heights.set(frame, history);
    // Damping keeps a flipping frame at the taller height; once the flipping stops, the frame takes the height it
    // reported last, so it never keeps a gap below its content.
    clearTimeout(settling.get(frame));
    if (history.damped)
      settling.set(
        frame,
        setTimeout(() => {
          state.heights.set(frame, { last: message.height, before: 0, at: Date.now() });
          setHeight(frame, message.height);
        }, SETTLE_MS),
      );
    if (height !== null) setHeight(frame, height);
  };
  const doc = win.document;
  const state: LoaderState = {
    frames: new Map(),
    origin: scriptUrl.origin,
    root,
    heights: new WeakMap(),
    theme: '',
    scope: script.getAttribute('data-explainer-scope'),
    stop() {
      watcher.disconnect();
      themeWatcher.disconnect();
      scheme?.removeEventListener('change', onScheme);
      win.removeEventListener('message', onMessage);
    },
  };
  // The host's colours change with a class or attribute on <html> or <body>, or with the reader's system setting.
  const onScheme = () => followHostTheme(win, state);
  const themeWatcher = new MutationObserver(onScheme);
  const scheme = win.matchMedia?.('(prefers-color-scheme: dark)');
  scheme?.addEventListener('change', onScheme);
  registry.set(root, state);
  win.addEventListener('message', onMessage);
  const run = () => {
    scan(doc, state);
    // Placeholders added later (a single-page blog, infinite scroll, content shown after consent).
    watcher.observe(domGet<Element>(doc, 'documentElement'), bare({ childList: true, subtree: true }));
    const watched = bare({ attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'data-color-scheme'] });
    themeWatcher.observe(domGet<Element>(doc, 'documentElement'), watched);
    const body = domGet<HTMLElement | null>(doc, 'body');
    if (body) themeWatcher.observe(body, watched);
  };
  if (domGet<string>(doc, 'readyState') === 'loading') domCall(doc, 'addEventListener', 'DOMContentLoaded', run);
  else run();
  return state;
}
