// Legal words explained where they stand (issue 18, item 2): the first use of a glossary term in each section is a
// button that opens the footer glossary's definition in place. Four parts: the control itself; the control in the
// story, next to the footer it quotes; the copy text paths (plain strings drop the markers, bad markers read as
// plain words, the data checks name them); and the authoring rules over both copy files.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEY_POINTS } from '../../src/app/page-header';
import { PageFooterText } from '../../src/app/page-footer';
import { AlexaSection } from '../../src/app/section-alexa';
import { Term, type TermText } from '../../src/components/term';
import { copyAt, copyKeys, glossaryTerms, markerProblems, parseTemplate } from '../../src/data/copy';
import { parseDataFile } from '../../src/data/load';
import type { SectionData } from '../../src/data/model';
import { QuoteText } from '../../src/content/quote-text';
import type { CopyFile, Quote, Source } from '../../src/data/schemas';
import { fillTemplate, makeTextApi } from '../../src/data/text';
import { SectionProvider } from '../../src/content/section';
import { DataError } from '../../src/lib/data-error';
import { SurfaceProvider, type Surface } from '../../src/lib/surface';
import { loadAllData, loadDataFile, readDataText } from '../helpers/data-files';
import { renderSection } from '../helpers/render';

const data = loadAllData();
const facts = new Map(data.facts.facts.map((fact) => [fact.id, fact]));
const EDITIONS = [
  ['copy.en.json', 'en', data.copy],
  ['copy.zh-Hans.json', 'zh-Hans', loadDataFile('copy.zh-Hans.json')],
] as const;

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

const textData = { copy: data.copy, facts };
/** The rich path over a template of our own, at a key of a copy file made up for the test. */
function renderRich(template: string, extra?: Record<string, string>) {
  const copy: CopyFile = { ...data.copy, test: { line: template } };
  const rich = makeTextApi({ copy, facts }).rich as (key: string, extra?: Record<string, string>) => ReactNode;
  const { container } = render(<p>{rich('test.line', extra)}</p>);
  return container.querySelector('p')!;
}

describe('copy with term markers', () => {
  it('the plain-string path (attributes, downloads, pictures, link previews) keeps the words, drops the markers', () => {
    expect(fillTemplate('Under [[coppa|COPPA]], a {alexa-penalty} [[civil-penalty|civil penalty]].', textData)).toBe(
      'Under COPPA, a $25 million civil penalty.',
    );
    expect(parseTemplate('a [[coppa|COPPA]] b')).toEqual([
      { type: 'text', text: 'a ' },
      { type: 'term', id: 'coppa', text: 'COPPA' },
      { type: 'text', text: ' b' },
    ]);
    for (const [name, locale, copy] of EDITIONS) {
      const marked = copyKeys(copy).filter((key) => copyAt(copy, key)?.includes('[['));
      expect(marked.length, name).toBeGreaterThan(10);
      const { t } = makeTextApi({ copy, facts, locale });
      for (const key of copyKeys(copy)) {
        const plain = fillTemplate(copyAt(copy, key) ?? '', { copy, facts, locale });
        expect(plain, `${name} ${key}`).not.toMatch(/\[\[|\]\]/);
      }
      expect(t('header.keyPoints.items.alexa'), name).toMatch(
        locale === 'en' ? /a \$25 million civil penalty\./ : /民事罚款/,
      );
    }
  });

  it('the rich path makes a marker a control, with the glossary’s definition', async () => {
    const paragraph = renderRich('Under [[coppa|COPPA]], parents may ask.');
    const button = within(paragraph).getByRole('button', { name: 'COPPA' });
    await userEvent.setup().click(button);
    expect(screen.getByRole('note', { name: 'COPPA' })).toHaveTextContent(
      copyAt(data.copy, 'glossary.coppa.definition')!,
    );
  });

  it.each([
    ['[[coppa COPPA]] law', 'coppa COPPA law'],
    ['[[Coppa!|COPPA]] law', 'COPPA law'],
    ['[[coppa|COPPA law', 'COPPA law'],
    ['COPPA]] law', 'COPPA law'],
    ['[[|COPPA]] law', 'COPPA law'],
    ['[[coppa|a|b]] law', 'a|b law'],
    ['[[coppa|{alexa-penalty}]] law', '$25 million law'],
    ['[[no-such-term|the words]] law', 'the words law'],
  ])('a malformed marker or an unknown term reads as plain words: %s', (template, words) => {
    expect(fillTemplate(template, textData)).toBe(words);
    const paragraph = renderRich(template);
    expect(within(paragraph).queryByRole('button')).not.toBeInTheDocument();
    expect(paragraph.textContent).toBe(words);
  });

  it('never parses HTML, in a marker’s words or anywhere', () => {
    const paragraph = renderRich('[[coppa|<b>bold</b>]] and <i>x</i>');
    expect(within(paragraph).getByRole('button')).toHaveTextContent('<b>bold</b>');
    expect(paragraph.querySelector('b, i')).toBeNull();
  });

  it('leaves a value filled into copy alone: a quote is never read for markers', () => {
    const quoted = 'a [[coppa|COPPA]] b';
    expect(fillTemplate('“{text}”', textData, { text: quoted })).toBe(`“${quoted}”`);
    const paragraph = renderRich('“{text}”', { text: quoted });
    expect(within(paragraph).queryByRole('button')).not.toBeInTheDocument();
    expect(paragraph).toHaveTextContent(`“${quoted}”`);

    // A quote is shown verbatim, brackets and all, in its own component.
    const source = data.sources.sources.find((entry) => entry.kind === 'article' && entry.language === 'en') as Source;
    const quote: Quote = { ...data.quotes.quotes[0]!, sourceId: source.id, text: quoted };
    const section: SectionData = {
      locale: 'en',
      copy: data.copy,
      copyName: 'copy.en.json',
      facts,
      sources: new Map([[source.id, source]]),
      values: {},
      articles: [source],
    };
    render(
      <SectionProvider data={section}>
        <QuoteText quote={quote} source={source} />
      </SectionProvider>,
    );
    const blockquote = document.querySelector('blockquote')!;
    expect(blockquote.textContent).toBe(quoted);
    expect(within(blockquote).queryByRole('button')).not.toBeInTheDocument();
  });

  it('the data checks name the copy key of an unknown term or a malformed marker', () => {
    const broken = JSON.parse(readDataText('copy.en.json')) as { cases: Record<string, { intro: string }> };
    broken.cases.alexa!.intro += ' [[no-such-term|words]]';
    broken.cases.ring!.intro += ' [[coppa COPPA]]';
    let error: unknown;
    try {
      parseDataFile('copy.en.json', JSON.stringify(broken));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DataError);
    const issues = new Map((error as DataError).issues.map((issue) => [issue.path, issue.message]));
    expect(issues.get('cases.alexa.intro')).toMatch(/no-such-term/);
    expect(issues.get('cases.alexa.intro')).toMatch(/glossary/);
    expect(issues.get('cases.ring.intro')).toMatch(/malformed term marker/);
    expect(markerProblems('fine [[coppa|COPPA]]', new Set(['coppa']))).toEqual([]);
  });
});

// ---------- the authoring rules ----------

/** A case section's texts that can hold markers, in the order the page shows them (case-section.tsx and below). */
function caseKeys(caseId: 'alexa' | 'ring'): string[] {
  const entry = data.cases.cases.find((candidate) => candidate.id === caseId)!;
  return [
    `cases.${caseId}.intro`,
    ...entry.steps.flatMap((step) => [
      `cases.${caseId}.steps.${step.id}.lede`,
      ...step.itemIds.map((id) => `cases.${caseId}.items.${id}`),
    ]),
    ...(['requires', 'unknown', 'for-you'] as const).flatMap((kind) =>
      entry.aftermath.filter((item) => item.kind === kind).map((item) => `cases.${caseId}.aftermath.${item.id}`),
    ),
  ];
}

/**
 * Each part of the page a reader can arrive at (the header's key points; each section, which is also an embed),
 * with the texts it renders through the rich path, in page order. Markers anywhere else would never be controls.
 */
const PARTS: Record<string, string[]> = {
  header: KEY_POINTS.map(([point]) => `header.keyPoints.items.${point}`),
  alexa: caseKeys('alexa'),
  ring: caseKeys('ring'),
  // In the order penalties-body.tsx renders them.
  penalties: ['intro', 'total', 'paidOut', 'context', 'twoDays', 'coppaIntro', 'ceiling'].map(
    (key) => `penalties.${key}`,
  ),
};
const RICH_KEYS = new Set(Object.values(PARTS).flat());

type Marker = { key: string; id: string; words: string };
function markersOf(copy: CopyFile, key: string): Marker[] {
  return parseTemplate(copyAt(copy, key) ?? '').flatMap((part) =>
    part.type === 'term' ? [{ key, id: part.id, words: part.text }] : [],
  );
}

/**
 * Where the sentence itself says what the term means, it is not marked (review 3, problem 8: the definition only
 * repeated it): the term's id by copy key. In that part of the page the words may then stand unmarked, and the
 * part must not mark the term anywhere else either.
 */
const DEFINED_IN_PLACE: Record<string, string[]> = {
  // (The front page's key points name the terms without explaining them, so they mark them.)
  // "is a civil penalty: a fine paid to the United States. The … is for refunds to Ring customers."
  'penalties.intro': ['civil-penalty', 'refunds'],
};
const definedInPlace = (keys: string[], id: string) => keys.some((key) => DEFINED_IN_PLACE[key]?.includes(id));

type Rule = 'glossary' | 'placement' | 'once' | 'every' | 'first' | 'inPlace';
/** What breaks each authoring rule for term markers in one copy file. */
function markerRules(copy: CopyFile): Record<Rule, string[]> {
  const terms = glossaryTerms(copy);
  const all = copyKeys(copy).flatMap((key) => markersOf(copy, key));
  const problems: Record<Rule, string[]> = { glossary: [], placement: [], once: [], every: [], first: [], inPlace: [] };
  // Well formed, naming a term of the glossary.
  for (const key of copyKeys(copy))
    for (const problem of markerProblems(copyAt(copy, key) ?? '', terms)) problems.glossary.push(`${key}: ${problem}`);
  // Only in texts the page renders as controls.
  for (const marker of all)
    if (!RICH_KEYS.has(marker.key))
      problems.placement.push(`${marker.key}: [[${marker.id}|…]] would never be a control`);
  // Each term at most once in each part of the page.
  for (const [part, keys] of Object.entries(PARTS)) {
    const ids = keys.flatMap((key) => markersOf(copy, key).map((marker) => marker.id));
    for (const id of new Set(ids.filter((id, index) => ids.indexOf(id) !== index)))
      problems.once.push(`${part}: [[${id}|…]] more than once`);
  }
  // Every glossary term somewhere in the edition.
  const marked = new Set(all.map((marker) => marker.id));
  for (const id of terms) if (!marked.has(id)) problems.every.push(`glossary term "${id}" is never marked`);
  // At the first use of its words in each part; and no part uses a marked word unmarked. A term's words are the
  // ones this edition marks anywhere ("civil penalty", "Civil-penalty"…), compared without case.
  const forms = new Map<string, Set<string>>();
  for (const marker of all) forms.set(marker.id, (forms.get(marker.id) ?? new Set()).add(marker.words.toLowerCase()));
  for (const [part, keys] of Object.entries(PARTS)) {
    for (const [id, words] of forms) {
      if (definedInPlace(keys, id)) {
        // Explained by its own sentence: then not marked anywhere in the part, and the sentence does use the words.
        for (const key of keys)
          if (markersOf(copy, key).some((marker) => marker.id === id))
            problems.inPlace.push(`${part}: [[${id}|…]] in ${key}, though the part explains it in its own words`);
        const explaining = keys.filter((key) => DEFINED_IN_PLACE[key]?.includes(id));
        // The glossary's name for it, without what follows in brackets ("Refunds (monetary judgment)").
        const name = (copyAt(copy, `glossary.${id}.term`) ?? '').replace(/\s*[(（].*$/, '').toLowerCase();
        if (!explaining.some((key) => [...words, name].some((form) => copyAt(copy, key)?.toLowerCase().includes(form))))
          problems.inPlace.push(`${part}: ${explaining.join(', ')} no longer uses the words of "${id}"`);
        continue;
      }
      // The part's text in page order, up to this term's marker; other terms' marked words are not uses of it.
      let before = '';
      let found: string | undefined;
      for (const key of keys) {
        for (const piece of parseTemplate(copyAt(copy, key) ?? '')) {
          if (piece.type === 'term' && piece.id === id) found = key;
          if (found) break;
          before += piece.type === 'text' ? piece.text.toLowerCase() : ' · ';
        }
        if (found) break;
      }
      const early = [...words].find((form) => before.includes(form));
      if (early)
        problems.first.push(
          `${part}: "${early}" is used before ${found ? `the [[${id}|…]] in ${found}` : `any [[${id}|…]] in the part`}`,
        );
    }
  }
  return problems;
}

const RULES: Array<[Rule, string]> = [
  ['glossary', 'are well formed and name a term of the glossary'],
  ['placement', 'stand only in texts the page renders as controls'],
  ['once', 'mark each term at most once in each part of the page (the header, each section)'],
  ['every', 'mark every glossary term somewhere in the edition'],
  ['first', 'sit at the first use of their words in each part, and leave no part using a marked word unmarked'],
  ['inPlace', 'are left out where the sentence says what the term means (and only there)'],
];

describe.each(EDITIONS)('term markers in %s', (_name, _locale, copy) => {
  const problems = markerRules(copy);
  it.each(RULES)('%s: %s', (rule) => {
    expect(problems[rule]).toEqual([]);
  });
});

describe('the marker rules catch each kind of mistake', () => {
  /** The English copy with one text changed. */
  function changed(key: string, edit: (text: string) => string): CopyFile {
    const copy = structuredClone(data.copy) as CopyFile;
    const path = key.split('.');
    let node = copy as Record<string, unknown>;
    for (const step of path.slice(0, -1)) node = node[step] as Record<string, unknown>;
    node[path.at(-1)!] = edit(node[path.at(-1)!] as string);
    return copy;
  }
  const broken = (copy: CopyFile, rule: Rule) => markerRules(copy)[rule];

  it('an unknown term or a malformed marker', () => {
    expect(
      broken(
        changed('penalties.total', (text) => `${text} [[no-such-term|words]]`),
        'glossary',
      ),
    ).toEqual([
      'penalties.total: term marker "[[no-such-term|words]]" names "no-such-term", which is not a term in glossary',
    ]);
  });

  it('a marker in a text that is not rendered as a control', () => {
    expect(
      broken(
        changed('caseFacts.court', (text) => `[[injunction|${text}]]`),
        'placement',
      ),
    ).toEqual(['caseFacts.court: [[injunction|…]] would never be a control']);
  });

  it('a term marked twice in one part', () => {
    const twice = changed('penalties.total', (text) => `${text} [[coppa|COPPA]]`);
    expect(broken(twice, 'once')).toEqual(['penalties: [[coppa|…]] more than once']);
  });

  it('a term never marked', () => {
    const copy = changed('cases.alexa.items.order-entered', (text) =>
      text.replace('[[stipulated-order|stipulated order]]', 'stipulated order'),
    );
    expect(broken(copy, 'every')).toEqual(['glossary term "stipulated-order" is never marked']);
  });

  it('a marker after an unmarked use of its words, or a part that uses them unmarked', () => {
    const late = changed('cases.alexa.intro', (text) => `${text} The complaint says so.`);
    expect(broken(late, 'first')).toEqual([
      'alexa: "complaint" is used before the [[complaint|…]] in cases.alexa.items.profiles',
    ]);
    const unmarked = changed('penalties.ceiling', (text) => text.replace('[[complaint|complaint]]', 'complaint'));
    expect(broken(unmarked, 'first')).toEqual([
      'penalties: "complaint" is used before any [[complaint|…]] in the part',
    ]);
  });
});
