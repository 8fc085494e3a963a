import { measuredHeight } from '../../src/features/embed/heights';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { install, LOADER_KEY, scan, type LoaderState } from '../../src/features/embed/loader';
import { frameSrc, frameTitle, heightHint } from '../../src/features/embed/placeholder';
import { hostTheme } from '../../src/features/embed/host-theme';
import { nextHeight, SETTLE_MS } from '../../src/features/embed/frame-heights';
import { MAX_EMBED_HEIGHT, resizeMessage } from '../../src/features/embed/messages';

afterEach(() => {
  document.body.replaceChildren();
  const registry = (window as { [LOADER_KEY]?: Map<string, LoaderState> & { counter?: number } })[LOADER_KEY];
  for (const state of registry?.values() ?? []) state.stop();
  registry?.clear();
  if (registry) registry.counter = 0;
});

/** A height report from `frame` (the first frame of a loader at https://explainer.example), as its page sends it. */
const reporter = (frame: HTMLIFrameElement) => (height: number) =>
  window.dispatchEvent(
    new MessageEvent('message', {
      origin: 'https://explainer.example',
      source: frame.contentWindow,
      data: resizeMessage('explainer-1', height),
    }),
  );

const loaderScript = (src = 'https://explainer.example/sub/embed.js') => {
  const script = document.createElement('script');
  script.src = src;
  return script;
};

describe('the embed loader', () => {
  it('maps data attributes to the view’s static page in the asked edition', () => {
    const src = frameSrc({
      view: 'ring',
      dataset: { step: '4', theme: 'dark', unrelated: 'x' },
      id: 'explainer-1',
      root: 'https://e.example/a/',
    });
    // One step by default (compact); the whole case with data-mode="full"; one chart by its name.
    expect(src).toBe('https://e.example/a/embed/ring.step.html?id=explainer-1&theme=dark&ring-step=4');
    expect(
      frameSrc({ view: 'ring', dataset: { step: '4', mode: 'full' }, id: 'explainer-1', root: 'https://e.example/a/' }),
    ).toBe('https://e.example/a/embed/ring.html?id=explainer-1&ring-step=4');
    expect(frameSrc({ view: 'penalties', dataset: { chart: 'time' }, id: 'p', root: 'https://e.example/' })).toBe(
      'https://e.example/embed/penalties.chart-time.html?id=p',
    );
    expect(frameSrc({ view: 'penalties', dataset: { chart: '../x' }, id: 'p', root: 'https://e.example/' })).toBe(
      'https://e.example/embed/penalties.chart-breakdown.html?id=p',
    );
    expect(frameSrc({ view: 'penalties', dataset: { mode: 'full' }, id: 'p', root: 'https://e.example/' })).toBe(
      'https://e.example/embed/penalties.html?id=p',
    );
    expect(frameSrc({ view: 'alexa', dataset: { background: 'page' }, id: 'p', root: 'https://e.example/' })).toBe(
      'https://e.example/embed/alexa.step.html?id=p&bg=page',
    );
    expect(
      frameSrc({
        view: 'sources',
        dataset: { quote: 'diw-two-days', step: '2', lang: 'zh-Hans' },
        id: 'x',
        root: 'https://e.example/',
      }),
    ).toBe('https://e.example/embed/sources.zh-Hans.html?id=x&quote=diw-two-days');
    // A sources placeholder with a claim gets that claim's own page, without the viewer's state; a malformed
    // claim gets the whole view, where it is one more filter value the viewer checks (and drops).
    expect(
      frameSrc({
        view: 'sources',
        dataset: { claim: 'two-days', quote: 'q', lang: 'zh-Hans' },
        id: 'c',
        root: 'https://e.example/',
      }),
    ).toBe('https://e.example/embed/claims/two-days.zh-Hans.html?id=c');
    expect(frameSrc({ view: 'sources', dataset: { claim: '../../x' }, id: 'c', root: 'https://e.example/' })).toBe(
      'https://e.example/embed/sources.html?id=c&claim=..%2F..%2Fx',
    );
    expect(frameSrc({ view: 'alexa', dataset: { claim: 'two-days' }, id: 'c', root: 'https://e.example/' })).toBe(
      'https://e.example/embed/alexa.step.html?id=c',
    );
    // An unknown view (or a prototype key) goes to embed.html, which says what went wrong, in the asked edition.
    expect(frameSrc({ view: 'constructor', dataset: {}, id: 'y', root: 'https://e.example/' })).toBe(
      'https://e.example/embed.html?view=constructor&id=y',
    );
    expect(frameSrc({ view: 'chart', dataset: { lang: 'zh-Hans' }, id: 'y', root: 'https://e.example/' })).toBe(
      'https://e.example/embed.html?view=chart&lang=zh-Hans&id=y',
    );
  });

  it('sends a well-formed claim with no page of its own to embed.html, whose card says so, not to a 404', () => {
    // Renamed, mistyped or added to the data after the build: the claim's page was never prerendered.
    expect(
      frameSrc({ view: 'sources', dataset: { claim: 'no-such-claim' }, id: 'c', root: 'https://e.example/a/' }),
    ).toBe('https://e.example/a/embed.html?view=sources&card=no-such-claim&id=c');
    expect(
      frameSrc({
        view: 'sources',
        dataset: { claim: 'no-such-claim', lang: 'zh-Hans', theme: 'dark' },
        id: 'c',
        root: 'https://e.example/',
      }),
    ).toBe('https://e.example/embed.html?view=sources&card=no-such-claim&lang=zh-Hans&id=c&theme=dark');
  });

  it('knows the claims the prerender gives a page: those in the data (npm run build regenerates the list)', () => {
    const read = (path: string) => JSON.parse(readFileSync(resolve(process.cwd(), path), 'utf8')) as unknown;
    const { claims } = read('public/data/claims.json') as { claims: Array<{ id: string }> };
    expect(read('src/features/embed/claim-pages.generated.json')).toEqual(claims.map((claim) => claim.id));
    for (const { id } of claims)
      expect(frameSrc({ view: 'sources', dataset: { claim: id }, id: 'c', root: 'https://e.example/' })).toBe(
        `https://e.example/embed/claims/${id}.html?id=c`,
      );
  });

  it('titles each frame by its view, and hints a height', () => {
    expect(frameTitle('penalties', {})).toMatch(/money/);
    expect(frameTitle('penalties', { title: 'Our chart' })).toBe('Our chart');
    expect(heightHint('sources', {})).toBeGreaterThan(500);
    expect(heightHint('sources', { height: '640' })).toBe(640);
    expect(heightHint('sources', { height: '99999' })).toBe(heightHint('sources', {}));
    // A claim's card is shorter than the whole view.
    expect(heightHint('sources', { claim: 'two-days' })).toBeLessThan(heightHint('sources', {}));
  });

  it('turns every placeholder into a lazy, titled, full-width iframe beside the script, once', () => {
    document.body.innerHTML =
      '<div data-explainer-view="alexa" data-step="2" style="min-height:1100px"></div><p>text</p><div data-explainer-view="nope"></div>';
    const script = document.createElement('script');
    script.src = 'https://explainer.example/sub/embed.js';
    const state = install(window, script);
    const frames = document.querySelectorAll('iframe');
    expect(frames).toHaveLength(2);
    // The host's page is white (jsdom's canvas): a light embed, its frame's color-scheme light (a transparent canvas).
    expect(frames[0]!.src).toBe(
      'https://explainer.example/sub/embed/alexa.step.html?id=explainer-1&theme=light&alexa-step=2',
    );
    expect(frames[0]!.style.colorScheme).toBe('light');
    expect(frames[0]!.title).toMatch(/Alexa/);
    expect(frames[0]!.getAttribute('loading')).toBe('lazy');
    expect(frames[0]!.style.width).toBe('100%');
    // The height its page has at the placeholder's width (jsdom lays nothing out: width 0, the narrowest measure).
    expect(frames[0]!.style.height).toBe(`${measuredHeight('alexa.step', 'en', 1, 0)}px`);
    // The snippet's reserved height is lifted once the iframe (of the same height) stands in its place.
    expect((frames[0]!.parentElement as HTMLElement).style.minHeight).toBe('');
    expect(frames[1]!.src).toContain('view=nope');
    // A second copy of the script only picks up new placeholders.
    document.body.insertAdjacentHTML('beforeend', '<div data-explainer-view="ring"></div>');
    expect(install(window, script)).toBe(state);
    expect(document.querySelectorAll('iframe')).toHaveLength(3);
  });

  it('numbers a frame a host adds with its own scan() after the others, so the first frame keeps its resizes', () => {
    document.body.innerHTML = '<div data-explainer-view="penalties"></div>';
    const state = install(window, loaderScript('https://explainer.example/embed.js'))!;
    const first = document.querySelector('iframe')!;
    // The blog's own script adds a placeholder and calls AmazonPrivacyExplainerEmbed.scan() (src/embed-loader.ts).
    document.body.insertAdjacentHTML('beforeend', '<div data-explainer-view="ring"></div>');
    expect(scan(document, state)).toHaveLength(1);
    expect([...state.frames.keys()]).toEqual(['explainer-1', 'explainer-2']);
    reporter(first)(321);
    expect(first.style.height).toBe('321px');
  });

  it('sets a frame’s height from a valid message and ignores others', () => {
    document.body.innerHTML = '<div data-explainer-view="penalties"></div>';
    const script = document.createElement('script');
    script.src = 'https://explainer.example/embed.js';
    install(window, script);
    const frame = document.querySelector('iframe')!;
    const source = frame.contentWindow;
    window.dispatchEvent(
      new MessageEvent('message', { origin: 'https://evil.example', source, data: resizeMessage('explainer-1', 321) }),
    );
    expect(frame.style.height).not.toBe('321px');
    window.dispatchEvent(
      new MessageEvent('message', {
        origin: 'https://explainer.example',
        source,
        data: resizeMessage('explainer-1', 321),
      }),
    );
    expect(frame.style.height).toBe('321px');
  });

  it('cannot be taken over by the host’s own elements named like its state (DOM clobbering)', () => {
    document.body.innerHTML =
      '<a id="__amazonPrivacyExplainer">x</a><a id="__amazonPrivacyExplainer" name="embedUrl" href="http://evil.example/embed.html">y</a>' +
      '<form name="AmazonPrivacyExplainerEmbed"></form><img name="amazon-privacy-explainer.loader">' +
      '<div data-explainer-view="penalties"></div>';
    install(window, loaderScript());
    expect(document.querySelector('iframe')!.src).toBe(
      'https://explainer.example/sub/embed/penalties.chart-breakdown.html?id=explainer-1&theme=light',
    );
  });

  it('keeps going past a placeholder it cannot use', () => {
    document.body.innerHTML = '<div data-explainer-view="alexa"></div><div data-explainer-view="ring"></div>';
    // The first placeholder refuses children (a host script froze it, say).
    const broken = document.querySelector('div')!;
    broken.replaceChildren = () => {
      throw new Error('no');
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    install(window, loaderScript());
    expect(document.querySelectorAll('iframe')).toHaveLength(1);
    expect(document.querySelector('iframe')!.src).toContain('embed/ring.step.html');
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('embeds placeholders added after load, releases removed frames, and gives frames safe attributes', async () => {
    const state = install(window, loaderScript())!;
    document.body.insertAdjacentHTML('beforeend', '<section><div data-explainer-view="sources"></div></section>');
    // The loader's MutationObserver has seen the new placeholder.
    const frame = await vi.waitFor(() => document.querySelector('iframe') ?? expect.fail('no iframe yet'));
    expect(frame.src).toContain('embed/sources.html');
    expect(frame.getAttribute('referrerpolicy')).toBe('strict-origin-when-cross-origin');
    // No web-share: Chromium warns on every host page about a feature it does not know, and nothing uses it.
    expect(frame.getAttribute('allow')).toBe('clipboard-write');
    expect(state.frames.size).toBe(1);
    document.body.replaceChildren();
    await vi.waitFor(() => expect(state.frames.size).toBe(0));
  });

  it('keeps a second explainer site’s loader apart from the first', () => {
    document.body.innerHTML = '<div data-explainer-view="alexa"></div>';
    const first = install(window, loaderScript('https://explainer.example/embed.js'));
    const second = install(window, loaderScript('https://mirror.example/v2/embed.js'));
    expect(second).not.toBe(first);
    expect(second!.root).toBe('https://mirror.example/v2/');
  });

  it('damps a height that flips between two values (a scrollbar coming and going)', () => {
    let [height, history] = nextHeight(undefined, 2762, 0);
    expect(height).toBe(2762);
    [height, history] = nextHeight(history, 2770, 100);
    expect(height).toBe(2770);
    // A → B → A within a second: settle on the taller one, and ignore shrinks within the flip from then on.
    [height, history] = nextHeight(history, 2762, 200);
    expect(height).toBe(2770);
    [height, history] = nextHeight(history, 2762, 300);
    expect(height).toBeNull();
    // A real change still goes through.
    [height, history] = nextHeight(history, 1800, 5000);
    expect(height).toBe(1800);
    [height] = nextHeight(history, 2400, 5100);
    expect(height).toBe(2400);
  });

  it('drops data-* values longer than the embed accepts, and clips a long title (review 3, N11)', () => {
    document.body.innerHTML = `<div data-explainer-view="sources" data-q="${'x'.repeat(201)}" data-source="diw" data-title="${'T'.repeat(100_000)}"></div>`;
    install(window, loaderScript());
    const frame = document.querySelector('iframe')!;
    expect(frame.src).toBe('https://explainer.example/sub/embed/sources.html?id=explainer-1&theme=light&source=diw');
    expect(frame.title).toBe('T'.repeat(200));
  });

  it('reads placeholders’ own attributes only: a polluted Object.prototype changes nothing (review 3, N9)', () => {
    document.body.innerHTML = '<div data-explainer-view="penalties"></div>';
    const polluted = ['title', 'theme', 'lang', 'step', 'height', 'explainerReady'];
    const proto = Object.prototype as Record<string, unknown>;
    for (const key of polluted) proto[key] = 'POLLUTED';
    try {
      install(window, loaderScript());
    } finally {
      for (const key of polluted) delete proto[key];
    }
    const frame = document.querySelector('iframe')!;
    expect(frame.src).toBe(
      'https://explainer.example/sub/embed/penalties.chart-breakdown.html?id=explainer-1&theme=light',
    );
    expect(frame.title).toMatch(/^The money/);
  });

  it('embeds only inside the element data-explainer-scope names, when the script names one (review 3, N12)', async () => {
    document.body.innerHTML =
      '<main id="post"><div data-explainer-view="alexa"></div></main><aside id="comments"><div data-explainer-view="ring"></div></aside>';
    const script = loaderScript();
    script.dataset.explainerScope = '#post';
    install(window, script);
    expect([...document.querySelectorAll('iframe')].map((frame) => frame.closest('[id]')!.id)).toEqual(['post']);
    document.getElementById('comments')!.insertAdjacentHTML('beforeend', '<div data-explainer-view="penalties"></div>');
    document.getElementById('post')!.insertAdjacentHTML('beforeend', '<div data-explainer-view="sources"></div>');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.querySelectorAll('#post iframe')).toHaveLength(2);
    expect(document.querySelectorAll('#comments iframe')).toHaveLength(0);
  });

  it('lets a frame scroll inside once its content reaches the height clamp (review 3, N14)', () => {
    document.body.innerHTML = '<div data-explainer-view="penalties"></div>';
    install(window, loaderScript('https://explainer.example/embed.js'));
    const frame = document.querySelector('iframe')!;
    const report = reporter(frame);
    report(2000);
    expect(frame.getAttribute('scrolling')).toBe('no');
    report(1e9);
    expect(frame.style.height).toBe(`${MAX_EMBED_HEIGHT}px`);
    expect(frame.getAttribute('scrolling')).toBe('auto');
    // Back under the clamp (not to the height before, which the flip damping would hold at the taller one).
    report(3000);
    expect(frame.getAttribute('scrolling')).toBe('no');
  });

  it('settles a damped frame on the height it reported last, once the flipping stops (issue 29)', () => {
    vi.useFakeTimers();
    try {
      document.body.innerHTML = '<div data-explainer-view="penalties"></div>';
      install(window, loaderScript('https://explainer.example/embed.js'));
      const frame = document.querySelector('iframe')!;
      const report = reporter(frame);
      // A chart option pressed twice: taller, shorter, taller, shorter within a second (A-B-A-B).
      report(700);
      report(830);
      report(700);
      expect(frame.style.height).toBe('830px');
      report(700);
      expect(frame.style.height).toBe('830px');
      // The flipping stopped: the frame takes the content's height, leaving no gap below it.
      vi.advanceTimersByTime(SETTLE_MS);
      expect(frame.style.height).toBe('700px');
      // And a later change goes through as usual.
      report(760);
      expect(frame.style.height).toBe('760px');
    } finally {
      vi.useRealTimers();
    }
  });

  it('follows the host page’s own colours: a dark blog gets a dark embed, and a later switch reaches the frame', async () => {
    document.body.innerHTML =
      '<article style="background-color: rgb(17, 24, 39)"><div data-explainer-view="ring"></div></article><div id="light"><div data-explainer-view="alexa"></div></div>';
    install(window, loaderScript());
    const [dark, light] = [...document.querySelectorAll('iframe')];
    expect(new URL(dark!.src).searchParams.get('theme')).toBe('dark');
    expect(dark!.style.colorScheme).toBe('dark');
    expect(new URL(light!.src).searchParams.get('theme')).toBe('light');
    // A host's own choice wins over its colours.
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div style="background-color: rgb(0, 0, 0)"><div data-explainer-view="ring" data-theme="light"></div></div>',
    );
    const chosen = await vi.waitFor(() => document.querySelectorAll('iframe')[2] ?? expect.fail('no frame yet'));
    expect(new URL(chosen.src).searchParams.get('theme')).toBe('light');
    // Written in capitals it is still a choice; a typo is no choice: the host's colours, not a light default.
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div style="background-color: rgb(0, 0, 0)"><div data-explainer-view="ring" data-theme=" Light "></div><div data-explainer-view="ring" data-theme="drak"></div></div>',
    );
    const [capitals, typo] = await vi.waitFor(() => {
      const frames = [...document.querySelectorAll('iframe')].slice(3);
      return frames.length === 2 ? frames : expect.fail('no frames yet');
    });
    expect(new URL(capitals!.src).searchParams.get('theme')).toBe('light');
    expect(new URL(typo!.src).searchParams.get('theme')).toBe('dark');
    // The blog switches to dark (a class on <body>): the frames that follow its colours are told.
    const sent: unknown[] = [];
    Object.defineProperty(light!, 'contentWindow', { value: { postMessage: (data: unknown) => sent.push(data) } });
    document.head.insertAdjacentHTML(
      'beforeend',
      '<style>body.dark #light { background-color: rgb(10, 10, 10); }</style>',
    );
    document.body.classList.add('dark');
    await vi.waitFor(() => expect(sent).toEqual([expect.objectContaining({ theme: 'dark' })]));
    expect(light!.style.colorScheme).toBe('dark');
    expect(chosen.style.colorScheme).toBe('light');
  });

  it('reads a host colour in any notation the browser gives, and an unreadable one as no colour', () => {
    const host = document.createElement('div');
    host.innerHTML = '<div><span></span></div>';
    document.body.append(host);
    const span = host.querySelector('span')!;
    host.style.backgroundColor = 'rgba(250, 250, 250, 0.9)';
    expect(hostTheme(window, span)).toBe('light');
    host.style.backgroundColor = 'rgb(30, 30, 30)';
    expect(hostTheme(window, span)).toBe('dark');
    // Mostly transparent: look further out (the canvas: light).
    host.style.backgroundColor = 'rgba(0, 0, 0, 0.2)';
    expect(hostTheme(window, span)).toBe('light');
  });

  it('sandboxes each frame with what the embed needs: scripts, its own origin, new tabs, downloads (review 3, N13)', () => {
    document.body.innerHTML = '<div data-explainer-view="penalties"></div>';
    install(window, loaderScript());
    const sandbox = document.querySelector('iframe')!.getAttribute('sandbox')!.split(' ').sort();
    expect(sandbox).toEqual([
      'allow-downloads',
      'allow-popups',
      'allow-popups-to-escape-sandbox',
      'allow-same-origin',
      'allow-scripts',
    ]);
  });
});
