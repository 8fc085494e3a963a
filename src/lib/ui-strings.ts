/**
 * What the page needs even when a data file is broken: the explainer's title and description, the section
 * registry's plain part (every section named once: its id, its headings in both editions, its URL parameters and
 * its embed height), and the chrome's strings (loading and error messages, the embed's and the Embed dialog's button and frame; the
 * dialog's contents have theirs in src/features/embed/dialog-strings.ts, loaded when it opens).
 * Everything else the reader sees comes from public/data/copy.<lang>.json.
 *
 * Data and small pure functions only, with no import but types: the host-side loader (dist/embed.js) imports
 * SITE_TITLE and the registry from here and must stay tiny (tree-shaking leaves UI out of it), so nothing here may
 * pull in React or a section's code. The registry's app-level part, each section's code, is
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

/** Own properties only: a view named `constructor` is no section. */
const has = (object: object, key: string): boolean => Object.hasOwn(object, key);

/** The section with this id, or undefined for anything else (a host page's typo, `constructor`). */
export function findSection(id: string): SectionData | undefined {
  return has(SECTIONS, id) ? SECTIONS[id as SectionId] : undefined;
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
  const locale: Locale = lang && has(SITE_TITLE, lang) ? (lang as Locale) : 'en';
  const section = findSection(view);
  return section ? `${section.title[locale]} — ${SITE_TITLE[locale]}` : SITE_TITLE[locale];
}

export interface UiStrings {
  siteTitle: string;
  kicker: string;
  skip: string;
  nav: string;
  /** A section's reading time in the table of contents (whole minutes). */
  readingTime: (minutes: number) => string;
  language: string;
  loading: string;
  error: {
    title: string;
    file: string;
    network: string;
    /** Larger than any data file should be (src/data/load.ts, MAX_DATA_BYTES). */
    size: string;
    /** Not UTF-8 (a file saved by an editor in another encoding). */
    encoding: string;
    json: string;
    schema: string;
    reference: string;
    /** A section's code could not be downloaded (lazy-once.ts). */
    code: string;
    reload: string;
    more: (count: number) => string;
    others: string;
    retry: string;
  };
  embed: {
    button: string;
    from: string;
    /** The credit's first words: who publishes the explainer. */
    by: (publisher: string) => string;
    openFull: string;
    /** The date of the newest entry in the corrections log, already formatted. */
    updated: (date: string) => string;
    newTab: string;
    unknownView: (view: string) => string;
    useOneOf: string;
    example: string;
  };
  dialog: {
    button: (title: string) => string;
    title: (title: string) => string;
    close: string;
    loading: string;
  };
}

export const UI: Record<Locale, UiStrings> = {
  en: {
    siteTitle: SITE_TITLE.en,
    kicker: 'Explainer',
    skip: 'Skip to the story',
    nav: 'Sections',
    readingTime: (minutes) => `${minutes} min read`,
    language: 'Language',
    loading: 'Loading this section…',
    error: {
      title: 'This section could not load.',
      file: 'File',
      network: 'The file could not be downloaded.',
      size: 'The file is far larger than a data file should be. Check that the right file was uploaded.',
      encoding:
        'The file is not UTF-8 text: it was probably saved in another encoding, such as Windows-1252. Save it again as UTF-8.',
      json: 'The file is not valid JSON.',
      schema: 'The file does not match the expected format:',
      reference: 'The file refers to something that does not exist:',
      code: 'This part of the page could not be downloaded. If the explainer was updated since you opened it, reloading the page brings the new version.',
      reload: 'Reload the page',
      more: (count) => `…and ${count} more problems`,
      others: 'The other sections are not affected.',
      retry: 'Try again',
    },
    embed: {
      button: 'Embed',
      from: 'From',
      by: (publisher) => `By ${publisher}`,
      openFull: 'Open the full explainer',
      updated: (date) => `Updated ${date}`,
      newTab: '(opens in a new tab)',
      unknownView: (view) =>
        view ? `This embed does not know the view “${view}”.` : 'This embed was not told which view to show.',
      useOneOf: 'Use one of:',
      example: 'For example:',
    },
    dialog: {
      button: (title) => `Embed “${title}”`,
      title: (title) => `Embed “${title}”`,
      close: 'Close',
      loading: 'Loading the embed codes…',
    },
  },
  'zh-Hans': {
    siteTitle: SITE_TITLE['zh-Hans'],
    kicker: '解读',
    skip: '跳到正文',
    nav: '章节',
    readingTime: (minutes) => `阅读约${minutes}分钟`,
    language: '语言',
    loading: '本节正在加载…',
    error: {
      title: '本节无法加载。',
      file: '文件',
      network: '无法下载该文件。',
      size: '该文件比正常的数据文件大得多。请检查上传的文件是否正确。',
      encoding: '该文件不是 UTF-8 编码的文本，可能被存成了其他编码（如 Windows-1252）。请以 UTF-8 编码重新保存。',
      json: '该文件不是有效的 JSON。',
      schema: '该文件不符合预期格式：',
      reference: '该文件引用了不存在的内容：',
      code: '本节的程序未能下载。如果这篇解读在你打开本页之后更新过，重新加载页面即可看到新版本。',
      reload: '重新加载页面',
      more: (count) => `……另有 ${count} 个问题`,
      others: '其他章节不受影响。',
      retry: '重试',
    },
    embed: {
      button: '嵌入',
      from: '出自',
      by: (publisher) => `${publisher}出品`,
      openFull: '打开完整解读',
      updated: (date) => `更新于${date}`,
      newTab: '（在新标签页中打开）',
      unknownView: (view) => (view ? `此嵌入不认识视图“${view}”。` : '此嵌入未指定要显示的视图。'),
      useOneOf: '可用的视图：',
      example: '例如：',
    },
    dialog: {
      button: (title) => `嵌入“${title}”`,
      title: (title) => `嵌入“${title}”`,
      close: '关闭',
      loading: '正在加载嵌入代码…',
    },
  },
};
