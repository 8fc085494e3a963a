/**
 * The docs do not drift from the repository: every file or folder path the README and docs/*.md name in code
 * spans (`src/lib/site.ts`, `scripts/measure-embed-heights.mjs`) and every relative link exists. Paths with a
 * placeholder (`<view>`, `*`, `…`) and build outputs (dist/) are patterns, not files, and are skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const DOCS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];
const TOP = ['src/', 'scripts/', 'tests/', 'docs/', 'public/', '.ci/'];

/** The repository paths a Markdown file names in code spans. */
export function namedPaths(markdown: string): string[] {
  const spans = [...markdown.matchAll(/`([^`\n]+)`/g)].map((match) => match[1]!.trim());
  return spans.filter(
    (span) => TOP.some((top) => span.startsWith(top)) && !/[<>*…{}\s]|\.\.\./.test(span) && !span.includes('dist/'),
  );
}

/** The relative links a Markdown file makes (`[text](docs/embedding.md)`), without their #fragment. */
function relativeLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1]!.split('#')[0]!)
    .filter((link) => link && !/^[a-z]+:/i.test(link));
}

describe('the README and docs name only what exists', () => {
  it('finds paths in code spans, and skips patterns', () => {
    expect(namedPaths('see `src/lib/site.ts`, `embed/<view>.html`, `scripts/*.mjs` and `src/app/`')).toEqual([
      'src/lib/site.ts',
      'src/app/',
    ]);
  });

  for (const doc of DOCS)
    it(`${doc}: every path and link it names exists`, () => {
      const markdown = readFileSync(join(ROOT, doc), 'utf8');
      const missing = [
        ...namedPaths(markdown).filter((path) => !existsSync(join(ROOT, path))),
        ...relativeLinks(markdown).filter((link) => !existsSync(join(ROOT, dirname(doc), link))),
      ];
      expect(missing, `${doc} names paths that do not exist`).toEqual([]);
    });
});
