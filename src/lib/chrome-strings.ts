/**
 * The chrome's strings in each edition: what the page needs even when a data file is broken (loading and error
 * messages, the embed's credit and the Embed dialog's button and frame; the dialog's contents have theirs in
 * src/features/embed/dialog-strings.ts). Everything else the reader sees comes from public/data/copy.<lang>.json.
 */
import type { Locale } from './locale';
import { SITE_TITLE } from './ui-strings';

/** The English strings; every edition's table has their shape. */
const en = {
  siteTitle: SITE_TITLE.en,
  kicker: 'Explainer',
  skip: 'Skip to the story',
  nav: 'Sections',
  /** A section's reading time in the table of contents (whole minutes). */
  readingTime: (minutes: number) => `${minutes} min read`,
  language: 'Language',
  loading: 'Loading this section…',
  error: {
    title: 'This section could not load.',
    file: 'File',
    network: 'The file could not be downloaded.',
    /** Larger than any data file should be (src/data/load.ts, MAX_DATA_BYTES). */
    size: 'The file is far larger than a data file should be. Check that the right file was uploaded.',
    /** Not UTF-8 (a file saved by an editor in another encoding). */
    encoding:
      'The file is not UTF-8 text: it was probably saved in another encoding, such as Windows-1252. Save it again as UTF-8.',
    json: 'The file is not valid JSON.',
    schema: 'The file does not match the expected format:',
    reference: 'The file refers to something that does not exist:',
    /** A section's code could not be downloaded (lazy-once.ts). */
    code: 'This part of the page could not be downloaded. If the explainer was updated since you opened it, reloading the page brings the new version.',
    reload: 'Reload the page',
    more: (count: number) => `…and ${count} more problems`,
    others: 'The other sections are not affected.',
    retry: 'Try again',
  },
  embed: {
    button: 'Embed',
    from: 'From',
    /** The credit's first words: who publishes the explainer. */
    by: (publisher: string) => `By ${publisher}`,
    openFull: 'Open the full explainer',
    /** The date of the newest entry in the corrections log, already formatted. */
    updated: (date: string) => `Updated ${date}`,
    newTab: '(opens in a new tab)',
    unknownView: (view: string) =>
      view ? `This embed does not know the view “${view}”.` : 'This embed was not told which view to show.',
    useOneOf: 'Use one of:',
    example: 'For example:',
  },
  dialog: {
    title: (title: string) => `Embed “${title}”`,
    close: 'Close',
    loading: 'Loading the embed codes…',
  },
};

export const UI: Record<Locale, typeof en> = {
  en,
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
      title: (title) => `嵌入“${title}”`,
      close: '关闭',
      loading: '正在加载嵌入代码…',
    },
  },
};
