/**
 * The section registry (plain part: SECTIONS in src/lib/ui-strings.ts; app part: src/app/section-registry.ts) is
 * the one list of sections. This file adds a section to it, as a developer would, and checks that every consumer
 * lists exactly the registry's sections, the new one included, with no other change: the page's nav, headings
 * and Embed buttons, the embed page, the loader's frame titles, heights and parameters, the snippets, the embed
 * URLs and the page metadata.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, within } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { EmbedPage } from '../../src/app/embed-page';
import type * as AppRegistry from '../../src/app/section-registry';
import { ExplainerPage } from '../../src/app/explainer-page';
import { applyEmbedMetadata } from '../../src/app/page-metadata';
import { frameSrc, frameTitle, heightHint } from '../../src/features/embed/placeholder';
import { currentState, embedPageUrl, fullExplainerUrl, parseEmbedParams } from '../../src/features/embed/params';
import { iframeSnippet, scriptSnippet } from '../../src/features/embed/snippets';
import { hintKey, measuredHeight } from '../../src/features/embed/heights';
import { VIEWER_PARAMS } from '../../src/features/sources/viewer-state';
import { LocaleProvider } from '../../src/lib/locale';
import { SECTIONS, SECTION_IDS, type SectionData, type SectionId } from '../../src/lib/ui-strings';
import type * as PlainRegistry from '../../src/lib/ui-strings';
import { renderWithClient, serveData } from '../helpers/render';

/** The section this file adds: its plain part (the app part, its code, is a stub like every section's here). */
const { ADDED, ADDED_SECTION } = vi.hoisted(() => ({
  ADDED: 'glossary',
  ADDED_SECTION: {
    title: { en: 'Words to know', 'zh-Hans': '术语' },
    nav: { en: ['Words', 'Words to know'] as const, 'zh-Hans': ['术语', '术语'] as const },
    params: { term: 'term' },
    embedHeight: 900,
    parts: [] as string[],
  },
}));

vi.mock('../../src/lib/ui-strings', async (importOriginal) => {
  const actual = await importOriginal<typeof PlainRegistry>();
  Object.assign(actual.SECTIONS, { [ADDED]: ADDED_SECTION satisfies SectionData });
  // SECTION_IDS is read from SECTIONS when the module loads, before this addition: derive it again.
  return { ...actual, SECTION_IDS: Object.keys(actual.SECTIONS) };
});

vi.mock('../../src/app/section-registry', async (importOriginal) => {
  const actual = await importOriginal<typeof AppRegistry>();
  const sections = actual.APP_SECTIONS as Record<string, (typeof actual.APP_SECTIONS)[SectionId]>;
  // Every section's code is a stub here (this file is about the list, not the sections' content).
  for (const id of [...Object.keys(sections), ADDED]) {
    sections[id] = {
      load: async () => () => createElement('p', null, `Content of ${id}`),
      offScreen: '',
      data: 'money',
    };
  }
  return actual;
});

const sections = SECTIONS as Record<string, SectionData>;
const ids = SECTION_IDS as string[];
const titles = (locale: 'en' | 'zh-Hans') => ids.map((id) => sections[id]!.title[locale]);

describe('the section registry', () => {
  it('holds the added section after the real ones, in page order', () => {
    expect(ids).toEqual(['alexa', 'ring', 'penalties', 'sources', ADDED]);
  });

  it('names the sources section’s state parameters as the quote viewer reads them', () => {
    expect(Object.keys(sections.sources!.params)).toEqual([...VIEWER_PARAMS]);
  });

  it('has a measured height for every embed page of every real section, whole and in parts, in both editions', () => {
    const file = JSON.parse(
      readFileSync(resolve(process.cwd(), 'src/features/embed/height-hints.generated.json'), 'utf8'),
    ) as { pages: Record<string, unknown> };
    const real = ids.filter((id) => id !== ADDED);
    for (const id of real)
      for (const part of [null, ...sections[id]!.parts])
        for (const lang of ['en', 'zh-Hans'])
          expect(measuredHeight(hintKey(id, part, null), lang, 0, 400), `${id} ${part} ${lang}`).toBeGreaterThan(300);
    // A section added to the registry has none until scripts/measure-embed-heights.mjs measures its pages.
    expect(Object.keys(file.pages)).not.toContain(ADDED);
    expect(measuredHeight(hintKey(ADDED, null, null), 'en', 0, 400)).toBeNull();
  });
});

describe('every consumer lists the registry’s sections', () => {
  it('the explainer page: nav links, sections, headings and Embed buttons (the dialog’s views)', async () => {
    serveData();
    renderWithClient(createElement(ExplainerPage));
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    const links = within(nav).getAllByRole('link');
    // Each link: the section's short names (one for phones, one from 768 px), then (once counted) its reading time.
    expect(links.map((link) => [...link.children].slice(0, 2).map((name) => name.textContent))).toEqual(
      ids.map((id) => [...sections[id]!.nav.en]),
    );
    expect(links.map((link) => link.getAttribute('href'))).toEqual(ids.map((id) => `#${id}`));
    expect([...document.querySelectorAll('main > section')].map((section) => section.id)).toEqual(ids);
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(titles('en'));
    expect(
      screen.getAllByRole('button', { name: /^Embed “/ }).map((button) => button.getAttribute('aria-label')),
    ).toEqual(titles('en').map((title) => `Embed “${title}”`));
    expect(await within(document.getElementById(ADDED)!).findByText(`Content of ${ADDED}`)).toBeInTheDocument();
  });

  it('the page in Chinese', () => {
    serveData();
    renderWithClient(createElement(LocaleProvider, { initial: 'zh-Hans', children: createElement(ExplainerPage) }));
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(
      titles('zh-Hans'),
    );
  });

  it('the embed page: every view, and the list of valid views for an unknown one', async () => {
    serveData();
    for (const id of ids) {
      const params = parseEmbedParams(`?view=${id}&lang=zh-Hans`);
      expect(params.view).toBe(id);
      const { unmount } = renderWithClient(
        createElement(LocaleProvider, { initial: params.lang, children: createElement(EmbedPage, { params }) }),
      );
      expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(sections[id]!.title['zh-Hans']);
      expect(await screen.findByText(`Content of ${id}`)).toBeInTheDocument();
      unmount();
    }
    renderWithClient(createElement(EmbedPage, { params: parseEmbedParams('?view=nope') }));
    const alert = screen.getByRole('alert');
    expect([...alert.querySelectorAll('code')].map((code) => code.textContent).slice(0, -1)).toEqual(ids);
  });

  it('the loader: frame titles in the embed’s language, height hints and state attributes', () => {
    for (const id of ids) {
      const section = sections[id]!;
      expect(frameTitle(id, {})).toContain(section.title.en);
      expect(frameTitle(id, { lang: 'zh-Hans' })).toContain(section.title['zh-Hans']);
      // Measured for the real sections (heights.ts), the registry's usual height for one the table does not know.
      if (id === ADDED) expect(heightHint(id, {})).toBe(section.embedHeight);
      else expect(heightHint(id, {})).toBe(measuredHeight(hintKey(id, section.parts[0] ?? null, null), 'en', 0, 0));
      // Every state attribute is passed on, but the sources view's `data-claim`, which asks for that claim's own
      // card page instead (embed-loader.test.ts).
      const passed = Object.entries(section.params).filter(
        ([, attribute]) => !(id === 'sources' && attribute === 'claim'),
      );
      const dataset = Object.fromEntries(passed.map(([, attribute]) => [attribute, `${attribute}-value`]));
      const src = new URL(frameSrc({ view: id, dataset, id: 'f', root: 'https://e.example/' }));
      for (const [param, attribute] of passed) expect(src.searchParams.get(param)).toBe(`${attribute}-value`);
    }
    expect(frameTitle(ADDED, { lang: 'zh-Hans' })).toBe('术语 — 亚马逊2023年隐私和解案解读');
    expect(frameTitle(ADDED, { lang: 'klingon' })).toBe('Words to know — Amazon’s 2023 privacy settlements, explained');
    expect(frameTitle('constructor', {})).toBe('Amazon’s 2023 privacy settlements, explained');
    expect(heightHint('nope', {})).toBe(800);
  });

  it('the snippets and embed URLs: each section’s own parameters, height and title', () => {
    const base = 'https://news.example/x/';
    expect(
      scriptSnippet({ view: ADDED as SectionId, state: { term: 'coppa', q: 'x' }, part: null, theme: 'auto' }, base),
    ).toBe(
      '<div data-explainer-view="glossary" data-term="coppa" data-q="x" style="min-height:900px"><a href="https://news.example/x/?term=coppa#glossary">Words to know — Amazon’s 2023 privacy settlements, explained</a></div>\n<script async src="https://news.example/x/embed.js"></script>',
    );
    expect(
      iframeSnippet(
        { view: ADDED as SectionId, state: { term: 'coppa', lang: 'zh-Hans' }, part: null, theme: 'auto' },
        base,
      ),
    ).toContain('title="术语 — 亚马逊2023年隐私和解案解读" width="100%" height="900"');
    expect(embedPageUrl(ADDED as SectionId, { term: 'coppa', q: 'x' }, {}, base)).toBe(
      `${base}embed/glossary.html?term=coppa`,
    );
    expect(currentState(ADDED as SectionId, '?term=coppa&alexa-step=2')).toEqual({ term: 'coppa' });
    expect(fullExplainerUrl(ADDED as SectionId, { term: 'coppa' }, 'en', '../')).toBe('../?term=coppa#glossary');
  });

  it('the embed page’s metadata: its language and a title naming the section', () => {
    applyEmbedMetadata(ADDED as SectionId, 'zh-Hans');
    expect(document.documentElement.lang).toBe('zh-Hans');
    expect(document.title).toBe('术语 — 亚马逊2023年隐私和解案解读');
    applyEmbedMetadata(null, 'en');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Amazon’s 2023 privacy settlements, explained');
  });
});
