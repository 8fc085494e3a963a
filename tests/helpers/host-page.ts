import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Write a blog-like host page `name`.html into `dir`, with `body` and optional extra `head` markup. */
export function writeHostPage(dir: string, name: string, body: string, head = ''): void {
  writeFileSync(
    join(dir, `${name}.html`),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${name}</title>${head}</head><body>${body}</body></html>`,
  );
}
