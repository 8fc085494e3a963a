import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/page.ts';
import { useBuiltSite } from '../helpers/site.ts';
import { serveSite } from '../helpers/serve.ts';

describe('browser pipeline (dist/ in Debian Chromium, strict CSP, sub-path)', () => {
  const site = useBuiltSite({ basePath: '/some/sub/path/' });

  for (const file of ['', 'embed.html']) {
    it(`renders /${file} at 375 px with no errors and no other origins`, async () => {
      const { page, consoleErrors, pageErrors, failedRequests, requests, close } = await openPage(
        site.browser,
        `${site.server.url}${file}`,
        { width: 375, colorScheme: 'light', reducedMotion: 'reduce' },
      );
      try {
        await expect.poll(() => page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
        const origin = new URL(site.server.url).origin;
        expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
        expect(consoleErrors).toEqual([]);
        expect(pageErrors.map(String)).toEqual([]);
        expect(failedRequests).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  it('serves a test’s faults, 404s and refuses traversal', async () => {
    const local = await serveSite({
      faults: { 'data/broken.json': { status: 500, body: '{"oops"' } },
    });
    try {
      const broken = await fetch(`${local.url}data/broken.json`);
      expect(broken.status).toBe(500);
      expect(broken.headers.get('content-type')).toContain('application/json');
      expect((await fetch(`${local.url}nope.js`)).status).toBe(404);
      expect((await fetch(`${local.url}..%2F..%2Fpackage.json`)).status).toBe(404);
      const robots = await fetch(`${local.url}robots.txt`);
      expect(robots.headers.get('content-type')).toContain('text/plain');
    } finally {
      await local.close();
    }
  });
});
