import { Label } from './label';
import type { ReactNode } from 'react';
import type { Quote, Source } from '../data/schemas';
import { useCopy } from './section';

/** The translation shown beside a quote for readers in `locale` (none when the article is in that language). */
export function quoteTranslation(quote: Quote, source: Source, locale: string): string | undefined {
  return source.language === locale ? undefined : quote.translations?.[locale as 'en'];
}

/**
 * The verbatim quote in its own language, and beside it (never inside it) our labelled translation. The one
 * way a quote is shown, in the case steps and the quote viewer alike; `mark` lets the viewer highlight matches.
 */
export function QuoteText({
  quote,
  source,
  mark = (text) => text,
}: {
  quote: Quote;
  source: Source;
  mark?: (text: string) => ReactNode;
}) {
  const { t, locale } = useCopy();
  const translation = quoteTranslation(quote, source, locale);
  return (
    <div className={translation ? 'grid gap-2 md:grid-cols-2 md:gap-5' : undefined}>
      <blockquote lang={source.language} className="font-serif text-[1.05rem] leading-relaxed">
        {mark(quote.text)}
      </blockquote>
      {translation ? (
        <p className="text-sm leading-relaxed md:border-l md:border-line md:pl-4">
          <Label>{t('common.translation')}</Label>
          {mark(translation)}
        </p>
      ) : null}
    </div>
  );
}
