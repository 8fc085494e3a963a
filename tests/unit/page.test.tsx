import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ExplainerPage } from '../../src/app/explainer-page';
import { readDataText } from '../helpers/data-files';
import { renderWithClient, serveData } from '../helpers/render';

const section = (id: string) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`no section #${id}`);
  return element;
};

/** Every section's code and data loaded: the whole page renders in jsdom, which takes long on a busy machine. */
async function waitForLoaded() {
  await waitFor(() => expect(screen.queryAllByRole('status')).toHaveLength(0), { timeout: 40_000 });
}

// The whole page renders here: give a busy machine room (an upper bound on waiting for a state, not a wait).
describe('the explainer page', { timeout: 60_000 }, () => {
  it('shows a loading state in each section, then all four sections with their content', async () => {
    serveData();
    renderWithClient(<ExplainerPage />);
    expect(screen.getByRole('heading', { level: 1, name: /privacy settlements, explained/i })).toBeInTheDocument();
    expect(screen.getAllByRole('status').length).toBeGreaterThanOrEqual(4);
    await waitForLoaded();

    for (const id of ['alexa', 'ring', 'penalties', 'sources']) {
      const region = within(section(id));
      expect(region.getByRole('heading', { level: 2 })).toBeInTheDocument();
      expect(region.queryByRole('alert')).not.toBeInTheDocument();
    }
    // Real, cited content in each.
    expect(within(section('alexa')).getByText('2:23-cv-00811-TL')).toBeInTheDocument();
    expect(within(section('ring')).getByText('1:23-cv-01549')).toBeInTheDocument();
    // The full citations (the note markers beside the text are links within the page).
    const citations = within(section('alexa'))
      .getAllByRole('link', { name: /U\.S\. Department of Justice/ })
      .filter((link) => link.getAttribute('target') === '_blank');
    expect(citations.length).toBeGreaterThan(0);
    // Links that open a new tab say so: a description from the page's one hidden hint, not text of their own.
    for (const link of citations) expect(link).toHaveAccessibleDescription('(opens in a new tab)');
    expect(document.querySelectorAll('#new-tab-hint')).toHaveLength(1);
    expect(within(section('penalties')).getByRole('table', { name: 'Two kinds of money' })).toBeInTheDocument();
    expect(
      within(section('sources')).getByRole('table', { name: /some article gets loose or wrong/ }),
    ).toBeInTheDocument();
  });

  it('formats figures from the facts, not from typed copy', async () => {
    serveData();
    renderWithClient(<ExplainerPage />);
    await waitForLoaded();
    const penalties = within(section('penalties'));
    expect(penalties.getByText(/Together: \$30\.8 million/)).toBeInTheDocument();
    // 25M / (574.8B / minutes per year) = 22.9 → "23 minutes"
    expect(
      penalties.getByText(/it took Amazon about 23 minutes of sales to bring in the amount of the Alexa penalty/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/\{[a-z0-9-]+\}/i)).not.toBeInTheDocument();
  });

  it('marks the Chinese quotes with lang="zh-Hans" and shows a labelled translation outside the blockquote', async () => {
    serveData();
    renderWithClient(<ExplainerPage />);
    await waitForLoaded();
    const quotes = section('sources').querySelectorAll('blockquote');
    const chinese = [...quotes].filter((quote) => quote.getAttribute('lang') === 'zh-Hans');
    expect(chinese.length).toBeGreaterThan(5);
    const figure = chinese[0]?.closest('figure');
    expect(figure).toHaveTextContent(/Translation by this explainer:/);
    expect(chinese[0]).not.toHaveTextContent(/Translation/);
  });

  it('a malformed file shows an alert in the sections that use it, naming the file, while the others work', async () => {
    serveData({ 'money.json': '{ "payments": [' });
    renderWithClient(<ExplainerPage />);
    await waitForLoaded();
    const alert = within(section('penalties')).getByRole('alert');
    expect(alert).toHaveTextContent('money.json');
    expect(alert).toHaveTextContent(/not valid JSON/);
    expect(within(alert).getByRole('button', { name: /try again/i })).toBeInTheDocument();
    expect(within(section('alexa')).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(section('ring')).getByText('1:23-cv-01549')).toBeInTheDocument();
  });

  it('a schema violation names the field, and Retry recovers once the file is fixed', async () => {
    const broken = JSON.parse(readDataText('cases.json')) as { cases: Array<{ court: { docket: unknown } }> };
    broken.cases[1]!.court.docket = 42;
    const server = serveData({ 'cases.json': JSON.stringify(broken) });
    renderWithClient(<ExplainerPage />);
    await waitForLoaded();
    const alerts = screen.getAllByRole('alert');
    expect(alerts).toHaveLength(2); // the two case sections use cases.json
    expect(alerts[0]).toHaveTextContent('cases[1].court.docket');
    expect(within(section('penalties')).queryByRole('alert')).not.toBeInTheDocument();

    server.set('cases.json', undefined);
    await userEvent.click(within(section('ring')).getByRole('button', { name: /try again/i }));
    await waitFor(() => expect(within(section('ring')).getByText('1:23-cv-01549')).toBeInTheDocument());
  });

  it('a missing file says it could not be downloaded', async () => {
    serveData({ 'claims.json': { status: 404 } });
    renderWithClient(<ExplainerPage />);
    await waitForLoaded();
    const alert = within(section('sources')).getByRole('alert');
    expect(alert).toHaveTextContent('claims.json');
    expect(alert).toHaveTextContent(/HTTP 404/);
    expect(within(section('alexa')).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says the other sections are not affected only where that is true', async () => {
    const others = 'The other sections are not affected.';
    // claims.json is the sources section's alone.
    serveData({ 'claims.json': { status: 404 } });
    const first = renderWithClient(<ExplainerPage />);
    await waitForLoaded();
    expect(within(section('sources')).getByRole('alert')).toHaveTextContent(others);
    first.unmount();
    // quotes.json is used by both case sections and the sources section: all three show the alert, none says so.
    serveData({ 'quotes.json': '{ "quotes": [' });
    renderWithClient(<ExplainerPage />);
    await waitForLoaded();
    const alerts = screen.getAllByRole('alert');
    expect(alerts).toHaveLength(3);
    for (const alert of alerts) expect(alert).not.toHaveTextContent(others);
  });

  it('renders hostile strings from data as text, never as HTML', async () => {
    const quotes = JSON.parse(readDataText('quotes.json')) as { quotes: Array<{ text: string }> };
    quotes.quotes[0]!.text = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    serveData({ 'quotes.json': JSON.stringify(quotes) });
    renderWithClient(<ExplainerPage />);
    await waitForLoaded();
    expect(section('sources').querySelector('img')).toBeNull();
    expect(section('sources').querySelector('script')).toBeNull();
    expect(within(section('sources')).getByText(/<img src=x onerror/)).toBeInTheDocument();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('reports a broken reference between files in the section that depends on it', async () => {
    const claims = JSON.parse(readDataText('claims.json')) as { claims: Array<{ record: { sourceIds: string[] } }> };
    claims.claims[0]!.record.sourceIds = ['no-such-source'];
    serveData({ 'claims.json': JSON.stringify(claims) });
    renderWithClient(<ExplainerPage />);
    await waitForLoaded();
    const alert = within(section('sources')).getByRole('alert');
    expect(alert).toHaveTextContent('claims[0].record.sourceIds[0]');
    expect(alert).toHaveTextContent('unknown source "no-such-source"');
  });
});
