// Legal words explained where they stand (issue 18, item 2): the first use of a glossary term in each section is a
// button that opens the footer glossary's definition in place. Four parts: the control itself; the control in the
// story, next to the footer it quotes; the copy text paths (plain strings drop the markers, bad markers read as
// plain words, the data checks name them); and the authoring rules over both copy files.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PageFooterText } from '../../src/app/page-footer';
import { AlexaSection } from '../../src/app/section-alexa';
import { Term, type TermText } from '../../src/components/term';
import { SurfaceProvider, type Surface } from '../../src/lib/surface';
import { renderSection } from '../helpers/render';

// ---------- the control ----------

const TEXT: TermText = { hint: 'Show what this term means', allTerms: 'All terms used here', colon: ': ', space: ' ' };
const DEFINITION = 'The Children’s Online Privacy Protection Act, a 1998 US law.';

/** A sentence with one term in it, and the footer entry it links to; keys that reach the document are recorded. */
function renderTerm(surface: Surface = 'page') {
  const user = userEvent.setup();
  render(
    <SurfaceProvider surface={surface}>
      <p>
        Under{' '}
        <Term id="coppa" title="COPPA" definition={DEFINITION} text={TEXT}>
          COPPA
        </Term>
        , parents have a right to have their child’s data deleted.
      </p>
      <dl>
        <dt id="term-coppa">COPPA</dt>
        <dd>{DEFINITION}</dd>
      </dl>
    </SurfaceProvider>,
  );
  return { user, button: screen.getByRole('button', { name: 'COPPA' }) };
}

const keysSeen: string[] = [];
const recordKey = (event: KeyboardEvent) => keysSeen.push(event.key);
beforeEach(() => {
  keysSeen.length = 0;
  document.addEventListener('keydown', recordKey);
});
afterEach(() => document.removeEventListener('keydown', recordKey));

describe('the term control', () => {
  it('is a real button in the sentence, named by its words and described as explaining the term', () => {
    const { button } = renderTerm();
    expect(button.tagName).toBe('BUTTON');
    expect(button).toHaveAttribute('type', 'button');
    // Its words belong to the sentence: the print stylesheet keeps buttons marked so (index.css).
    expect(button).toHaveAttribute('data-print', 'text');
    expect(button).toHaveAccessibleName('COPPA');
    expect(button).toHaveAccessibleDescription('Show what this term means');
    expect(button.closest('p')).toHaveTextContent(/^Under COPPA/);
    // Closed at first (as the prerendered page has it): no definition, and the control says so.
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    // What it controls is in the document already, empty, so nothing moves until it is pressed.
    const controlled = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(controlled).toBeInTheDocument();
    expect(controlled).toBeEmptyDOMElement();
  });

  it('opens with a click: the definition in a popover right after the words, labelled by them, the sentence untouched', async () => {
    const { user, button } = renderTerm();
    const paragraph = button.closest('p')!;
    // No style in the markup (strict CSP): the box's place comes from the stylesheet or, once open, from script.
    expect(paragraph.innerHTML).not.toMatch(/style="/);
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const note = screen.getByRole('note', { name: 'COPPA' });
    expect(note).toHaveTextContent(DEFINITION);
    const box = document.getElementById(button.getAttribute('aria-controls') ?? '')!;
    expect(box).toContainElement(note);
    // A popover (the top layer in a browser, tests/browser/terms-wayfinding.test.ts: it covers the text below for a
    // moment instead of pushing every line down), next in the reading order after the button, a span because it
    // stands in the paragraph.
    expect(box.className).toMatch(/(^|\s)term-popover(\s|$)/);
    expect(box.tagName).toBe('SPAN');
    expect(box.closest('p')).toBe(paragraph);
    expect(button.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('closes on a press outside it, but not on a press inside its definition', async () => {
    const { user, button } = renderTerm();
    await user.click(button);
    await user.click(screen.getByRole('note', { name: 'COPPA' }));
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('term'));
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('shows one definition at a time: opening another term closes the first', async () => {
    const user = userEvent.setup();
    render(
      <p>
        <Term id="coppa" title="COPPA" definition={DEFINITION} text={TEXT}>
          COPPA
        </Term>{' '}
        and the{' '}
        <Term id="ftc" title="FTC" definition="The Federal Trade Commission." text={TEXT}>
          FTC
        </Term>
      </p>,
    );
    const [first, second] = [
      screen.getByRole('button', { name: 'COPPA' }),
      screen.getByRole('button', { name: 'FTC' }),
    ];
    await user.click(first);
    await user.tab();
    await user.tab();
    expect(second).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(second).toHaveAttribute('aria-expanded', 'true');
    expect(first).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getAllByRole('note')).toHaveLength(1);
  });

  it('closes on a second press', async () => {
    const { user, button } = renderTerm();
    await user.click(button);
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('opens and closes with Enter and with Space, focus staying on the button', async () => {
    const { user, button } = renderTerm();
    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('note', { name: 'COPPA' })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard(' ');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard(' ');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('closes with Escape, from the button or from inside the definition, and focus returns to the button', async () => {
    const { user, button } = renderTerm();
    await user.click(button);
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();

    await user.keyboard('{Enter}');
    await user.tab();
    const link = within(screen.getByRole('note', { name: 'COPPA' })).getByRole('link', { name: 'All terms used here' });
    expect(link).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    // The Escapes that closed it stayed with it; one with nothing to close is left to the page.
    expect(keysSeen).not.toContain('Escape');
    await user.keyboard('{Escape}');
    expect(keysSeen).toContain('Escape');
  });

  it('closes with Escape when focus stayed outside it, as in Safari, which does not focus a clicked button', async () => {
    const { user, button } = renderTerm();
    await user.click(button);
    button.blur();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('links to the footer glossary on the page; an embed, which has no footer, does not', async () => {
    const page = renderTerm();
    await page.user.click(page.button);
    const link = screen.getByRole('link', { name: 'All terms used here' });
    expect(link).toHaveAttribute('href', '#term-coppa');
    expect(document.getElementById('term-coppa')?.tagName).toBe('DT');
    cleanup();

    const embed = renderTerm('embed');
    await embed.user.click(embed.button);
    expect(screen.getByRole('note', { name: 'COPPA' })).toHaveTextContent(DEFINITION);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});

// ---------- in the story ----------

describe('terms in the story', () => {
  it('the first use in a section is the one control for it, showing the footer glossary’s own definition', async () => {
    const { user } = await renderSection(
      <>
        <AlexaSection />
        <PageFooterText />
      </>,
    );
    const view = screen.getByRole('group', { name: 'The Alexa case, step by step' });
    // "complaint" is used all through the case; the control is at its first use (the first step), and only there.
    expect(within(view).getAllByRole('button', { name: 'complaint', hidden: true })).toHaveLength(1);
    const button = within(view).getByRole('button', { name: 'complaint' });
    expect(button).toHaveAccessibleDescription('Show what this term means');
    await user.click(button);
    const note = screen.getByRole('note', { name: 'complaint' });
    const footerEntry = document.getElementById('term-complaint');
    expect(footerEntry).toHaveTextContent('Complaint');
    const footerDefinition = footerEntry?.nextElementSibling?.textContent ?? '';
    expect(footerDefinition).toMatch(/^The document that starts a lawsuit/);
    expect(note).toHaveTextContent(footerDefinition);
    expect(within(note).getByRole('link', { name: 'All terms used here' })).toHaveAttribute('href', '#term-complaint');
    // The text around the control reads as before.
    expect(button.closest('p')).toHaveTextContent(/According to the complaint.*, more than 800,000 children under 13/);
  });

  it('speaks Chinese in the Chinese edition', async () => {
    await renderSection(<AlexaSection />, { locale: 'zh-Hans' });
    expect(screen.getByRole('group', { name: 'Alexa 案，一步一步看' })).toBeInTheDocument();
    const button = screen.getByRole('button', { name: '起诉状' });
    expect(button).toHaveAccessibleDescription('显示这个用语的含义');
  });
});

// ---------- the copy text paths ----------
