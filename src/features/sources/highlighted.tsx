import { QuoteText } from '../../content/quote-text';
import type { Quote, Source } from '../../data/schemas';
import { findMatches, splitText } from './search';

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

/** One article's words on one claim, each quote set off by a rule (a matrix cell's detail, a claim's card). */
export function CellQuotes({ quotes, source }: { quotes: readonly Quote[]; source: Source }) {
  return (
    <ol className="space-y-3">
      {quotes.map((quote) => (
        <li key={quote.id} className="border-l-4 border-line pl-3">
          <QuoteText quote={quote} source={source} />
        </li>
      ))}
    </ol>
  );
}
