import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SourcesSection } from '../../src/features/sources/sources-section';
import { loadDataFile } from '../helpers/data-files';
import { renderSection } from '../helpers/render';

const quotes = loadDataFile('quotes.json').quotes;
const sources = loadDataFile('sources.json').sources;
const quoteText = (id: string) => quotes.find((quote) => quote.id === id)?.text ?? '';
const languageOf = new Map(sources.map((source) => [source.id, source.language]));

/**
 * The sources section at `url` in an edition, once it is ready (its code and data loaded, see renderSection); by
 * default on the Chinese portal's article, the one most of these tests read.
 */
function renderSources(url = '?source=kjdh-2023-06-01', locale: 'en' | 'zh-Hans' = 'en') {
  return renderSection(
    <section id="sources">
      <SourcesSection />
    </section>,
    { url, locale },
  );
}

const params = () => new URLSearchParams(window.location.search);
/** The matrix's first table: the claims some article gets loose or wrong. */
const strays = () => screen.getByRole('table', { name: /(claims some|claim an) article gets loose or wrong$/ });
/** Open a fold by its summary, as a reader would. */
const openFold = async (user: { click: (element: Element) => Promise<void> }, summary: RegExp) => {
  const fold = screen.getByText(summary).closest('details')!;
  await user.click(fold.querySelector('summary')!);
  expect(fold).toHaveAttribute('open');
  return fold;
};
const panel = () => screen.getByRole('tabpanel');
const visibleQuotes = () => [...panel().querySelectorAll('blockquote')];
const liveText = () =>
  [...document.querySelectorAll('[aria-live="polite"]')].map((node) => node.textContent ?? '').join(' | ');

describe('the source viewer', { timeout: 15_000 }, () => {
  it('cites an article’s title in book title marks in the Chinese edition, and without them in English', async () => {
    for (const [locale, written] of [
      ['en', (title: string) => `, ${title}`],
      ['zh-Hans', (title: string) => `，《${title}》，`],
    ] as const) {
      const { unmount } = await renderSection(
        <section id="sources">
          <SourcesSection />
        </section>,
        { locale },
      );
      const cite = panel().querySelector('cite')!;
      expect(cite.parentElement!.textContent).toContain(written(cite.textContent!));
      unmount();
    }
  });

  it('opens, with no article asked for, on the first article in the edition’s language', async () => {
    await renderSources('');
    expect(screen.getByRole('tab', { name: /AMZ Pro/ })).toHaveAttribute('aria-selected', 'true');
    for (const node of visibleQuotes()) expect(node).toHaveAttribute('lang', 'en');
    cleanup();
    await renderSources('', 'zh-Hans');
    expect(screen.getByRole('tab', { name: /跨境导航网/ })).toHaveAttribute('aria-selected', 'true');
  });

  it('says which language the quotes are in and which is our translation, in both editions', async () => {
    await renderSources();
    expect(panel()).toHaveTextContent('The quotes are in Chinese (Simplified), exactly as published.');
    cleanup();
    // In Chinese, an English article's quotes are English; the Chinese beside them is ours.
    await renderSources('?source=amzpro', 'zh-Hans');
    expect(panel()).toHaveTextContent('引文照录英语文本，一字未改；每条引文旁的中文是本解读的译文。');
    expect(panel()).not.toHaveTextContent('中文引文');
    // Chinese punctuation in Chinese: full-width brackets and colon, no space before them.
    expect(panel()).toHaveTextContent(/记录（有案可查）：/);
    expect(screen.getByRole('tab', { name: /Clubic/ })).toHaveAccessibleDescription(/英语（译自法语）/);
  });

  it('lists the five articles as tabs and shows the first one’s quotes in article order, each with its language', async () => {
    await renderSources();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual([
      expect.stringContaining('跨境导航网'),
      expect.stringContaining('AMZ Pro'),
      expect.stringContaining('Digital Information World'),
      expect.stringContaining('Unattributed website'),
      expect.stringContaining('Clubic'),
    ]);
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
    expect(tabs[0]).toHaveAccessibleDescription(/June 1, 2023 · Chinese \(Simplified\).*12 quotes/);
    // An undated article gives no date (and no note saying so): its language comes first.
    expect(tabs[1]).toHaveAccessibleDescription(/^English/);
    expect(tabs[1]).not.toHaveAccessibleDescription(/date not given/);
    expect(tabs[4]).toHaveAccessibleDescription(/English \(translated from French\).*French technology news site/);
    expect(panel()).toHaveAccessibleName(/跨境导航网/);
    const kjdh = quotes.filter((quote) => quote.sourceId === 'kjdh-2023-06-01');
    expect(visibleQuotes().map((node) => node.textContent)).toEqual(kjdh.map((quote) => quote.text));
    for (const node of visibleQuotes()) {
      expect(node).toHaveAttribute('lang', 'zh-Hans');
      // The translation sits beside the blockquote, labelled, never inside it.
      expect(node.parentElement).toHaveTextContent(/Translation by this explainer:/);
      expect(node).not.toHaveTextContent(/Translation/);
    }
  });

  it('choosing a source by click or arrow keys shows its quotes, updates the URL and announces it', async () => {
    const { user } = await renderSources();
    await user.click(screen.getByRole('tab', { name: /Clubic/ }));
    expect(screen.getByRole('tab', { name: /Clubic/ })).toHaveAttribute('aria-selected', 'true');
    expect(params().get('source')).toBe('clubic-2023-06-02');
    expect(visibleQuotes()[0]).toHaveTextContent(quoteText('clubic-lead'));
    expect(visibleQuotes().every((node) => node.getAttribute('lang') === 'en')).toBe(true);
    expect(within(panel()).getByText(/published in French\. We quote the English translation/)).toBeInTheDocument();
    await waitFor(() => expect(liveText()).toContain('Showing 11 quotes from Clubic.'));

    await user.keyboard('{ArrowRight}');
    const first = screen.getByRole('tab', { name: /跨境导航网/ });
    expect(first).toHaveAttribute('aria-selected', 'true');
    expect(first).toHaveFocus();
    expect(first).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('tab', { name: /Clubic/ })).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: /Clubic/ })).toHaveFocus();
    await user.keyboard('{Home}{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('tab', { name: /Digital Information World/ })).toHaveAttribute('aria-selected', 'true');
    expect(params().get('source')).toBe('diw');
    await waitFor(() => expect(liveText()).toContain('Showing 7 quotes from Digital Information World.'));
  });

  it('searches quotes and translations (Chinese included), highlighting matches without changing the text', async () => {
    const { user } = await renderSources();
    await user.type(screen.getByRole('searchbox', { name: 'Search the quotes' }), '罚款');
    expect(params().get('q')).toBe('罚款');
    expect(visibleQuotes().map((node) => node.textContent)).toEqual([
      quoteText('kjdh-title'),
      quoteText('kjdh-lead'),
      quoteText('kjdh-civil-penalty'),
    ]);
    const marks = panel().querySelectorAll('blockquote mark');
    expect([...marks].map((mark) => mark.textContent)).toEqual(['罚款', '罚款', '罚款']);
    expect(screen.getByRole('tab', { name: /AMZ Pro/ })).toHaveAccessibleDescription(/0 of 10 match/);
    await waitFor(() =>
      expect(liveText()).toContain('3 quotes match “罚款” across all 5 articles. 3 of them are from 跨境导航网'),
    );

    const search = screen.getByRole('searchbox', { name: 'Search the quotes' });
    await user.clear(search);
    await user.paste('PENALTY');
    await user.click(screen.getByRole('tab', { name: /AMZ Pro/ }));
    expect(visibleQuotes().map((node) => node.textContent)).toEqual([
      quoteText('amzpro-title'),
      quoteText('amzpro-penalty'),
    ]);
    expect(within(panel()).getAllByText('penalty', { selector: 'mark' })).toHaveLength(2);
  });

  it('filters by case and by claim, and clears the filters', async () => {
    const { user } = await renderSources('?source=clubic-2023-06-02');
    const filters = screen.getByRole('search', { name: 'Find quotes' });
    await user.click(within(filters).getByRole('radio', { name: 'Alexa case' }));
    expect(params().get('case')).toBe('alexa');
    // Alexa quotes and quotes about both cases only.
    expect(visibleQuotes().map((node) => node.textContent)).toEqual([
      quoteText('clubic-alexa'),
      quoteText('clubic-coppa'),
      quoteText('clubic-kept'),
    ]);
    // The matrix follows the same filter: no Ring-only claim left.
    expect(screen.queryByRole('rowheader', { name: /Amazon bought Ring/ })).not.toBeInTheDocument();
    expect(strays()).toHaveAccessibleName('8 claims some article gets loose or wrong');
    expect(within(strays()).getByRole('rowheader', { name: /two days of Amazon’s income/ })).toBeInTheDocument();

    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Claim' }), 'deletion');
    expect(params().get('claim')).toBe('deletion');
    expect(visibleQuotes().map((node) => node.textContent)).toEqual([quoteText('clubic-kept')]);

    // A claim tag is a toggle for the same filter.
    const tag = within(panel()).getByRole('button', { name: /did not fully honour parents’ requests/ });
    expect(tag).toHaveAttribute('aria-pressed', 'true');
    await user.click(tag);
    expect(params().get('claim')).toBeNull();

    await user.click(within(filters).getByRole('button', { name: 'Clear filters' }));
    expect(params().get('case')).toBeNull();
    expect(visibleQuotes()).toHaveLength(11);
  });
});

describe('short by default, complete on demand', { timeout: 15_000 }, () => {
  it('shows each article’s first quote and folds the rest, every word still in the page', async () => {
    const { user } = await renderSources();
    const [first, ...rest] = visibleQuotes();
    expect(first).toBeVisible();
    expect(rest).toHaveLength(11);
    for (const node of rest) expect(node).not.toBeVisible();
    const fold = await openFold(user, /^Show the other 11 quotes from 跨境导航网$/);
    for (const node of rest) expect(node).toBeVisible();
    // The list goes on where the first part stopped, for screen readers and print alike.
    expect(fold.querySelector('ol')).toHaveAttribute('start', '2');
    expect(within(fold).getAllByRole('figure')[0]).toHaveAccessibleName('Quote 2 of 12');
  });

  it('a filter shows all its matches, folded or not', async () => {
    const { user } = await renderSources();
    await user.type(screen.getByRole('searchbox', { name: 'Search the quotes' }), 'FTC');
    await waitFor(() => expect(visibleQuotes().length).toBeGreaterThan(1));
    for (const node of visibleQuotes()) expect(node).toBeVisible();
  });

  it('leads the matrix with the claims some article gets wrong; the rest are one press away', async () => {
    const { user } = await renderSources();
    expect(within(strays()).queryByRole('rowheader', { name: /Amazon bought Ring/ })).not.toBeInTheDocument();
    const inLine = screen.getByRole('table', { name: '8 claims every article that mentions them gets right' });
    expect(inLine).not.toBeVisible();
    await openFold(user, /^Show the 8 claims the articles get right$/);
    expect(inLine).toBeVisible();
    expect(within(inLine).getByRole('rowheader', { name: /Amazon bought Ring/ })).toBeInTheDocument();
  });

  it('folds the errors in circulation and the documents behind a count', async () => {
    const { user } = await renderSources();
    expect(screen.getByText(/^We checked 16 claims about these cases/)).toBeVisible();
    const errors = screen.getByText(/^Show the 16 claims and the record$/).closest('details')!;
    expect(within(errors).getAllByRole('listitem')[0]).not.toBeVisible();
    await openFold(user, /^Show the 16 claims and the record$/);
    const items = within(errors).getAllByRole('listitem');
    expect(items[0]).toBeVisible();
    // A ✗ and "Refuted" only where the record refutes the claim; the others say what they are.
    const marked = (words: RegExp) => items.filter((item) => words.test(item.textContent ?? '')).length;
    expect(marked(/Refuted by the record/)).toBe(11);
    expect(marked(/Not confirmed/)).toBe(3);
    expect(marked(/Acceptable, with a caveat/)).toBe(2);
    expect(items.find((item) => /€5\.4 million/.test(item.textContent ?? ''))).toHaveTextContent(/^\?\s*Not confirmed/);
    expect(screen.getByText(/^Show the \d+ documents$/).closest('details')).not.toHaveAttribute('open');
  });
});

describe('the claim matrix', { timeout: 15_000 }, () => {
  it('names each outlet in its own language, then ours where we translate it, in both editions', async () => {
    // The column header's spans: [text, lang] for each article, English edition then Chinese.
    const names = (table = strays()) =>
      within(table)
        .getAllByRole('columnheader')
        .slice(1)
        .map((cell) => [...cell.querySelectorAll('span')].map((span) => [span.textContent, span.getAttribute('lang')]));
    await renderSources();
    expect(names()[0]).toEqual([
      ['跨境导航网', 'zh-Hans'],
      ['Kuajing Daohang (a cross-border e-commerce portal)', null],
    ]);
    expect(names()[1]).toEqual([['AMZ Pro', null]]);
    cleanup();
    await renderSources('', 'zh-Hans');
    // A Chinese reader's screen reader says an English outlet's name in English.
    expect(names(screen.getByRole('table', { name: /^有文章报道不严谨或有误的/ }))).toEqual([
      [['跨境导航网', null]],
      [['AMZ Pro', 'en']],
      [['Digital Information World', 'en']],
      [['未署名网站', null]],
      [['Clubic', 'en']],
    ]);
  });

  it('is a table with row and column headers and a one-line summary per claim', async () => {
    await renderSources();
    const matrix = strays();
    expect(matrix).toHaveAccessibleName('12 claims some article gets loose or wrong');
    const headers = within(matrix)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual([
      'Claim',
      expect.stringContaining('跨境导航网'),
      'AMZ Pro',
      'Digital Information World',
      'Unattributed website',
      'Clubic',
    ]);
    const row = within(matrix).getByRole('rowheader', { name: /two days of Amazon’s income/ });
    expect(row).toHaveTextContent('Not supported by the record');
    expect(row).toHaveTextContent('1 of 5 articles reports this; 1 gets it wrong');
    expect(within(matrix).getByRole('rowheader', { name: /for customer refunds, not a penalty/ })).toHaveTextContent(
      '4 of 5 articles report this; 2 report it loosely; 1 gets it wrong',
    );
  });

  it('a cell opens its quote, our note and the record; Escape closes it and returns focus', async () => {
    const { user } = await renderSources();
    const cell = screen.getByRole('button', { name: 'Digital Information World: gets it wrong — show quote' });
    expect(cell).toHaveAttribute('aria-expanded', 'false');
    await user.click(cell);
    expect(cell).toHaveAttribute('aria-expanded', 'true');
    const detail = screen.getByRole('group', { name: /Digital Information World — \$25 million is two days/ });
    expect(detail).toHaveFocus();
    expect(detail.querySelector('blockquote')).toHaveTextContent(quoteText('diw-two-days'));
    expect(detail).toHaveTextContent(/Our note: Calls the penalty “a mere two-day income”/);
    expect(detail).toHaveTextContent(/about 23 minutes of Amazon’s 2023 sales/);
    expect(within(detail).getByText(/Amazon\.com, Inc\. \(press release via Business Wire\)/)).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /Digital Information World — / })).not.toBeInTheDocument();
    expect(cell).toHaveFocus();
    expect(cell).toHaveAttribute('aria-expanded', 'false');
  });

  it('from a cell, “Show it among the article’s quotes” selects the article and focuses the quote', async () => {
    const { user } = await renderSources();
    const row = screen.getByRole('rowheader', { name: /for customer refunds, not a penalty/ }).closest('tr')!;
    await user.click(within(row).getByRole('button', { name: 'Clubic: reports it loosely — show quote' }));
    const detail = screen.getByRole('group', { name: /^Clubic — / });
    expect(detail.querySelectorAll('blockquote')).toHaveLength(2);
    await user.click(within(detail).getByRole('button', { name: 'Show it among the article’s quotes' }));
    expect(params().get('source')).toBe('clubic-2023-06-02');
    expect(params().get('quote')).toBe('clubic-lead');
    expect(screen.getByRole('tab', { name: /Clubic/ })).toHaveAttribute('aria-selected', 'true');
    await waitFor(() => expect(document.activeElement).toBe(document.getElementById('quote-clubic-lead')));
    expect(document.activeElement).toHaveAccessibleName('Quote 1 of 11, linked');
  });
});

describe('copying and deep links', { timeout: 15_000 }, () => {
  it('"Copy link" and "Copy quote with citation" copy and confirm visibly', async () => {
    const { user } = await renderSources('?source=diw');
    await openFold(user, /^Show the other 6 quotes from Digital Information World$/);
    const figure = document.getElementById('quote-diw-two-days')!;
    await user.click(within(figure).getByRole('button', { name: 'Copy link' }));
    expect(within(figure).getByText(/Link copied/)).toBeVisible();
    expect(await navigator.clipboard.readText()).toBe(
      `${window.location.origin}/?source=diw&quote=diw-two-days#sources`,
    );

    await user.click(within(figure).getByRole('button', { name: 'Copy quote with citation' }));
    expect(within(figure).getByText(/Quote and citation copied/)).toBeVisible();
    const copied = await navigator.clipboard.readText();
    expect(copied).toContain(
      `“${quoteText('diw-two-days')}” — Digital Information World, Amazon Slapped With $25 Million Fine`,
    );
    expect(copied).toContain('(Updated).');
    expect(copied).not.toContain('date not given');
    expect(copied).toMatch(/Quoted in http:\/\/.*\?source=diw&quote=diw-two-days#sources$/);
  });

  it('falls back to execCommand when the Clipboard API is refused, and shows the text when both fail', async () => {
    const { user } = await renderSources();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    await openFold(user, /^Show the other 11 quotes from 跨境导航网$/);
    const figure = document.getElementById('quote-kjdh-face')!;
    await user.click(within(figure).getByRole('button', { name: 'Copy link' }));
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(within(figure).getByText(/Link copied/)).toBeVisible();

    execCommand.mockReturnValue(false);
    await user.click(within(figure).getByRole('button', { name: 'Copy quote with citation' }));
    expect(within(figure).getByText(/This browser blocked copying/)).toBeVisible();
    const manual = within(figure).getByRole('textbox', { name: 'Text to copy' });
    expect((manual as HTMLTextAreaElement).value).toContain(
      'Translation by this explainer: “As part of the proposed settlement',
    );
  });

  it('a deep link opens the article at the quote and focuses it', async () => {
    await renderSources('?source=kjdh-2023-06-01&quote=kjdh-face#sources');
    expect(screen.getByRole('tab', { name: /跨境导航网/ })).toHaveAttribute('aria-selected', 'true');
    const figure = document.getElementById('quote-kjdh-face')!;
    await waitFor(() => expect(figure).toHaveFocus());
    // The linked quote is past the fold, so the fold opened.
    expect(figure.closest('details')).toHaveAttribute('open');
    expect(figure).toBeVisible();
    expect(figure).toHaveAccessibleName('Quote 4 of 12, linked');
    expect(figure.querySelector('blockquote')).toHaveAttribute('lang', 'zh-Hans');
  });

  it('a deep link keeps its quote in view even when a filter would hide it; hostile values fall back', async () => {
    await renderSources('?quote=amzpro-unanimous&q=%E7%BD%9A%E6%AC%BE');
    expect(screen.getByRole('tab', { name: /AMZ Pro/ })).toHaveAttribute('aria-selected', 'true');
    expect(visibleQuotes().map((node) => node.textContent)).toEqual([quoteText('amzpro-unanimous')]);
    act(() => window.history.replaceState(null, '', '/?source=%3Cimg%20src%3Dx%3E&case=everything&claim=__proto__'));
    act(() => window.dispatchEvent(new PopStateEvent('popstate')));
    // Waits: the section's URL subscriptions are effects React may still be running (the section's code loads
    // lazily, outside act); once subscribed, the view catches up with the address it missed.
    // Back to the first article in the edition's language.
    expect(await screen.findByRole('tab', { name: /AMZ Pro/, selected: true })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(visibleQuotes()).toHaveLength(quotes.filter((quote) => quote.sourceId === 'amzpro').length);
    for (const node of document.querySelectorAll('#sources [role="tabpanel"] blockquote')) {
      const panelId = node.closest('[role="tabpanel"]')?.id.replace(/^panel-/, '');
      expect(node.getAttribute('lang')).toBe(languageOf.get(panelId ?? ''));
    }
  });
});
