import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmbedDialogBody } from '../../src/features/embed/embed-dialog-body';

afterEach(() => {
  for (const meta of document.head.querySelectorAll('meta[name="explainer-site"]')) meta.remove();
});

/**
 * The Embed dialog on a copy of the site served elsewhere (a mirror, a proxy): a build made with SITE_URL names
 * the canonical site in the head, and the snippets point there, not at the copy (review 3, N19).
 */
describe('the Embed dialog’s snippets', () => {
  it('point at the site the build names (SITE_URL), not at the address the page was read from', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('Not found', { status: 404 })),
    );
    const meta = document.createElement('meta');
    meta.name = 'explainer-site';
    meta.content = 'https://news.example/explainers/amazon/';
    document.head.append(meta);
    render(<EmbedDialogBody view="penalties" locale="en" />);
    const snippet = (await screen.findByLabelText('Snippet (auto-resizing)')) as HTMLTextAreaElement;
    expect(snippet.value).toContain('src="https://news.example/explainers/amazon/embed.js"');
    expect(snippet.value).not.toContain(window.location.origin);
    const iframe = screen.getByLabelText(/^Without scripts/) as HTMLTextAreaElement;
    expect(iframe.value).toContain('src="https://news.example/explainers/amazon/embed/penalties.html');
  });

  it('point at the page’s own site when the build names none (the dev server, a build without SITE_URL)', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('Not found', { status: 404 })),
    );
    render(<EmbedDialogBody view="penalties" locale="en" />);
    const snippet = (await screen.findByLabelText('Snippet (auto-resizing)')) as HTMLTextAreaElement;
    expect(snippet.value).toContain(`src="${window.location.origin}/embed.js"`);
  });
});
