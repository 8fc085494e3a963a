// Copy with term markers, and the authoring rules over both copy files (the control itself is in term.test.tsx).
// Legal words explained where they stand (issue 18, item 2): the first use of a glossary term in each section is a
// button that opens the footer glossary's definition in place. Four parts: the control itself; the control in the
// story, next to the footer it quotes; the copy text paths (plain strings drop the markers, bad markers read as
// plain words, the data checks name them); and the authoring rules over both copy files.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { KEY_POINTS } from '../../src/app/page-header';
import { copyAt, copyKeys, glossaryTerms, markerProblems, parseTemplate } from '../../src/data/copy';
import { parseDataFile } from '../../src/data/load';
import type { SectionData } from '../../src/data/model';
import { QuoteText } from '../../src/content/quote-text';
import type { CopyFile, Quote, Source } from '../../src/data/schemas';
import { fillTemplate, makeTextApi } from '../../src/data/text';
import { SectionProvider } from '../../src/content/section';
import { DataError } from '../../src/lib/data-error';
import { loadAllData, loadDataFile, readDataText } from '../helpers/data-files';

const data = loadAllData();
const facts = new Map(data.facts.facts.map((fact) => [fact.id, fact]));
const EDITIONS = [
  ['copy.en.json', 'en', data.copy],
  ['copy.zh-Hans.json', 'zh-Hans', loadDataFile('copy.zh-Hans.json')],
] as const;

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
