import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { AlexaSection } from '../../src/app/section-alexa';
import { RingSection } from '../../src/app/section-ring';
import { flushUrl, readParam } from '../../src/lib/url-state';
import { loadDataFile } from '../helpers/data-files';
import { renderSection } from '../helpers/render';

const copy = loadDataFile('copy.en.json') as { cases: Record<string, { steps: Record<string, { title: string }> }> };
const cases = loadDataFile('cases.json');
const quotes = loadDataFile('quotes.json');
const alexa = cases.cases.find((c) => c.id === 'alexa')!;
const ring = cases.cases.find((c) => c.id === 'ring')!;
const title = (caseId: 'alexa' | 'ring', index: number) => {
  const steps = caseId === 'alexa' ? alexa.steps : ring.steps;
  return copy.cases[caseId]!.steps[steps[index]!.id]!.title;
};

function setUrl(search: string) {
  // A step write still waiting for the address bar (see lib/url-state) must not leak into the next test.
  flushUrl();
  window.history.replaceState(null, '', `/${search}`);
}

/** The address bar follows a step change a moment later (URL_WRITE_DELAY_MS), not inside the press. */
async function expectSearch(search: string) {
  await waitFor(() => expect(window.location.search).toBe(search));
}

/** A case view at an address, once its section is ready (its code and data loaded, see renderSection). */
async function renderCase(caseId: 'alexa' | 'ring', search = '') {
  flushUrl();
  const name = caseId === 'alexa' ? 'The Alexa case, step by step' : 'The Ring case, step by step';
  await renderSection(caseId === 'alexa' ? <AlexaSection /> : <RingSection />, { url: search });
  return screen.getByRole('group', { name });
}

/** The step the reader sees: the one visible panel's heading. */
function currentHeading(view: HTMLElement) {
  return within(view).getByRole('heading', { level: 3 });
}

/** The text follows the controls by a frame (the picture first, then the text): wait for it. */
async function expectStep(view: HTMLElement, stepTitle: string) {
  await waitFor(() => expect(currentHeading(view)).toHaveTextContent(stepTitle));
}

function liveText(view: HTMLElement) {
  return view.querySelector('[aria-live="polite"]')?.textContent ?? null;
}

beforeEach(() => setUrl(''));

describe('the case view, step by step', () => {
  it('opens on the first step, with its cited items, and the case facts below', async () => {
    const view = await renderCase('alexa');
    await expectStep(view, title('alexa', 0));
    // The step's moment is given in words, not only on the timeline.
    expect(view.querySelector('article:not([aria-hidden])')).toHaveTextContent(/^Step 1 of 7 · When: May 2018/);
    expect(within(view).getByText(/On the timeline, May 2018: Alexa offerings for children begin/)).toBeInTheDocument();
    // Only the current step is exposed; its sources are listed.
    expect(within(view).getAllByRole('heading', { level: 3 })).toHaveLength(1);
    expect(within(view).getAllByRole('link', { name: /U\.S\. Department of Justice/ }).length).toBeGreaterThan(0);
    // The allegation is marked as such, in words.
    const profiles = within(view).getByText(/more than 800,000 children under 13/);
    expect(profiles).toHaveTextContent(/^Alleged/);
    expect(screen.getByText('2:23-cv-00811-TL')).toBeInTheDocument();
    expect(within(view).getByRole('img', { name: /a child talks to an Alexa speaker/ })).toBeInTheDocument();
    expect(liveText(view)).toBe('');
  });

  it('Next and Previous move between steps, update the URL and announce the step', async () => {
    const user = userEvent.setup();
    const view = await renderCase('alexa');
    const next = within(view).getByRole('button', { name: /Next/ });
    const previous = within(view).getByRole('button', { name: /Previous/ });
    expect(previous).toHaveAttribute('aria-disabled', 'true');

    await user.click(next);
    await expectStep(view, title('alexa', 1));
    // The page's state changes at once; the address bar follows in its own task.
    expect(readParam('alexa-step')).toBe('2');
    await expectSearch('?alexa-step=2');
    expect(liveText(view)).toBe(`Step 2 of 7: ${title('alexa', 1)}`);
    expect(within(view).getByRole('img', { name: /deletion request reaches one/ })).toBeInTheDocument();

    await user.click(next);
    await expectStep(view, title('alexa', 2));
    await user.click(previous);
    await expectStep(view, title('alexa', 1));
    expect(liveText(view)).toBe(`Step 2 of 7: ${title('alexa', 1)}`);
    await expectSearch('?alexa-step=2');
  });

  it('stays put at either end without losing focus', async () => {
    const user = userEvent.setup();
    const view = await renderCase('alexa', '?alexa-step=7');
    const next = within(view).getByRole('button', { name: /Next/ });
    expect(next).toHaveAttribute('aria-disabled', 'true');
    next.focus();
    await user.keyboard('{Enter}');
    expect(window.location.search).toBe('?alexa-step=7');
    await expectStep(view, title('alexa', 6));
    expect(next).toHaveFocus();
    await user.click(within(view).getByRole('button', { name: /Previous/ }));
    await expectStep(view, title('alexa', 5));
  });

  it('the step bar jumps to any step and marks the current one', async () => {
    const user = userEvent.setup();
    const view = await renderCase('ring');
    const bar = within(view).getByRole('list', { name: 'Go to a step' });
    const buttons = within(bar).getAllByRole('button');
    expect(buttons).toHaveLength(8);
    expect(buttons[0]).toHaveAttribute('aria-current', 'step');

    await user.click(within(bar).getByRole('button', { name: `Step 7: ${title('ring', 6)}` }));
    await expectStep(view, title('ring', 6));
    await waitFor(() => expect(buttons[6]).toHaveAttribute('aria-current', 'step'));
    expect(buttons[0]).not.toHaveAttribute('aria-current');
    await expectSearch('?ring-step=7');
    expect(liveText(view)).toBe(`Step 7 of 8: ${title('ring', 6)}`);
    // The refunds actually paid, from the facts.
    expect(within(view).getByText(/more than \$5\.6 million to 117,044 people/)).toBeInTheDocument();
  });

  it('the arrow keys move between steps while the view has focus; Home and End go to the ends', async () => {
    const user = userEvent.setup();
    const view = await renderCase('ring');
    view.focus();
    await user.keyboard('{ArrowRight}');
    await expectStep(view, title('ring', 1));
    await user.keyboard('{ArrowRight}{ArrowRight}');
    await expectStep(view, title('ring', 3));
    await user.keyboard('{ArrowLeft}');
    await expectStep(view, title('ring', 2));
    await user.keyboard('{End}');
    await expectStep(view, title('ring', 7));
    expect(liveText(view)).toBe(`Step 8 of 8: ${title('ring', 7)}`);
    await user.keyboard('{Home}');
    await expectStep(view, title('ring', 0));
    // From a focused control inside the view too.
    within(view).getByRole('button', { name: /Next/ }).focus();
    await user.keyboard('{ArrowRight}');
    await expectStep(view, title('ring', 1));
    // Modified arrows (browser back/forward, text selection) are left alone.
    fireEvent.keyDown(view, { key: 'ArrowRight', altKey: true });
    fireEvent.keyDown(view, { key: 'ArrowRight', shiftKey: true });
    await expectSearch('?ring-step=2');
    await expectStep(view, title('ring', 1));
  });

  it('does not take the arrow keys from a text field inside the view', async () => {
    const view = await renderCase('alexa');
    const input = document.createElement('input');
    view.appendChild(input);
    fireEvent.keyDown(input, { key: 'ArrowRight' });
    expect(window.location.search).toBe('');
    await expectStep(view, title('alexa', 0));
    input.remove();
  });

  it('opens the step named in the URL, and follows the URL when it changes', async () => {
    const view = await renderCase('alexa', '?alexa-step=4&ring-step=2');
    await expectStep(view, title('alexa', 3));
    expect(
      within(view).getByText(/Justice Department filed the complaint in federal court in Seattle/),
    ).toBeInTheDocument();
    act(() => {
      window.history.pushState(null, '', '/?alexa-step=6');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await waitFor(() => expect(currentHeading(view)).toHaveTextContent(title('alexa', 5)));
  });

  it.each(['0', '8', '-1', 'abc', '3abc', '2.5', '99999999999999999999', '%3Cscript%3E'])(
    'falls back to the first step for ?alexa-step=%s, without an error',
    async (bad) => {
      const view = await renderCase('alexa', `?alexa-step=${bad}`);
      await expectStep(view, title('alexa', 0));
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(within(view).getByRole('button', { name: 'Step 1: ' + title('alexa', 0) })).toHaveAttribute(
        'aria-current',
        'step',
      );
    },
  );

  it('marks the English proper names in the Chinese edition’s case facts: the caption and the judge', async () => {
    await renderSection(<AlexaSection />, { locale: 'zh-Hans' });
    for (const name of ['Tana Lin', 'United States v. Amazon.com, Inc. and Amazon.com Services LLC'])
      expect(screen.getAllByText(name).some((node) => node.closest('[lang="en"]'))).toBe(true);
  });

  it('shows the company’s statement verbatim in a blockquote with its language and source', async () => {
    const view = await renderCase('alexa', '?alexa-step=7');
    const quote = quotes.quotes.find((q) => q.id === 'diw-amazon-statement')!;
    const blockquote = view.querySelector('article:not([aria-hidden]) blockquote');
    expect(blockquote?.textContent).toBe(quote.text);
    expect(blockquote).toHaveAttribute('lang', 'en');
    expect(blockquote?.closest('figure')).toHaveTextContent(/As quoted in Digital Information World/);
  });

  it('keeps each case’s step apart in the URL', async () => {
    const user = userEvent.setup();
    const view = await renderCase('ring', '?alexa-step=3');
    await user.click(within(view).getByRole('button', { name: /Next/ }));
    await expectSearch('?alexa-step=3&ring-step=2');
  });
});

describe('the list of timeline events, each edition in its own punctuation', () => {
  it('English: "May 2018: …", a span with an en dash, the other case in brackets', async () => {
    await renderSection(<AlexaSection />);
    const list = screen.getByText('All the events on the timeline, as a list');
    const items = [...(list.closest('details')?.querySelectorAll('li') ?? [])].map((li) => li.textContent ?? '');
    expect(items.length).toBeGreaterThan(5);
    for (const item of items)
      expect(item).toMatch(/^([A-Z][a-z]+ )?(\d{1,2}, )?\d{4}( – ([A-Z][a-z]+ )?(\d{1,2}, )?\d{4})?: /);
    expect(items.some((item) => / – /.test(item))).toBe(true);
    expect(items.some((item) => / \(Ring case\)$/.test(item))).toBe(true);
  });

  it('Chinese: full-width colon and brackets, 至 for a span, no spaces', async () => {
    await renderSection(<AlexaSection />, { locale: 'zh-Hans' });
    const list = screen.getByText('时间线上的全部事件（列表形式）');
    const items = [...(list.closest('details')?.querySelectorAll('li') ?? [])].map((li) => li.textContent ?? '');
    expect(items.length).toBeGreaterThan(5);
    for (const item of items) {
      expect(item).toMatch(/^\d{4}年(\d{1,2}月(\d{1,2}日)?)?(至\d{4}年(\d{1,2}月(\d{1,2}日)?)?)?：\S/);
      expect(item).not.toMatch(/[:()]|\s[–(]/);
    }
    expect(items.some((item) => /至/.test(item))).toBe(true);
    expect(items.some((item) => /（Ring 案）$/.test(item))).toBe(true);
    // Each step's moment line writes a span the same way: 2018年8月至2019年9月, not 2018年8月 – 2019年9月.
    const moments = [...document.querySelectorAll('[data-moment]')].map((line) => line.textContent ?? '');
    expect(moments.some((line) => /\d{4}年(\d{1,2}月)?至\d{4}年/.test(line))).toBe(true);
    for (const line of moments) expect(line).not.toMatch(/–/);
  });
});
