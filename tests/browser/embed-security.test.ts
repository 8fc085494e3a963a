import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scriptSnippet } from '../../src/features/embed/snippets';
import { MAX_EMBED_HEIGHT } from '../../src/features/embed/messages';
import { launchChromium } from '../helpers/chromium.ts';
import { openPage } from '../helpers/page.ts';
import { DIST_DIR } from '../helpers/paths.ts';
import { serveFolder, serveSite, type Served } from '../helpers/serve.ts';
import { writeHostPage } from '../helpers/host-page.ts';

/** The document inside an iframe. */
async function frameOf(iframe: Locator): Promise<Frame> {
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error('the iframe has no document');
  return frame;
}

/** The iframes' addresses, read through Document.prototype: the page's own `querySelectorAll` may be clobbered. */
const frameSources = (page: Page) =>
  page.evaluate(() =>
    [...Document.prototype.querySelectorAll.call(document, 'iframe')].map((frame) => (frame as HTMLIFrameElement).src),
  );

/**
 * The loader against a hostile host page, from the third security review (../shared/reviews/relsec-3.md, N1, N9,
 * N12, N13, N14, N16): clobbered document properties, a polluted Object.prototype, placeholders in readers'
 * comments, a hijacked frame trying to navigate the host, content past the height clamp, a blocked loader. The host
 * pages are on another origin than the explainer, as on a real blog; a third origin plays the attacker.
 */
describe('the loader on a hostile host page', () => {
  let browser: Browser;
  let explainer: Served;
  /** The same build, whose penalties page is a hijacked one trying to navigate its host (N13). */
  let hijacked: Served;
  let host: Served;
  let attacker: Served;
  let hostDir: string;
  let attackerDir: string;

  const page = (name: string, body: string, head = '') => writeHostPage(hostDir, name, body, head);

  beforeAll(async () => {
    explainer = await serveSite({ base: '/explainers/amazon/' });
    attackerDir = mkdtempSync(join(tmpdir(), 'embed-attacker-'));
    writeFileSync(join(attackerDir, 'index.html'), '<!doctype html><title>navigated</title><p>Attacker page</p>');
    attacker = await serveFolder(attackerDir);
    // A frame that tries to send its host to the attacker's page: once as it loads (no gesture), and again when the
    // reader presses its button (a gesture).
    const navigation = `const to = ${JSON.stringify(attacker.url)};
const attempt = (why) => {
  try { top.location.href = to + '#' + why; document.body.dataset[why] = 'sent'; }
  catch { document.body.dataset[why] = 'blocked'; }
};
attempt('load');
document.getElementById('go').addEventListener('click', () => attempt('gesture'));`;
    hijacked = await serveSite({
      faults: {
        'embed/penalties.chart-breakdown.html': {
          body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hijacked</title></head><body><button id="go" type="button">Continue</button><script src="navigate.js"></script></body></html>',
        },
        'embed/navigate.js': { body: navigation },
      },
    });
    const { file, integrity } = JSON.parse(readFileSync(join(DIST_DIR, 'embed-loader.json'), 'utf8')) as {
      file: string;
      integrity: string;
    };
    const versioned = `<script async src="${explainer.url}${file}" integrity="${integrity}" crossorigin="anonymous"></script>`;
    const script = `<script async src="${explainer.url}embed.js"></script>`;
    hostDir = mkdtempSync(join(tmpdir(), 'embed-security-'));
    // N1: a reader's comment with an image named like the document's script property, before the SRI-pinned loader.
    const comment = `<section id="comments"><p>Nice post! <img name="currentScript" src="${attacker.url}evil/x.png" alt="cat"></p></section>`;
    const post = '<article><div data-explainer-view="penalties"></div><div data-explainer-view="ring"></div></article>';
    page('clobbered', `${post}${comment}${versioned}`);
    // N10: and images and a form named like the document's methods the loader calls.
    page(
      'clobbered-methods',
      `${post}${comment}<p><img name="querySelectorAll" alt=""><form name="createElement"></form><img name="getElementById" alt=""><img name="addEventListener" alt=""><img name="readyState" alt=""><img name="documentElement" alt=""></p>${versioned}`,
    );
    // N9: a host script (or a polluting query string) has written to Object.prototype before the loader runs.
    page(
      'polluted',
      `<script>for (const key of ['title', 'claim', 'theme', 'lang', 'step', 'height', 'explainerReady', 'explainerView', 'get', 'set', 'attributes', 'attributeFilter'])
  Object.prototype[key] = key === 'get' || key === 'set' ? function () { return 'x'; } : key === 'attributeFilter' ? ['x'] : 'POLLUTED';</script>
<div data-explainer-view="penalties"></div>${script}`,
    );
    // N12: the host limits the loader to its post; readers' comments cannot add frames, now or later, not even
    // with an element of the same id.
    page(
      'scoped',
      `<article id="post"><div data-explainer-view="penalties"></div></article>
<section id="comments"><div data-explainer-view="sources" data-height="10000" data-title="Click me"></div><div id="post"><div data-explainer-view="ring"></div></div></section>
<script async src="${explainer.url}embed.js" data-explainer-scope="#post"></script>`,
    );
    // N13: a hijacked frame.
    page(
      'hijacked',
      `<div data-explainer-view="penalties"></div><script async src="${hijacked.url}embed.js"></script>`,
    );
    // N13, N14: the real embed, for its links and downloads and for content past the clamp.
    page('plain', `<div data-explainer-view="penalties"></div>${script}`, '<style>body{margin:0}</style>');
    // N16: the Embed dialog's snippet, with the loader refused (its integrity hash does not match).
    page(
      'refused',
      `<p>Before</p>${scriptSnippet({ view: 'penalties', state: {}, part: 'chart-breakdown', theme: 'auto' }, explainer.url, { file, integrity: `sha384-${'A'.repeat(64)}` })}<p>After</p>`,
    );
    host = await serveFolder(hostDir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    for (const server of [explainer, hijacked, host, attacker]) await server?.close();
    for (const dir of [hostDir, attackerDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const [name, what] of [
    ['clobbered', 'N1: an image named currentScript in a comment does not steer the loader'],
    ['clobbered-methods', 'N10: elements named like the document’s methods do not stop the loader'],
  ])
    it(`${what}: every frame comes from the explainer`, async () => {
      const opened = await openPage(browser, `${host.url}${name}.html`, { width: 900 });
      try {
        await expect
          .poll(() => frameSources(opened.page))
          .toEqual([
            // One chart and one step: compact by default; light, as the host page is (issue 29).
            `${explainer.url}embed/penalties.chart-breakdown.html?id=explainer-1&theme=light`,
            `${explainer.url}embed/ring.step.html?id=explainer-2&theme=light`,
          ]);
        expect(opened.pageErrors).toEqual([]);
      } finally {
        await opened.close();
      }
    });

  it('N9: a polluted Object.prototype changes no embed', async () => {
    const opened = await openPage(browser, `${host.url}polluted.html`, { width: 900 });
    try {
      await expect.poll(() => opened.page.locator('iframe').count()).toBe(1);
      const iframe = opened.page.locator('iframe');
      expect(await iframe.getAttribute('src')).toBe(
        `${explainer.url}embed/penalties.chart-breakdown.html?id=explainer-1&theme=light`,
      );
      expect(await iframe.getAttribute('title')).toMatch(/^The money/);
      expect(opened.pageErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('N12: with data-explainer-scope, only placeholders in the host’s own element become frames', async () => {
    const opened = await openPage(browser, `${host.url}scoped.html`, { width: 900 });
    try {
      await expect
        .poll(() => frameSources(opened.page))
        .toEqual([`${explainer.url}embed/penalties.chart-breakdown.html?id=explainer-1&theme=light`]);
      // Later: a comment arrives (not embedded), and the host adds to its post (embedded).
      await opened.page.evaluate(() => {
        document.getElementById('comments')!.insertAdjacentHTML('beforeend', '<div data-explainer-view="alexa"></div>');
        document.querySelector('article')!.insertAdjacentHTML('beforeend', '<div data-explainer-view="sources"></div>');
      });
      await expect.poll(() => opened.page.locator('iframe').count()).toBe(2);
      expect(await opened.page.locator('#comments iframe').count()).toBe(0);
    } finally {
      await opened.close();
    }
  });

  it('N13: a hijacked frame cannot navigate the host page, with or without a gesture', async () => {
    const opened = await openPage(browser, `${host.url}hijacked.html`, { width: 900 });
    try {
      const frame = await frameOf(opened.page.locator('iframe'));
      const outcome = (why: string) => async () => {
        if (opened.page.url() !== `${host.url}hijacked.html`) return 'navigated';
        return frame.evaluate((key) => document.body.dataset[key] ?? 'pending', why).catch(() => 'detached');
      };
      await expect.poll(outcome('load')).toBe('blocked');
      // A real click inside the frame: the reader's gesture, which a frame without sandbox may use on its host.
      await frame.getByRole('button', { name: 'Continue' }).click();
      await expect.poll(outcome('gesture')).toBe('blocked');
      expect(opened.page.url()).toBe(`${host.url}hijacked.html`);
    } finally {
      await opened.close();
    }
  });

  it('N13: the embed’s own new-tab link and its downloads still work in the sandboxed frame', async () => {
    const opened = await openPage(browser, `${host.url}plain.html`, { width: 1000 });
    try {
      const iframe = opened.page.locator('iframe');
      expect(await iframe.getAttribute('sandbox')).toBeTruthy();
      const frame = await frameOf(iframe);
      const [popup] = await Promise.all([
        opened.page.context().waitForEvent('page'),
        frame.getByRole('link', { name: /Open the full explainer/ }).click(),
      ]);
      await popup.waitForLoadState('domcontentloaded');
      expect(popup.url()).toBe(`${explainer.url}#penalties`);
      // The new tab is not sandboxed (allow-popups-to-escape-sandbox): its app runs and its section gets ready.
      await popup.locator('#penalties').scrollIntoViewIfNeeded();
      await popup.locator('#penalties[data-ready]').waitFor({ state: 'attached', timeout: 20_000 });
      await popup.close();
      // One chart alone keeps its downloads in a fold under it.
      const chart = frame.locator('#chart-breakdown');
      await chart.getByText('The numbers, downloads and sources').click();
      const [download] = await Promise.all([
        opened.page.waitForEvent('download'),
        chart.getByRole('button', { name: 'Download data (CSV)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('amazon-2023-settlements-breakdown.csv');
    } finally {
      await opened.close();
    }
  });

  it('N14: content taller than the clamp scrolls inside the frame', async () => {
    const opened = await openPage(browser, `${host.url}plain.html`, { width: 900, height: 800 });
    try {
      const iframe = opened.page.locator('iframe');
      const frame = await frameOf(iframe);
      await frame.waitForSelector('#root > *');
      await frame.evaluate(() => {
        const tall = document.createElement('div');
        tall.style.height = '80000px';
        document.getElementById('root')!.append(tall);
      });
      await expect.poll(() => iframe.evaluate((node) => node.getBoundingClientRect().height)).toBe(MAX_EMBED_HEIGHT);
      await iframe.hover({ position: { x: 450, y: 300 } });
      await expect
        .poll(async () => {
          await opened.page.mouse.wheel(0, 4000);
          return frame.evaluate(() => window.scrollY);
        })
        .toBeGreaterThan(0);
    } finally {
      await opened.close();
    }
  });

  it('N16: a refused loader leaves a link to the section in the snippet’s place, not a blank gap', async () => {
    const opened = await openPage(browser, `${host.url}refused.html`, { width: 900 });
    try {
      // The browser refuses the script (its hash does not match): no frame, ever.
      await expect.poll(() => opened.consoleErrors.some((text) => /integrity/i.test(text))).toBe(true);
      expect(await opened.page.locator('iframe').count()).toBe(0);
      const link = opened.page.getByRole('link', { name: /The money/ });
      expect(await link.getAttribute('href')).toBe(`${explainer.url}#penalties`);
      expect(await link.isVisible()).toBe(true);
    } finally {
      await opened.close();
    }
  });
});
