import type { Frame, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { framesRendered } from './page.ts';

/**
 * "A frame's height stays settled", as a state rather than a wait of so many milliseconds. A height loop between a
 * host and its embed turns in rounds: the frame lays out and reports its height (height-reporter.ts, within a frame),
 * the message crosses to the host, the host sets the iframe's height and lays out (its scrollbar may come or go),
 * which can change the frame's width and so its height again. One round here waits for each of those steps:
 * the frame renders two frames and posts a marker after any height it reported, the host receives the marker
 * (messages from one window to another arrive in order, so every report before it has been handled), and the host
 * renders two frames, with a ResizeObserver on the iframe recording each size it takes (width x height).
 */
export async function watchFrameHeight(page: Page, iframe: Locator, frame: Frame) {
  await iframe.evaluate((node) => {
    // Each size the iframe takes: its height, and its width (a host scrollbar that comes and goes narrows it).
    const sizes: string[] = [];
    new ResizeObserver(() => {
      const box = node.getBoundingClientRect();
      sizes.push(`${box.width}x${box.height}`);
    }).observe(node);
    (window as unknown as { frameSizes: string[] }).frameSizes = sizes;
  });
  const sizes = () => page.evaluate(() => [...(window as unknown as { frameSizes: string[] }).frameSizes]);
  let marker = 0;
  const round = async () => {
    marker += 1;
    const token = `height-round-${marker}`;
    await page.evaluate((expected) => {
      (window as unknown as { roundDone?: Promise<void> }).roundDone = new Promise((resolve) => {
        window.addEventListener('message', function listen(event) {
          if (event.data !== expected) return;
          window.removeEventListener('message', listen);
          resolve();
        });
      });
    }, token);
    await framesRendered(frame);
    await frame.evaluate((sent) => window.parent.postMessage(sent, '*'), token);
    await page.evaluate(() => (window as unknown as { roundDone: Promise<void> }).roundDone);
    await framesRendered(page);
  };
  return {
    sizes,
    /**
     * Run rounds until one passes with no change of size (at most `rounds`: a loop that never settles fails), then
     * `quiet` more, none of which may change it. Returns every size the iframe took since the watch began.
     */
    async settles({ rounds = 20, quiet = 3 } = {}): Promise<string[]> {
      for (let index = 0, before = -1; ; index += 1) {
        const count = (await sizes()).length;
        if (count === before) break;
        expect(index, `no round without a change of size: ${(await sizes()).join(' ')}`).toBeLessThan(rounds);
        before = count;
        await round();
      }
      const settled = (await sizes()).length;
      for (let index = 0; index < quiet; index += 1) await round();
      const all = await sizes();
      expect(all.slice(settled), `changes after settling (all: ${all.join(' ')})`).toEqual([]);
      return all;
    },
  };
}
