import type { Quote, Source } from '../../data/schemas';
import { useText } from '../../data/text';
import { findMatches, quoteTranslation, splitText } from './utils';

/** Text with the search matches in <mark>, split into text nodes (never HTML): its textContent is unchanged. */
export function Highlighted({ text, search }: { text: string; search: string }) {
  if (!search) return text;
  return splitText(text, findMatches(text, search)).map((part, index) =>
    part.match ? (
      <mark key={index} className="rounded-sm bg-warn-soft text-ink underline decoration-warn decoration-2">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}

/** The verbatim quote in its own language, and beside it (never inside it) our labelled translation. */
export function QuoteText({ quote, source, search = '' }: { quote: Quote; source: Source; search?: string }) {
  const { t, locale } = useText();
  const translation = quoteTranslation(quote, source, locale);
  return (
    <div className={translation ? 'grid gap-2 md:grid-cols-2 md:gap-5' : undefined}>
      <blockquote lang={source.language} className="font-serif text-[1.05rem] leading-relaxed">
        <Highlighted text={quote.text} search={search} />
      </blockquote>
      {translation ? (
        <p className="text-sm leading-relaxed md:border-l md:border-line md:pl-4">
          <span className="font-semibold">{t('common.translation')}: </span>
          <Highlighted text={translation} search={search} />
        </p>
      ) : null}
    </div>
  );
}
