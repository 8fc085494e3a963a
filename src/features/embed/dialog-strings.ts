/** The Embed dialog's contents in each edition (its button, title and Close are in src/lib/chrome-strings.ts). */
import type { Locale } from '../../lib/locale';

/** The English strings; every edition's table has their shape. */
const en = {
  intro:
    'Paste this into your post. It shows what you choose below, as it is now on your screen, and resizes itself to fit.',
  /** With a claim chosen in the viewer: the embed is that claim's card. */
  claimIntro:
    'A claim is chosen, so this embed can show just that claim: the record first, then the claim and how the five articles reported it.',
  /** "What to embed": one step, one chart, one claim, or the whole section. */
  what: 'What to embed',
  step: (n: number) => `Step ${n} alone, with the buttons to the other steps`,
  chart: (title: string) => `One chart: ${title}`,
  charts: {
    'chart-breakdown': 'Two kinds of money',
    'chart-time': 'How long Amazon’s sales took to bring it in',
    'chart-coppa': 'Large COPPA penalties',
    'chart-ceiling': 'The legal ceiling',
  },
  claim: 'This claim alone',
  whole: 'The whole section',
  background: 'Paint the explainer’s own background (by default your page shows through)',
  theme: 'Colours',
  themes: { auto: 'Match the page it is on', light: 'Light', dark: 'Dark' },
  snippet: 'Snippet (auto-resizing)',
  iframe: 'Without scripts (a fixed height: the embed’s on a phone)',
  copy: (label: string) => `Copy ${label.toLowerCase()}`,
  copyButton: 'Copy',
  copied: (what: string) => `${what} copied to the clipboard.`,
  failed: (what: string) => `Could not copy. Select the ${what.toLowerCase()} and copy it by hand.`,
  snippetWhat: 'Snippet',
  iframeWhat: 'Iframe code',
  picture: 'For newsletters and email (a picture linked to the explainer)',
  pictureWhat: 'Picture code',
  preview: 'Preview',
  previewTitle: (title: string) => `Preview of the embed: ${title}`,
};

export const DIALOG: Record<Locale, typeof en> = {
  en,
  'zh-Hans': {
    intro: '把这段代码粘贴到你的文章里。它按你在下面选定的内容、以你现在屏幕上的样子显示，并自动调整高度。',
    claimIntro: '你已选定一项说法，因此可以只嵌入这一项：先列出记录中的事实，再列出这项说法以及五篇文章各自怎么报道。',
    what: '嵌入哪一部分',
    step: (n) => `只嵌入第 ${n} 步，附前往其他步骤的按钮`,
    chart: (title) => `一张图表：${title}`,
    charts: {
      'chart-breakdown': '两种钱',
      'chart-time': '亚马逊的销售额要多久才能进账这笔钱',
      'chart-coppa': '大额 COPPA 罚款',
      'chart-ceiling': '法定上限',
    },
    claim: '只嵌入这一项说法',
    whole: '整个章节',
    background: '使用解读自己的背景色（默认透出你的页面背景）',
    theme: '配色',
    themes: { auto: '与所在页面一致', light: '浅色', dark: '深色' },
    snippet: '代码（自动调整高度）',
    iframe: '不用脚本（固定高度：嵌入内容在手机上的高度）',
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
