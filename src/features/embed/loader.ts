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
import { claimPagePath, embedPagePath, singleClaim } from '../../lib/site';
import { embedPart, embedTitle, findSection } from '../../lib/ui-strings';
import { hintKey, measuredHeight } from './heights';
import { FRAME_SANDBOX, MAX_EMBED_HEIGHT, MAX_PARAM_LENGTH, acceptResize, isHostTheme, themeMessage } from './messages';
import CLAIM_PAGES from './claim-pages.generated.json';

export interface PlaceholderOptions {
  view: string;
  dataset: Record<string, string | undefined>;
  id: string;
  /** The site root: the folder embed.js was loaded from. */
  root: string;
}

/** The claim a sources placeholder asks for alone (`data-claim="two-days"`), if it names one well formed. */
export function cardClaim(view: string, dataset: Record<string, string | undefined>): string | null {
  return singleClaim(view, dataset.claim);
}

/**
 * The part of the view a placeholder asks for: `data-mode="full"` for the whole view, `data-chart="time"` for one
 * chart of the money view; otherwise the view's first part (one step of a case), as the registry says.
 */
export function placeholderPart(view: string, dataset: Record<string, string | undefined>): string | null {
  if (dataset.mode === 'full') return null;
  return embedPart(view, dataset.chart ? `chart-${dataset.chart}` : null);
}

/** The claims with a static page of their own (embed/claims/<id>.html), as the build found them in the data. */
const CLAIMS_WITH_PAGES: ReadonlySet<string> = new Set(CLAIM_PAGES);

/**
 * The iframe address for one placeholder: the view's static page in the asked edition, with the frame's id, the
 * theme and the view's state as query parameters. A sources placeholder with `data-claim` gets that claim's own
 * static page (embed/claims/two-days.html). An unknown view, or a claim with no page (renamed, mistyped, or added
 * to the data after the build), goes to embed.html?view=…, which explains in the asked edition.
 */
export function frameSrc({ view, dataset, id, root }: PlaceholderOptions): string {
  const known = findSection(view) !== undefined;
  const lang = dataset.lang === 'zh-Hans' ? 'zh-Hans' : 'en';
  const claim = cardClaim(view, dataset);
  const page =
    claim && CLAIMS_WITH_PAGES.has(claim)
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
 * The document's (or an element's) property `name` as the browser defines it. Document has
 * [LegacyOverrideBuiltIns]: an element on the host page named like a property (`<img name="currentScript">`,
 * `<img name="querySelectorAll">`, a reader's comment) shadows `document.currentScript` itself, but never the
 * prototype's, which this reads (a getter runs with `self` as `this`).
 */
export function domGet<T>(self: Document | Element, name: string): T {
  return Reflect.get(self instanceof Document ? Document.prototype : Element.prototype, name, self) as T;
}

/** Call the document's (or an element's) method `name` as the browser defines it (see `domGet`). */
function domCall<T>(self: Document | Element, name: string, ...args: unknown[]): T {
  return domGet<(...args: unknown[]) => T>(self, name).apply(self, args);
}

/** An object with no prototype: options and descriptors the browser reads cannot inherit polluted fields. */
const bare = <T extends object>(value: T): T => Object.assign(Object.create(null) as T, value);

/** A claim's card, about as tall as it is on a phone with its quotes folded. */
export const CLAIM_CARD_HEIGHT = 1000;

/**
 * A new frame's height: the host's `data-height` if it gave one, else the height its page has at `width` (measured
 * from the built pages: heights.ts), else the view's usual height.
 */
export function heightHint(view: string, dataset: Record<string, string | undefined>, width = 0): number {
  const asked = Number(dataset.height);
  if (Number.isFinite(asked) && asked >= 100 && asked <= 10_000) return Math.round(asked);
  const claim = cardClaim(view, dataset);
  const part = claim ? null : placeholderPart(view, dataset);
  const step = Number.parseInt(dataset.step ?? '1', 10) - 1;
  const measured = measuredHeight(hintKey(view, part, claim), dataset.lang ?? 'en', step || 0, width);
  if (measured) return measured;
  if (claim) return CLAIM_CARD_HEIGHT;
  return findSection(view)?.embedHeight ?? 800;
}

/** Parse a computed colour (`rgb(18, 18, 20)`, `rgba(0, 0, 0, 0)`) into its channels and alpha. */
function readColour(value: string, doc: Document): [number, number, number, number] | null {
  let match = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(value.trim());
  if (!match) {
    // Another notation (`oklch(…)`, `color(srgb …)`): a canvas reads any colour back as hex or rgba().
    const context = domCall<HTMLCanvasElement>(doc, 'createElement', 'canvas').getContext('2d');
    if (!context) return null;
    context.fillStyle = '#0000';
    context.fillStyle = value;
    const hex = /^#([\da-f]{2})([\da-f]{2})([\da-f]{2})$/i.exec(context.fillStyle);
    if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16), 1];
    match = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(context.fillStyle);
    if (!match) return null;
  }
  return [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])];
}

/** Relative luminance (WCAG) of an sRGB colour, 0 for black to 1 for white. */
function luminance([red, green, blue]: readonly number[]): number {
  const channel = (value = 0) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue);
}

/**
 * The host page's own theme where the placeholder stands: dark if the first background behind it that is not
 * transparent is dark (a dark blog read on a light system gets a dark embed), light if it is light; with no
 * background anywhere, the canvas's, which is dark only when the host page opts into a dark color-scheme that
 * the reader's system uses.
 */
export function hostTheme(win: Window, placeholder: Element): 'light' | 'dark' {
  for (let element: Element | null = placeholder; element; element = element.parentElement) {
    const colour = readColour(win.getComputedStyle(element).backgroundColor, win.document);
    if (colour && colour[3] >= 0.5) return luminance(colour) < 0.2 ? 'dark' : 'light';
  }
  const scheme = win.getComputedStyle(win.document.documentElement).colorScheme;
  const darkSystem = win.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  return /\bdark\b/.test(scheme) && (darkSystem || !/\blight\b/.test(scheme)) ? 'dark' : 'light';
}

/** How long a damped frame waits, after its last report, before it takes that height (see `nextHeight`). */
export const SETTLE_MS = 600;

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
  if (state.theme && !dataset.theme) dataset.theme = state.theme;
  // `auto` (or none): the host page's own colours, not only the reader's setting (hostTheme).
  const followsHost = !dataset.theme || dataset.theme === 'auto';
  if (followsHost) dataset.theme = hostTheme(doc.defaultView ?? window, placeholder);
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

/** Turn every unprocessed placeholder in the document into an iframe. Returns the iframes it created. */
export function scan(doc: Document, state: LoaderState, registry: Registry = new Map()): HTMLIFrameElement[] {
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

/** What a frame reported lately: its last two heights, and the pair it was flipping between, if any. */
export interface HeightHistory {
  last: number;
  before: number;
  at: number;
  damped?: { height: number; amplitude: number };
}

/**
 * The height to give a frame that reports `height`, or null to keep its height. A frame whose content is shorter
 * when it is wider can flip forever when the host's scrollbar comes and goes (A → B → A within a second): the
 * second flip settles on the taller height, and later shrinks within that amplitude are ignored.
 */
export function nextHeight(
  history: HeightHistory | undefined,
  height: number,
  now: number,
): [number | null, HeightHistory] {
  if (!history) return [height, { last: height, before: 0, at: now }];
  const { damped } = history;
  if (damped && height < damped.height && damped.height - height <= damped.amplitude) return [null, history];
  if (height === history.before && height !== history.last && now - history.at < 1000) {
    const taller = Math.max(height, history.last);
    const amplitude = Math.abs(height - history.last);
    return [taller, { last: taller, before: history.last, at: now, damped: { height: taller, amplitude } }];
  }
  return [height, { last: height, before: history.last, at: now }];
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
  if (!isHostTheme(theme)) return;
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
    scan(win.document, existing, registry);
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
    if (added) scan(doc, state, registry);
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
    scan(doc, state, registry);
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
