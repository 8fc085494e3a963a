import { useEffect, useState } from 'react';
import type { Quote, Source } from '../../data/schemas';
import { useCopy } from '../../content/section';
import { copyText } from '../../lib/clipboard';
import { editionUrl } from '../../lib/site';
import { citationText, quoteLink } from './citations';

const MESSAGE = {
  link: 'quoteViewer.linkCopied',
  quote: 'quoteViewer.quoteCopied',
  failed: 'quoteViewer.copyFailed',
} as const;
type Done = keyof typeof MESSAGE | null;
const BUTTON = 'rounded border border-line bg-panel px-2 py-1 text-sm hover:border-accent';

/** "Copy link" and "Copy quote with citation", with a visible confirmation in a live region. */
export function CopyButtons({ quote, source }: { quote: Quote; source: Source }) {
  const text = useCopy();
  const { t } = text;
  const [done, setDone] = useState<Done>(null);
  const [manual, setManual] = useState('');
  useEffect(() => {
    if (done !== 'link' && done !== 'quote') return;
    const timer = window.setTimeout(() => setDone(null), 5000);
    return () => window.clearTimeout(timer);
  }, [done]);

  const copy = async (kind: 'link' | 'quote') => {
    setDone(null);
    // The quote on this edition's main page, from the page or from an embed.
    const link = quoteLink(editionUrl(text.locale).href, source.id, quote.id);
    const value = kind === 'link' ? link : citationText(text, quote, source, link);
    const copied = await copyText(value);
    setManual(copied ? '' : value);
    setDone(copied ? kind : 'failed');
  };
  const message = done ? t(MESSAGE[done]) : '';

  return (
    <div className="mt-2 flex flex-wrap items-center gap-2">
      <button type="button" className={BUTTON} onClick={() => void copy('link')}>
        {t('quoteViewer.copyLink')}
      </button>
      <button type="button" className={BUTTON} onClick={() => void copy('quote')}>
        {t('quoteViewer.copyQuote')}
      </button>
      <span aria-live="polite" className={`text-sm font-semibold ${done === 'failed' ? 'text-bad' : 'text-good'}`}>
        {message ? (done === 'failed' ? '' : '✓ ') + message : ''}
      </span>
      {done === 'failed' ? (
        <textarea
          readOnly
          value={manual}
          aria-label={t('quoteViewer.manualCopy')}
          rows={4}
          className="w-full rounded border border-line bg-page p-2 text-sm"
          onFocus={(event) => event.currentTarget.select()}
        />
      ) : null}
    </div>
  );
}
