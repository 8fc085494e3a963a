import type { Quote, Source } from '../../data/schemas';
import { useText } from '../../data/text';

/** A verbatim quote in its own language, its claims as tags, and our translation beside it (never inside). */
export function QuoteBlock({ quote, source }: { quote: Quote; source: Source }) {
  const { t, locale } = useText();
  const translation = source.language === locale ? undefined : quote.translations?.[locale];
  return (
    <figure className="border-l-4 border-line pl-3">
      <blockquote lang={source.language} className="font-serif text-[1.05rem]">
        {quote.text}
      </blockquote>
      {translation ? (
        <p className="mt-1 text-sm">
          <span className="font-semibold">{t('common.translation')}: </span>
          {translation}
        </p>
      ) : null}
      <figcaption className="mt-1 flex flex-wrap gap-1">
        {quote.claimIds.map((claimId) => (
          <span key={claimId} className="rounded-full border border-line px-2 text-xs text-muted">
            {t(`claims.${claimId}.statement`)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
