/**
 * What the page needs even when a data file is broken: the explainer's title and description, and the section
 * registry's plain part (every section named once: its id, its headings in both editions, its URL parameters, its
 * embed height and the parts it can be embedded in). The chrome's strings are in chrome-strings.ts.
 *
 * Data and small pure functions only, with no import but types: the host-side loader (dist/embed.js) imports
 * SITE_TITLE and the registry from here and must stay tiny, so nothing here may pull in React or a section's code. The registry's app-level part, each section's code, is
 * src/app/section-registry.ts.
 */
import type { Locale } from './locale';

/** The explainer's name: the page's <title> and h1, the embeds' h1 and frame titles. */
export const SITE_TITLE: Record<Locale, string> = {
  en: 'Amazon’s 2023 privacy settlements, explained',
  'zh-Hans': '亚马逊2023年隐私和解案解读',
};

/** The page's meta and Open Graph description (index.html and embed.html are filled in from it by vite.config.ts). */
export const SITE_DESCRIPTION: Record<Locale, string> = {
  en: 'How the US government’s two 2023 privacy cases worked, the Alexa case against Amazon and the Ring case against its doorbell-camera company: what the complaints alleged, what the settlements require, where the money goes, and what news reports got wrong.',
  'zh-Hans':
    '美国政府2023年的两起隐私案件是怎样进行的：针对亚马逊的 Alexa 案，以及针对其门铃摄像头公司 Ring 的 Ring 案。起诉状指控了什么，和解协议有哪些要求，钱流向哪里，新闻报道又错在哪里。',
};

/**
 * A single-claim page's description ends with the claim checked and its status, after the record: quoted, so a
 * link preview never states the claim as fact.
 */
export const CLAIM_PAGE_CHECKED: Record<Locale, (statement: string, status: string) => string> = {
  en: (statement, status) => `Claim checked: “${statement}” ${status}.`,
  'zh-Hans': (statement, status) => `核查的说法：“${statement}”${status}。`,
};

export interface SectionData {
  /** The section's heading in each edition (also its nav link, its Embed button and its embeds' titles). */
  title: Record<Locale, string>;
  /**
   * Its name in the sticky contents line (src/app/page-contents.tsx), shorter than the heading so that the four fit
   * on one line at every width from 320 px: [on a phone, from 768 px].
   */
  nav: Record<Locale, readonly [string, string]>;
  /**
   * The query parameters that carry the section's state on the page and in its embeds, in order, each with the
   * data-* attribute a host page sets it with in the loader's snippet (`alexa-step` ← `data-step`).
   */
  params: Readonly<Record<string, string>>;
  /**
   * The embed's usual height in px: the loader's starting iframe height and the snippet's reserved height, so a
   * post barely moves when it loads. Taller than a phone's or laptop's screen, so that once an embed stands at
   * it, its later resizes move only text below the screen.
   */
  embedHeight: number;
  /**
   * The parts a blogger can embed alone, each on its own static page (`embed/penalties.chart-time.html`): one step
   * of a case (`step`, whichever `data-step` names), one chart of the money view (`chart-<id>`). The first is what
   * the loader embeds when the snippet names none; `data-mode="full"` embeds the whole view. None: the view is
   * embedded whole (the sources view's single claims have pages of their own, embed/claims/).
   */
  parts: readonly string[];
}

/** The sections, in page order. The key is the section's id: its anchor (#penalties) and its embed view. */
export const SECTIONS = {
  alexa: {
    title: { en: 'The Alexa case: children’s voices', 'zh-Hans': 'Alexa 案：儿童的声音' },
    nav: { en: ['Alexa', 'The Alexa case'], 'zh-Hans': ['Alexa 案', 'Alexa 案'] },
    params: { 'alexa-step': 'step' },
    embedHeight: 1100,
    parts: ['step'],
  },
  ring: {
    title: { en: 'The Ring case: who was watching', 'zh-Hans': 'Ring 案：谁在观看' },
    nav: { en: ['Ring', 'The Ring case'], 'zh-Hans': ['Ring 案', 'Ring 案'] },
    params: { 'ring-step': 'step' },
    embedHeight: 1100,
    parts: ['step'],
  },
  penalties: {
    title: { en: 'The money, in proportion', 'zh-Hans': '这些钱，放在比例中看' },
    nav: { en: ['Money', 'The money'], 'zh-Hans': ['金额', '这些钱'] },
    params: {},
    embedHeight: 1500,
    parts: ['chart-breakdown', 'chart-time', 'chart-coppa', 'chart-ceiling'],
  },
  sources: {
    title: { en: 'What the articles said', 'zh-Hans': '各篇文章怎么说' },
    nav: { en: ['Articles', 'The articles'], 'zh-Hans': ['文章', '各篇文章'] },
    params: { source: 'source', quote: 'quote', claim: 'claim', case: 'case', q: 'q' },
    embedHeight: 1700,
    parts: [],
  },
} satisfies Record<string, SectionData>;

export type SectionId = keyof typeof SECTIONS;
export const SECTION_IDS = /* @__PURE__ */ Object.keys(SECTIONS) as SectionId[];

/** The section with this id, or undefined for anything else (a host page's typo, `constructor`: own properties only). */
export function findSection(id: string): SectionData | undefined {
  return Object.hasOwn(SECTIONS, id) ? SECTIONS[id as SectionId] : undefined;
}

export function isSectionId(value: string | null): value is SectionId {
  return value !== null && findSection(value) !== undefined;
}

/**
 * The part of `view` an embed shows: the one named (`step`, `chart-time`; `full` for the whole view), else the view's
 * first part; null for the whole view (asked for, or the view has no parts). Anything unknown gives the first part.
 */
export function embedPart(view: string, asked?: string | null): string | null {
  const parts = findSection(view)?.parts ?? [];
  if (asked === 'full') return null;
  return asked && parts.includes(asked) ? asked : (parts[0] ?? null);
}

/** The section's state parameters, in order (the URL names, not the data-* attributes). */
export function stateParams(id: SectionId): string[] {
  return Object.keys(SECTIONS[id].params);
}

/** An embed's title (its frame's and its page's) in the edition asked for: English for anything unknown. */
export function embedTitle(view: string, lang?: string | null): string {
  const locale: Locale = lang && Object.hasOwn(SITE_TITLE, lang) ? (lang as Locale) : 'en';
  const section = findSection(view);
  return section ? `${section.title[locale]} — ${SITE_TITLE[locale]}` : SITE_TITLE[locale];
}
