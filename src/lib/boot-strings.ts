import type { Locale } from './locale';

/**
 * What a prerendered page says when the app's own code cannot be fetched (a redeploy removed it, the reader is
 * offline): read by every page's entry script (lib/wake.ts), so it lives apart from ui-strings.ts, whose
 * tables would otherwise come along into that script.
 */
export const APP_FAILED: Record<Locale, { text: string; reload: string }> = {
  en: {
    text: 'The interactive parts of this page could not be downloaded, so the page now shows every step and every quote, one after another.',
    reload: 'Reload the page',
  },
  'zh-Hans': {
    text: '本页的互动部分未能下载，现已依次列出全部步骤和引文。',
    reload: '重新加载页面',
  },
};
