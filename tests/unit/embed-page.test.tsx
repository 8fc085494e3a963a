import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EmbedPage } from '../../src/app/embed-page';
import { ExplainerPage } from '../../src/app/explainer-page';
import { parseEmbedParams } from '../../src/features/embed/params';
import { renderWithClient, serveData } from '../helpers/render';
import { UI } from '../../src/lib/chrome-strings';
import { SITE_TITLE } from '../../src/lib/ui-strings';
import { LocaleProvider } from '../../src/lib/locale';
import { measuredHeight } from '../../src/features/embed/heights';

describe('the embed page', () => {
  it('shows one section with a compact title and a credit linking to the full explainer at the same state', async () => {
    serveData();
    window.history.replaceState(null, '', '/embed.html?view=alexa&part=full&alexa-step=2&id=e1');
    renderWithClient(<EmbedPage params={parseEmbedParams(window.location.search)} />);
    expect(screen.getByRole('heading', { level: 2, name: /Alexa case/ })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    // The credit comes with the section's content (so the content does not push it down as it loads).
    expect(screen.queryByRole('link', { name: /Open the full explainer/ })).not.toBeInTheDocument();
    const link = await screen.findByRole('link', { name: /Open the full explainer/ });
    // Relative: from embed.html (this page) the main page is ./, from embed/alexa.html it is ../.
    expect(link).toHaveAttribute('href', './?alexa-step=2#alexa');
    expect((link as HTMLAnchorElement).href).toBe('http://localhost:3000/?alexa-step=2#alexa');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAccessibleDescription('(opens in a new tab)');
    await waitFor(() => expect(screen.getByText('2:23-cv-00811-TL')).toBeInTheDocument());
    // A full citation (the note markers beside the text are links within the page).
    const citation = screen
      .getAllByRole('link', { name: /U\.S\. Department of Justice/ })
      .find((candidate) => candidate.getAttribute('target') === '_blank');
    expect(citation).toHaveAccessibleDescription('(opens in a new tab)');
    expect(screen.queryByRole('banner')).not.toBeInTheDocument();
    expect(screen.queryByText(/How this explainer was made/)).not.toBeInTheDocument();
  });

  it('one step alone: the scene, the step’s lede with its details folded, the controls, no case at a glance', async () => {
    serveData();
    window.history.replaceState(null, '', '/embed.html?view=ring&ring-step=3');
    renderWithClient(<EmbedPage params={parseEmbedParams(window.location.search)} />);
    await screen.findByRole('link', { name: /Open the full explainer/ });
    // Step 3 is the one shown (the others stay in the page, hidden).
    await waitFor(() => expect(document.querySelector('article[data-step="3"]')).not.toHaveAttribute('aria-hidden'));
    expect(document.querySelector('article[data-step="1"]')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByRole('button', { name: /Next/ })).toBeInTheDocument();
    // The details wait in a fold; the case at a glance and the event list stay on the page.
    const fold = within(document.querySelector('article[data-step="3"]')!)
      .getByText('The details and their sources')
      .closest('details');
    expect(fold).not.toHaveAttribute('open');
    expect(screen.queryByText('The case at a glance')).not.toBeInTheDocument();
    expect(screen.queryByText(/All the events on the timeline/)).not.toBeInTheDocument();
  });

  it('one chart alone: that chart, its table, downloads and sources folded, no other chart', async () => {
    serveData();
    const params = parseEmbedParams('?view=penalties&part=chart-coppa');
    renderWithClient(<EmbedPage params={params} />);
    const figure = await screen.findByRole('figure', { name: /Large COPPA penalties/ });
    expect(screen.getAllByRole('figure')).toEqual([figure]);
    expect(within(figure).getByText('The numbers, downloads and sources').closest('details')).not.toHaveAttribute(
      'open',
    );
    // The section's own heading stays for screen readers; the chart's is the one on screen.
    expect(screen.getByRole('heading', { level: 2, name: 'The money, in proportion' })).toHaveClass('sr-only');
  });

  it('names the publisher in its credit line, linked when the build gave its address', async () => {
    serveData();
    const params = parseEmbedParams('?view=penalties&part=chart-time');
    renderWithClient(<EmbedPage params={params} publisher={{ name: 'Example News', url: 'https://news.example/' }} />);
    const by = await screen.findByRole('link', { name: 'By Example News' });
    expect(by).toHaveAttribute('href', 'https://news.example/');
    expect(by.closest('p')).toHaveTextContent(/^By Example News · Amazon’s 2023 privacy settlements, explained/);
  });

  it("writes its credit line in each edition's punctuation", async () => {
    for (const [lang, credit] of [
      [
        'en',
        new RegExp(
          `^By The newsroom publishing this explainer · ${SITE_TITLE.en} · Updated \\w+ \\d{1,2}, \\d{4} · Open the full explainer$`,
        ),
      ],
      [
        'zh-Hans',
        new RegExp(
          `^发布本解读的新闻机构出品 · 《${SITE_TITLE['zh-Hans']}》 · 更新于\\d{4}年\\d{1,2}月\\d{1,2}日 · 打开完整解读$`,
        ),
      ],
    ] as const) {
      serveData();
      window.history.replaceState(null, '', `/embed.html?view=penalties&lang=${lang}`);
      const params = parseEmbedParams(window.location.search);
      const { unmount } = renderWithClient(
        <LocaleProvider initial={params.lang}>
          <EmbedPage params={params} />
        </LocaleProvider>,
      );
      const link = await screen.findByRole('link', { name: UI[lang].embed.openFull });
      await waitFor(() => expect(link.closest('p')?.querySelector('time')).not.toBeNull());
      expect(link.closest('p')?.textContent).toMatch(credit);
      unmount();
    }
  });

  it("lists the claims it knows, for an unknown one, in each edition's punctuation", async () => {
    for (const [lang, line] of [
      ['en', /^two-days: \S/],
      ['zh-Hans', /^two-days：\S/],
    ] as const) {
      serveData();
      const params = parseEmbedParams(`?view=sources&card=no-such-claim&lang=${lang}`);
      const { unmount } = renderWithClient(
        <LocaleProvider initial={params.lang}>
          <EmbedPage params={params} />
        </LocaleProvider>,
      );
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('no-such-claim');
      const item = within(alert).getByText('two-days').closest('li');
      expect(item?.textContent).toMatch(line);
      unmount();
    }
  });

  it('names each article that is silent on a claim in its own language, for screen readers', async () => {
    serveData();
    renderWithClient(<EmbedPage params={parseEmbedParams('?view=sources&card=doj-filed')} />);
    const silent = await screen.findByText(/^Not mentioned by/);
    const chinese = within(silent.closest('li')!).getByText('跨境导航网');
    expect(chinese).toHaveAttribute('lang', 'zh-Hans');
  });

  it('explains an unknown view and lists the valid ones', () => {
    serveData();
    renderWithClient(<EmbedPage params={parseEmbedParams('?view=<b>bogus</b>')} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('“<b>bogus</b>”');
    for (const view of ['alexa', 'ring', 'penalties', 'sources'])
      expect(within(alert).getByText(view)).toBeInTheDocument();
    expect(alert.querySelector('b')).toBeNull();
    expect(within(alert).getByRole('link', { name: 'Open the full explainer' })).toHaveAccessibleDescription(
      '(opens in a new tab)',
    );
  });
});

describe('the Embed dialog on the main page', () => {
  it('offers both snippets for the current state, copies them with a visible confirmation, and closes', async () => {
    serveData();
    window.history.replaceState(null, '', '/?ring-step=4#ring');
    // user-event installs a clipboard stub on navigator; we read back what was written.
    const user = userEvent.setup();
    renderWithClient(<ExplainerPage />);
    const button = screen.getByRole('button', { name: /Embed “The Ring case/ });
    await user.click(button);
    const dialog = screen.getByRole('dialog', { name: /Embed “The Ring case/ });
    // The dialog's contents are their own chunk, fetched on first use.
    const snippet = await within(dialog).findByRole('textbox', { name: /auto-resizing/ });
    expect(snippet).toHaveValue(
      `<div data-explainer-view="ring" data-step="4" style="min-height:${measuredHeight('ring.step', 'en', 3, 360)}px"><a href="http://localhost:3000/?ring-step=4#ring">The Ring case: who was watching — Amazon’s 2023 privacy settlements, explained</a></div>\n<script async src="http://localhost:3000/embed.js"></script>`,
    );
    // One step by default; the whole case on request.
    const iframe = within(dialog).getByRole('textbox', { name: /Without scripts/ }) as HTMLTextAreaElement;
    expect(iframe.value).toContain('src="http://localhost:3000/embed/ring.step.html?ring-step=4"');
    await user.click(within(dialog).getByRole('radio', { name: 'The whole section' }));
    expect(iframe.value).toContain('src="http://localhost:3000/embed/ring.html?ring-step=4"');
    expect((snippet as HTMLTextAreaElement).value).toContain('data-mode="full"');
    await user.click(within(dialog).getByRole('radio', { name: /^Step 4 alone/ }));

    await user.click(within(dialog).getByRole('radio', { name: 'Dark' }));
    expect((snippet as HTMLTextAreaElement).value).toContain('data-theme="dark"');

    await user.click(within(dialog).getByRole('button', { name: /Copy snippet/ }));
    await expect(navigator.clipboard.readText()).resolves.toContain(
      'data-explainer-view="ring" data-theme="dark" data-step="4"',
    );
    expect(within(dialog).getByText('Snippet copied to the clipboard.')).toBeVisible();
    expect(within(dialog).getByTitle(/Preview of the embed/)).toHaveAttribute(
      'src',
      'http://localhost:3000/embed/ring.step.html?theme=dark&id=preview&ring-step=4',
    );

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });
});

describe('an embed whose data is broken', () => {
  it('does not speak of other sections: it shows only one', async () => {
    window.history.replaceState(null, '', '/embed.html?view=sources');
    serveData({ 'claims.json': { status: 404 } });
    renderWithClient(<EmbedPage params={parseEmbedParams(window.location.search)} />);
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('claims.json');
    expect(alert).not.toHaveTextContent('The other sections are not affected.');
  });
});
