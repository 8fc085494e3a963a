import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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
    expect(iframe.value).toContain('src="https://news.example/explainers/amazon/embed/penalties.chart-breakdown.html');
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

  it('offers the picture of exactly what is chosen for newsletters, and a live preview of it', async () => {
    const picture = (key: string) => ({
      file: `pictures/email.${key}.en.png`,
      width: 1200,
      height: 900,
      alt: `A ${key}`,
    });
    const email = {
      en: Object.fromEntries(
        ['penalties.chart-breakdown', 'penalties.chart-time', 'penalties.full'].map((key) => [key, picture(key)]),
      ),
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        String(url).endsWith('pictures/email.json')
          ? new Response(JSON.stringify(email), { status: 200 })
          : new Response('Not found', { status: 404 }),
      ),
    );
    const user = userEvent.setup();
    render(<EmbedDialogBody view="penalties" locale="en" />);
    const code = (await screen.findByLabelText(/^For newsletters/)) as HTMLTextAreaElement;
    expect(code.value).toContain('pictures/email.penalties.chart-breakdown.en.png');
    expect(code.value).toContain('alt="A penalties.chart-breakdown"');
    await user.click(screen.getByRole('radio', { name: /How long Amazon’s sales took/ }));
    expect(code.value).toContain('pictures/email.penalties.chart-time.en.png');
    expect(screen.getByTitle(/Preview of the embed/).getAttribute('src')).toContain('embed/penalties.chart-time.html');
    await user.click(screen.getByRole('radio', { name: 'The whole section' }));
    expect(code.value).toContain('pictures/email.penalties.full.en.png');
    expect(screen.getByTitle(/Preview of the embed/).getAttribute('src')).toContain('embed/penalties.html');
  });

  it('offers a claim alone only where the build made it a page: a mistyped ?claim= gives no broken snippet', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('Not found', { status: 404 })),
    );
    for (const [claim, offered] of [
      ['two-days', true],
      ['no-such-claim', false],
    ] as const) {
      window.history.replaceState(null, '', `/?claim=${claim}#sources`);
      const { unmount } = render(<EmbedDialogBody view="sources" locale="en" />);
      const iframe = (await screen.findByLabelText(/^Without scripts/)) as HTMLTextAreaElement;
      expect(screen.queryByRole('radio', { name: /claim alone/i }) !== null, claim).toBe(offered);
      expect(iframe.value.includes(`embed/claims/${claim}.html`), claim).toBe(offered);
      unmount();
    }
    window.history.replaceState(null, '', '/');
  });

  it('reads a step in the address as the case view does: past the last step or not a number, the first', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('Not found', { status: 404 })),
    );
    for (const [step, shown] of [
      ['3', 3],
      ['99', 1],
      ['3abc', 1],
    ] as const) {
      window.history.replaceState(null, '', `/?alexa-step=${step}#alexa`);
      const { unmount } = render(<EmbedDialogBody view="alexa" locale="en" />);
      const iframe = (await screen.findByLabelText(/^Without scripts/)) as HTMLTextAreaElement;
      expect(screen.getByRole('radio', { name: new RegExp(`^Step ${shown} alone`) })).toBeInTheDocument();
      expect(iframe.value).toContain(`alexa-step=${step}`);
      unmount();
    }
    window.history.replaceState(null, '', '/');
  });
});
