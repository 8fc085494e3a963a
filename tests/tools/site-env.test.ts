/**
 * `npm run build` is the publication build: without SITE_URL and PUBLISHER it stops before building, saying what to
 * set; `npm run build:preview` needs neither (issue 29: no published page ships relative og:image, hreflang or
 * oEmbed addresses).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildEnv } from '../../scripts/lib/site-env.mjs';

describe('the build’s environment', () => {
  it('a publication build needs an absolute SITE_URL and a PUBLISHER', () => {
    expect(buildEnv({}).problems).toEqual([
      expect.stringMatching(/^SITE_URL is not set/),
      expect.stringMatching(/^PUBLISHER is not set/),
    ]);
    expect(buildEnv({ SITE_URL: 'news/amazon', PUBLISHER: 'Example News' }).problems).toEqual([
      expect.stringMatching(/not an absolute http\(s\) address/),
    ]);
    expect(buildEnv({ SITE_URL: 'javascript:alert(1)', PUBLISHER: 'Example News' }).problems).toHaveLength(1);
    const good = buildEnv({ SITE_URL: 'https://example.org/news/amazon', PUBLISHER: 'Example News' });
    expect(good.problems).toEqual([]);
    expect(good.siteUrl?.href).toBe('https://example.org/news/amazon/');
  });

  it('a preview needs neither', () => {
    expect(buildEnv({ EXPLAINER_BUILD: 'preview' })).toEqual({ preview: true, siteUrl: null, problems: [] });
  });

  it('stops `npm run build` at its first step with what to set, and lets a preview through', () => {
    const env = { ...process.env, SITE_URL: '', PUBLISHER: '', EXPLAINER_BUILD: '' };
    const stopped = spawnSync(process.execPath, ['scripts/lib/site-env.mjs'], { env, encoding: 'utf8' });
    expect(stopped.status).toBe(1);
    expect(stopped.stderr).toContain('SITE_URL=https://example.org/news/amazon/');
    expect(stopped.stderr).toContain('npm run build:preview');
    const preview = spawnSync(process.execPath, ['scripts/lib/site-env.mjs'], {
      env: { ...env, EXPLAINER_BUILD: 'preview' },
      encoding: 'utf8',
    });
    expect(preview.status).toBe(0);
  });
});
