import { useLocale } from '../lib/locale';
import { UI } from '../lib/chrome-strings';

/** The id of the document's one "(opens in a new tab)" text, which every link that opens a new tab has as its description. */
export const NEW_TAB_HINT_ID = 'new-tab-hint';

/**
 * Rendered once per document (the page, an embed): hidden, but read out as the description of each link
 * whose `aria-describedby` points at it.
 */
export function NewTabHint() {
  const locale = useLocale();
  return (
    <span id={NEW_TAB_HINT_ID} hidden>
      {UI[locale].embed.newTab}
    </span>
  );
}
