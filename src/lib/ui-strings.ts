/**
 * The few strings the page needs even when a data file is broken: section headings, loading and error
 * messages, and the embed's chrome. Everything else the reader sees comes from public/data/copy.<lang>.json.
 */
import type { Locale } from './locale';

export const SECTION_IDS = ['alexa', 'ring', 'penalties', 'sources'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface UiStrings {
  siteTitle: string;
  kicker: string;
  skip: string;
  nav: string;
  language: string;
  sections: Record<SectionId, string>;
  loading: string;
  error: {
    title: string;
    file: string;
    network: string;
    json: string;
    schema: string;
    reference: string;
    more: (count: number) => string;
    others: string;
    retry: string;
  };
  embed: {
    button: string;
    from: string;
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
    intro: string;
    theme: string;
    themes: Record<'auto' | 'light' | 'dark', string>;
    snippet: string;
    iframe: string;
    copy: (label: string) => string;
    copyButton: string;
    copied: (what: string) => string;
    failed: (what: string) => string;
    snippetWhat: string;
    iframeWhat: string;
    preview: string;
    previewTitle: (title: string) => string;
  };
}

export const UI: Record<Locale, UiStrings> = {
  en: {
    siteTitle: 'Amazon’s 2023 privacy settlements, explained',
    kicker: 'Explainer',
    skip: 'Skip to the story',
    nav: 'Sections',
    language: 'Language',
    sections: {
      alexa: 'The Alexa case: children’s voices',
      ring: 'The Ring case: who was watching',
      penalties: 'The money, in proportion',
      sources: 'What the articles said',
    },
    loading: 'Loading this section…',
    error: {
      title: 'This section could not load.',
      file: 'File',
      network: 'The file could not be downloaded.',
      json: 'The file is not valid JSON.',
      schema: 'The file does not match the expected format:',
      reference: 'The file refers to something that does not exist:',
      more: (count) => `…and ${count} more problems`,
      others: 'The other sections are not affected.',
      retry: 'Try again',
    },
    embed: {
      button: 'Embed',
      from: 'From',
      openFull: 'Open the full explainer',
      updated: (date) => `Last updated ${date}.`,
      newTab: '(opens in a new tab)',
      unknownView: (view) => (view ? `This embed does not know the view “${view}”.` : 'This embed was not told which view to show.'),
      useOneOf: 'Use one of:',
      example: 'For example:',
    },
    dialog: {
      button: (title) => `Embed “${title}”`,
      title: (title) => `Embed “${title}”`,
      close: 'Close',
      loading: 'Loading the embed codes…',
      intro: 'Paste this into your post. It shows this section as it is now on your screen, and resizes itself to fit.',
      theme: 'Theme',
      themes: { auto: 'Follow the reader’s setting', light: 'Light', dark: 'Dark' },
      snippet: 'Snippet (auto-resizing)',
      iframe: 'Without scripts (fixed height, scrolls inside)',
      copy: (label) => `Copy ${label.toLowerCase()}`,
      copyButton: 'Copy',
      copied: (what) => `${what} copied to the clipboard.`,
      failed: (what) => `Could not copy. Select the ${what.toLowerCase()} and copy it by hand.`,
      snippetWhat: 'Snippet',
      iframeWhat: 'Iframe code',
      preview: 'Preview',
      previewTitle: (title) => `Preview of the embed: ${title}`,
    },
  },
  'zh-Hans': {
    siteTitle: '亚马逊2023年隐私和解案解读',
    kicker: '解读',
    skip: '跳到正文',
    nav: '章节',
    language: '语言',
    sections: {
      alexa: 'Alexa 案：儿童的声音',
      ring: 'Ring 案：谁在观看',
      penalties: '这些钱，放在比例中看',
      sources: '各篇文章怎么说',
    },
    loading: '本节正在加载…',
    error: {
      title: '本节无法加载。',
      file: '文件',
      network: '无法下载该文件。',
      json: '该文件不是有效的 JSON。',
      schema: '该文件不符合预期格式：',
      reference: '该文件引用了不存在的内容：',
      more: (count) => `……另有 ${count} 个问题`,
      others: '其他章节不受影响。',
      retry: '重试',
    },
    embed: {
      button: '嵌入',
      from: '出自',
      openFull: '打开完整解读',
      updated: (date) => `最后更新：${date}。`,
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
      intro: '把这段代码粘贴到你的文章里。它会按你现在屏幕上的样子显示本节，并自动调整高度。',
      theme: '配色',
      themes: { auto: '跟随读者的设置', light: '浅色', dark: '深色' },
      snippet: '代码（自动调整高度）',
      iframe: '不用脚本（固定高度，内部滚动）',
      copy: (label) => `复制${label}`,
      copyButton: '复制',
      copied: (what) => `${what}已复制到剪贴板。`,
      failed: (what) => `无法复制。请选中${what}后手动复制。`,
      snippetWhat: '代码',
      iframeWhat: 'iframe 代码',
      preview: '预览',
      previewTitle: (title) => `嵌入预览：${title}`,
    },
  },
};
