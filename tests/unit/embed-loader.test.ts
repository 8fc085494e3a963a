import { afterEach, describe, expect, it } from 'vitest';
import { frameSrc, frameTitle, heightHint, install } from '../../src/features/embed/loader';
import { resizeMessage } from '../../src/features/embed/messages';

afterEach(() => {
  document.body.replaceChildren();
  delete (window as { __amazonPrivacyExplainer?: unknown }).__amazonPrivacyExplainer;
});

describe('the embed loader', () => {
  it('maps data attributes to the view’s static page in the asked edition', () => {
    const src = frameSrc({
      view: 'ring',
      dataset: { step: '4', theme: 'dark', unrelated: 'x' },
      id: 'explainer-1',
      root: 'https://e.example/a/',
    });
    expect(src).toBe('https://e.example/a/embed/ring.html?id=explainer-1&theme=dark&ring-step=4');
    expect(
      frameSrc({
        view: 'sources',
        dataset: { quote: 'diw-two-days', step: '2', lang: 'zh-Hans' },
        id: 'x',
        root: 'https://e.example/',
      }),
    ).toBe('https://e.example/embed/sources.zh-Hans.html?id=x&quote=diw-two-days');
    // An unknown view (or a prototype key) goes to embed.html, which says what went wrong.
    expect(frameSrc({ view: 'constructor', dataset: {}, id: 'y', root: 'https://e.example/' })).toBe(
      'https://e.example/embed.html?view=constructor&id=y',
    );
  });

  it('titles each frame by its view, and hints a height', () => {
    expect(frameTitle('penalties', {})).toMatch(/money/);
    expect(frameTitle('penalties', { title: 'Our chart' })).toBe('Our chart');
    expect(heightHint('sources', {})).toBeGreaterThan(500);
    expect(heightHint('sources', { height: '640' })).toBe(640);
    expect(heightHint('sources', { height: '99999' })).toBe(heightHint('sources', {}));
  });

  it('turns every placeholder into a lazy, titled, full-width iframe beside the script, once', () => {
    document.body.innerHTML =
      '<div data-explainer-view="alexa" data-step="2" style="min-height:1100px"></div><p>text</p><div data-explainer-view="nope"></div>';
    const script = document.createElement('script');
    script.src = 'https://explainer.example/sub/embed.js';
    const state = install(window, script);
    const frames = document.querySelectorAll('iframe');
    expect(frames).toHaveLength(2);
    expect(frames[0]!.src).toBe('https://explainer.example/sub/embed/alexa.html?id=explainer-1&alexa-step=2');
    expect(frames[0]!.title).toMatch(/Alexa/);
    expect(frames[0]!.getAttribute('loading')).toBe('lazy');
    expect(frames[0]!.style.width).toBe('100%');
    expect(frames[0]!.style.height).toBe('1100px');
    // The snippet's reserved height is lifted once the iframe (of the same height) stands in its place.
    expect((frames[0]!.parentElement as HTMLElement).style.minHeight).toBe('');
    expect(frames[1]!.src).toContain('view=nope');
    // A second copy of the script only picks up new placeholders.
    document.body.insertAdjacentHTML('beforeend', '<div data-explainer-view="ring"></div>');
    expect(install(window, script)).toBe(state);
    expect(document.querySelectorAll('iframe')).toHaveLength(3);
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
});
