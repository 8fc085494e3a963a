// What a build is for, from its environment. `npm run build` is the publication build: it needs SITE_URL (the
// absolute address the site is served from: link previews, hreflang, oEmbed and the snippets must be absolute) and
// PUBLISHER (who vouches for it: the credit on every embed and picture, the structured data). `npm run
// build:preview` (the tests, the bench, a look on your own machine) says it needs neither, and gets relative
// addresses and a placeholder publisher. Run directly (the first step of `npm run build`), it stops a publication
// build that lacks them before anything is built, saying what to set.
import { pathToFileURL } from 'node:url';

/** @param {Record<string, string | undefined>} env */
export function buildEnv(env = process.env) {
  const preview = env.EXPLAINER_BUILD === 'preview';
  /** @type {string[]} */
  const problems = [];
  let siteUrl = null;
  if (env.SITE_URL) {
    try {
      siteUrl = new URL(env.SITE_URL.replace(/\/?$/, '/'));
      if (!/^https?:$/.test(siteUrl.protocol)) throw new Error('not http(s)');
    } catch {
      problems.push(`SITE_URL is not an absolute http(s) address: "${env.SITE_URL}".`);
      siteUrl = null;
    }
  } else if (!preview)
    problems.push(
      'SITE_URL is not set: the absolute address the site will be served from, e.g. SITE_URL=https://example.org/news/amazon/',
    );
  if (!env.PUBLISHER?.trim() && !preview)
    problems.push(
      'PUBLISHER is not set: who publishes the explainer, e.g. PUBLISHER="Example News" (and PUBLISHER_URL).',
    );
  return { preview, siteUrl, problems };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { problems } = buildEnv();
  if (problems.length) {
    console.error(
      [
        'npm run build is the publication build, and it needs:',
        ...problems.map((problem) => `  - ${problem}`),
        'For example: PUBLISHER="Example News" PUBLISHER_URL=https://example.org/ SITE_URL=https://example.org/news/amazon/ npm run build',
        'For the tests, the bench or a local look, build a preview instead, which needs neither: npm run build:preview',
      ].join('\n'),
    );
    process.exit(1);
  }
}
