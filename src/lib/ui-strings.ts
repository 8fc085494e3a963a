/**
 * The few strings the page needs even when a data file is broken: section headings, loading and error
 * messages. Everything else the reader sees comes from public/data/copy.<lang>.json.
 */
export const SECTION_IDS = ['alexa', 'ring', 'penalties', 'sources'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const UI = {
  en: {
    siteTitle: 'Amazon’s 2023 privacy settlements, explained',
    skip: 'Skip to the story',
    nav: 'Sections',
    sections: {
      alexa: 'The Alexa case: children’s voices',
      ring: 'The Ring case: who was watching',
      penalties: 'The money, in proportion',
      sources: 'What the articles said',
    } satisfies Record<SectionId, string>,
    loading: 'Loading this section…',
  },
} as const;
