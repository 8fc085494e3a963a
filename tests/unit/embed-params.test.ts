import { describe, expect, it } from 'vitest';
import {
  acceptResize,
  isResizeMessage,
  MAX_EMBED_HEIGHT,
  readTheme,
  resizeMessage,
  themeMessage,
} from '../../src/features/embed/messages';
import { currentState, embedPageUrl, fullExplainerUrl, parseEmbedParams } from '../../src/features/embed/params';
import { editionLinks, embedPagePath } from '../../src/lib/site';
import { oembedDocument, oembedPath } from '../../src/features/embed/oembed';
import {
  escapeAttribute,
  iframeSnippet,
  pictureSnippet,
  scriptSnippet,
  snippetHeight,
} from '../../src/features/embed/snippets';
import { measuredHeight } from '../../src/features/embed/heights';

describe('parseEmbedParams', () => {
  it('reads a view, theme, id and that view’s own state', () => {
    expect(parseEmbedParams('?view=alexa&theme=dark&id=explainer-2&alexa-step=3&source=x')).toEqual({
      view: 'alexa',
      requestedView: 'alexa',
      theme: 'dark',
      lang: 'en',
      id: 'explainer-2',
      state: { 'alexa-step': '3' },
      card: null,
      part: 'step',
      solid: false,
    });
  });

  it('reads the part shown alone: the view’s first by default, `full` for the whole view, an unknown one as the first', () => {
    expect(parseEmbedParams('?view=ring').part).toBe('step');
    expect(parseEmbedParams('?view=ring&part=full').part).toBeNull();
    expect(parseEmbedParams('?view=penalties&part=chart-time').part).toBe('chart-time');
    expect(parseEmbedParams('?view=penalties&part=chart-%3Cimg%3E').part).toBe('chart-breakdown');
    expect(parseEmbedParams('?view=sources').part).toBeNull();
    expect(parseEmbedParams('?view=ring&bg=page').solid).toBe(true);
  });

  it('puts a part on a page of its own', () => {
    const base = 'https://news.example/x/';
    expect(embedPageUrl('penalties', {}, { part: 'chart-time', solid: true }, base)).toBe(
      'https://news.example/x/embed/penalties.chart-time.html?bg=page',
    );
    expect(embedPageUrl('ring', { 'ring-step': '3', lang: 'zh-Hans' }, { part: 'step' }, base)).toBe(
      'https://news.example/x/embed/ring.step.zh-Hans.html?ring-step=3',
    );
  });

  it('a sources embed with a claim chosen is that claim’s card page (the Embed dialog opened on a claim)', () => {
    const base = 'https://news.example/x/';
    expect(embedPageUrl('sources', { claim: 'two-days', quote: 'q1', lang: 'zh-Hans' }, { theme: 'dark' }, base)).toBe(
      'https://news.example/x/embed/claims/two-days.zh-Hans.html?theme=dark',
    );
    expect(embedPageUrl('sources', { quote: 'q1' }, {}, base)).toBe(
      'https://news.example/x/embed/sources.html?quote=q1',
    );
  });

  it('reads a single-claim card for the sources view only, and only a well-formed claim id', () => {
    expect(parseEmbedParams('?view=sources&card=two-days').card).toBe('two-days');
    expect(parseEmbedParams('?view=alexa&card=two-days').card).toBeNull();
    for (const hostile of ['<img src=x>', '__proto__', '../index', 'a'.repeat(61), 'Two-Days', '']) {
      expect(parseEmbedParams(`?view=sources&card=${encodeURIComponent(hostile)}`).card, hostile).toBeNull();
    }
  });

  it('falls back safely on bad values', () => {
    const parsed = parseEmbedParams('?view=<script>alert(1)</script>&theme=neon&lang=klingon&id=a"b');
    expect(parsed.view).toBeNull();
    expect(parsed.requestedView).toBe('<script>alert(1)</script>');
    expect(parsed.theme).toBe('auto');
    expect(parsed.lang).toBe('en');
    expect(parsed.id).toBe('');
    expect(parsed.state).toEqual({});
  });

  it('treats a missing view as unknown, trims and limits a long one', () => {
    expect(parseEmbedParams('').view).toBeNull();
    expect(parseEmbedParams(`?view=${'x'.repeat(5000)}`).requestedView).toHaveLength(200);
    expect(parseEmbedParams('?view=%20penalties%20').view).toBe('penalties');
  });

  it('drops over-long state values', () => {
    expect(parseEmbedParams(`?view=sources&q=${'a'.repeat(201)}&source=amzpro`).state).toEqual({ source: 'amzpro' });
  });
});

describe('embed URLs', () => {
  it('builds an embed address with only the view’s own state', () => {
    const base = 'https://news.example/x/';
    const state = { source: 'diw', quote: 'diw-two-days', 'alexa-step': '2' };
    expect(embedPageUrl('sources', state, { theme: 'light', id: 'p' }, base)).toBe(
      'https://news.example/x/embed/sources.html?theme=light&id=p&source=diw&quote=diw-two-days',
    );
    expect(embedPageUrl('penalties', {}, { theme: 'auto' }, base)).toBe('https://news.example/x/embed/penalties.html');
  });

  it('links the full explainer in the same edition, at the same section and state, relative to the embed page', () => {
    // From embed/ring.html and embed/ring.zh-Hans.html (the way back to the root is ../).
    expect(fullExplainerUrl('ring', { 'ring-step': '4' }, 'en', '../')).toBe('../?ring-step=4#ring');
    expect(fullExplainerUrl('ring', { 'ring-step': '4' }, 'zh-Hans', '../')).toBe('../zh-Hans/?ring-step=4#ring');
    // From embed.html, beside the main page; never a bare #hash, which would stay inside the frame.
    expect(fullExplainerUrl('penalties', {}, 'en', './')).toBe('./#penalties');
    expect(fullExplainerUrl('alexa', { 'alexa-step': '2', lang: 'x' }, 'zh-Hans', './')).toBe(
      'zh-Hans/?alexa-step=2#alexa',
    );
  });

  it('reads the main page’s current state for a section', () => {
    expect(currentState('alexa', '?alexa-step=5&ring-step=2&source=diw')).toEqual({ 'alexa-step': '5' });
    expect(currentState('sources', '?alexa-step=5&source=diw&q=fine')).toEqual({ source: 'diw', q: 'fine' });
  });
});

describe('snippets', () => {
  const base = 'https://news.example/explainers/amazon/';
  it('gives the loader snippet with the state as data attributes', () => {
    const height = measuredHeight('alexa.step', 'en', 2, 360);
    expect(height).toBeGreaterThan(500);
    expect(scriptSnippet({ view: 'alexa', state: { 'alexa-step': '3' }, part: 'step', theme: 'dark' }, base)).toBe(
      `<div data-explainer-view="alexa" data-theme="dark" data-step="3" style="min-height:${height}px"><a href="https://news.example/explainers/amazon/?alexa-step=3#alexa">The Alexa case: children’s voices — Amazon’s 2023 privacy settlements, explained</a></div>\n<script async src="https://news.example/explainers/amazon/embed.js"></script>`,
    );
  });

  it('names the part: the whole view as data-mode="full", a chart by its name, the explainer’s background', () => {
    expect(scriptSnippet({ view: 'ring', state: {}, part: null, theme: 'auto' }, base)).toContain(
      '<div data-explainer-view="ring" data-mode="full" style="min-height:',
    );
    expect(
      scriptSnippet({ view: 'penalties', state: {}, part: 'chart-coppa', theme: 'auto', solid: true }, base),
    ).toContain('<div data-explainer-view="penalties" data-chart="coppa" data-background="page" style="min-height:');
    // The sources view has no parts: whole is its only way, and needs no mode.
    expect(scriptSnippet({ view: 'sources', state: {}, part: null, theme: 'auto' }, base)).toContain(
      '<div data-explainer-view="sources" style="min-height:',
    );
  });

  it('reserves each choice’s own measured height at a phone’s width, taller for the whole view than one step', () => {
    const height = (choice: Parameters<typeof snippetHeight>[0]) => snippetHeight(choice);
    const step = height({ view: 'ring', state: { 'ring-step': '3' }, part: 'step' });
    expect(step).toBe(measuredHeight('ring.step', 'en', 2, 360));
    expect(height({ view: 'ring', state: { 'ring-step': '3' }, part: null })).toBeGreaterThan(step * 2);
    expect(height({ view: 'ring', state: { 'ring-step': '3', lang: 'zh-Hans' }, part: 'step' })).toBe(
      measuredHeight('ring.step', 'zh-Hans', 2, 360),
    );
    expect(height({ view: 'sources', state: { claim: 'two-days' }, part: null })).toBe(
      measuredHeight('claims/two-days', 'en', 0, 360),
    );
  });

  it('gives a plain iframe with a title and a height, for hosts that strip scripts', () => {
    const snippet = iframeSnippet({ view: 'sources', state: { q: 'a"b<c>' }, part: null, theme: 'auto' }, base);
    expect(snippet).toContain('src="https://news.example/explainers/amazon/embed/sources.html?q=a%22b%3Cc%3E"');
    expect(snippet).toMatch(/title="[^"]+"/);
    expect(snippet).toMatch(/height="\d+"/);
  });

  it('names the versioned loader with its integrity hash, when the build published one', () => {
    const snippet = scriptSnippet({ view: 'penalties', state: {}, part: 'chart-breakdown', theme: 'auto' }, base, {
      file: 'embed.v1.0123456789.js',
      integrity: 'sha384-abc',
    });
    expect(snippet).toContain(
      '<script async src="https://news.example/explainers/amazon/embed.v1.0123456789.js" integrity="sha384-abc" crossorigin="anonymous"></script>',
    );
  });

  it('puts a link to the section inside the placeholder, for when the loader is blocked (review 3, N16)', () => {
    expect(
      scriptSnippet({ view: 'ring', state: { 'ring-step': '3', lang: 'zh-Hans' }, part: 'step', theme: 'auto' }, base),
    ).toMatch(
      /^<div data-explainer-view="ring" [^>]*><a href="https:\/\/news\.example\/explainers\/amazon\/zh-Hans\/\?ring-step=3#ring">[^<]+<\/a><\/div>\n<script /,
    );
  });

  it('gives frames a referrer policy and lets their Copy buttons work (no web-share: hosts warned of it)', () => {
    expect(iframeSnippet({ view: 'alexa', state: {}, part: 'step', theme: 'auto' }, base)).toContain(
      'referrerpolicy="strict-origin-when-cross-origin" allow="clipboard-write" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads"',
    );
  });

  it('gives newsletters the chosen picture, linked to its section and state in the edition', () => {
    const picture = { file: 'pictures/email.ring.step-3.zh-Hans.png', width: 1200, height: 1100, alt: '环形"图' };
    const choice = {
      view: 'ring' as const,
      state: { 'ring-step': '3', lang: 'zh-Hans' },
      part: 'step',
      theme: 'auto' as const,
    };
    expect(pictureSnippet(choice, picture, base)).toBe(
      '<a href="https://news.example/explainers/amazon/zh-Hans/?ring-step=3#ring"><img src="https://news.example/explainers/amazon/pictures/email.ring.step-3.zh-Hans.png" width="600" height="550" alt="环形&quot;图" style="display:block;max-width:100%;height:auto;border:0"></a>',
    );
  });

  it('escapes attribute text', () => {
    expect(escapeAttribute('"<&>')).toBe('&quot;&lt;&amp;&gt;');
  });
});

describe('resize messages', () => {
  const frame = { contentWindow: {} as Window };
  const frames = new Map([['explainer-1', frame]]);
  const good = {
    origin: 'https://explainer.example',
    source: frame.contentWindow,
    data: resizeMessage('explainer-1', 812.3),
  };

  it('rounds heights up', () => {
    expect(resizeMessage('a', 812.3).height).toBe(813);
  });

  it('accepts a well-formed message from its own frame and origin', () => {
    expect(acceptResize(good, 'https://explainer.example', frames)).toEqual({
      type: 'amazon-privacy-explainer:resize',
      v: 1,
      id: 'explainer-1',
      height: 813,
    });
    // Embeds built before the protocol had versions send no `v`: read the same way.
    const { v: _v, ...unversioned } = good.data;
    expect(acceptResize({ ...good, data: unversioned }, 'https://explainer.example', frames)?.height).toBe(813);
  });

  it('clamps very tall content instead of refusing it', () => {
    expect(resizeMessage('a', 1e9).height).toBe(MAX_EMBED_HEIGHT);
    expect(
      acceptResize({ ...good, data: { ...good.data, height: 1e9 } }, 'https://explainer.example', frames)?.height,
    ).toBe(MAX_EMBED_HEIGHT);
  });

  it('reads a host’s theme message, and nothing else', () => {
    expect(readTheme(themeMessage('dark'))).toBe('dark');
    expect(readTheme({ type: 'amazon-privacy-explainer:theme', theme: 'light' })).toBe('light');
    for (const data of [null, 'dark', { ...themeMessage('dark'), v: 2 }, { ...themeMessage('dark'), theme: 'red' }])
      expect(readTheme(data)).toBeNull();
  });

  it('rejects other origins, other windows, unknown ids and malformed data', () => {
    expect(acceptResize({ ...good, origin: 'https://evil.example' }, 'https://explainer.example', frames)).toBeNull();
    expect(acceptResize({ ...good, source: {} as Window }, 'https://explainer.example', frames)).toBeNull();
    expect(
      acceptResize({ ...good, data: resizeMessage('explainer-9', 100) }, 'https://explainer.example', frames),
    ).toBeNull();
    for (const data of [
      null,
      'resize',
      { type: 'other', id: 'explainer-1', height: 10 },
      { ...good.data, height: -1 },
      { ...good.data, height: Number.NaN },
      { ...good.data, height: '500' },
      { ...good.data, v: 2 },
      { ...good.data, id: 'a b' },
    ]) {
      expect(isResizeMessage(data)).toBe(false);
      expect(acceptResize({ ...good, data }, 'https://explainer.example', frames)).toBeNull();
    }
  });
});

describe('links between the pages', () => {
  it('gives absolute canonical and hreflang links under any root', () => {
    const root = new URL('https://news.example/x/');
    expect(editionLinks('zh-Hans', null, root)).toEqual([
      ['canonical', null, 'https://news.example/x/zh-Hans/'],
      ['alternate', 'en', 'https://news.example/x/'],
      ['alternate', 'zh-Hans', 'https://news.example/x/zh-Hans/'],
      ['alternate', 'x-default', 'https://news.example/x/'],
    ]);
    expect(editionLinks('en', 'ring', root)).toEqual([['canonical', null, 'https://news.example/x/#ring']]);
    expect(embedPagePath('penalties', 'zh-Hans')).toBe('embed/penalties.zh-Hans.html');
  });
});

describe('oEmbed documents', () => {
  const picture = { file: 'pictures/view.alexa.zh-Hans.png', width: 1200, height: 1732, alt: '图' };
  /** The spec's required fields for a `rich` response (oembed.com, 2.3.4), and its thumbnail rule. */
  function expectValidRich(document: Record<string, unknown>) {
    expect(document.version).toBe('1.0');
    expect(document.type).toBe('rich');
    expect(typeof document.html).toBe('string');
    for (const field of ['width', 'height']) expect(Number.isInteger(document[field])).toBe(true);
    const thumbnail = ['thumbnail_url', 'thumbnail_width', 'thumbnail_height'].filter((field) => field in document);
    expect([0, 3]).toContain(thumbnail.length);
  }

  it('gives a rich document with the iframe snippet and a thumbnail, with absolute addresses under SITE_URL', () => {
    const document = oembedDocument('alexa', 'zh-Hans', new URL('https://news.example/x/'), picture);
    expectValidRich({ ...document });
    expect(document.html).toContain('src="https://news.example/x/embed/alexa.zh-Hans.html"');
    expect(document.html).toContain('title="Alexa');
    expect(document.provider_url).toBe('https://news.example/x/zh-Hans/');
    expect(document.thumbnail_url).toBe('https://news.example/x/pictures/view.alexa.zh-Hans.png');
    expect(oembedPath('alexa', 'zh-Hans')).toBe('oembed/alexa.zh-Hans.json');
  });

  it('without a site address, gives addresses relative to the site root', () => {
    const document = oembedDocument('ring', 'en', null, undefined);
    expectValidRich({ ...document });
    expect(document.html).toContain('src="embed/ring.html"');
    expect(document.provider_url).toBe('./');
    expect(document).not.toHaveProperty('thumbnail_url');
  });
});
