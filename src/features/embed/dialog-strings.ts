/** The Embed dialog's contents in each edition (its button, title and Close are in src/lib/ui-strings.ts). */
import type { Locale } from '../../lib/locale';

export interface DialogStrings {
  intro: string;
  /** With a claim chosen in the viewer: the embed is that claim's card. */
  claimIntro: string;
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
  picture: string;
  pictureWhat: string;
  preview: string;
  previewTitle: (title: string) => string;
}

export const DIALOG: Record<Locale, DialogStrings> = {
  en: {
    intro: 'Paste this into your post. It shows this section as it is now on your screen, and resizes itself to fit.',
    claimIntro:
      'A claim is chosen, so this embed shows just that claim: how each of the five articles reported it, and the record. To embed the whole section, clear the claim filter first.',
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
    picture: 'For newsletters and email (a picture linked to the explainer)',
    pictureWhat: 'Picture code',
    preview: 'Preview',
    previewTitle: (title) => `Preview of the embed: ${title}`,
  },
  'zh-Hans': {
    intro: '把这段代码粘贴到你的文章里。它会按你现在屏幕上的样子显示本节，并自动调整高度。',
    claimIntro:
      '你已选定一项说法，因此这段嵌入代码只显示这一项说法：五篇文章各自怎么报道，以及记录中的事实。如要嵌入整个章节，请先清除说法筛选。',
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
    picture: '用于电子邮件和新闻简报（一张链接到解读的图片）',
    pictureWhat: '图片代码',
    preview: '预览',
    previewTitle: (title) => `嵌入预览：${title}`,
  },
};
