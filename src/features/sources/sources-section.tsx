import { useSourcesBundle } from '../../data/hooks';
import type { SourcesBundle } from '../../data/model';
import { SourceCitation, SourceList } from '../../data/source-list';
import { TextProvider, useText } from '../../data/text';
import { ClaimTable } from './claim-table';
import { QuoteBlock } from './quote-block';

export function SourcesSection() {
  const bundle = useSourcesBundle();
  return (
    <TextProvider sources={bundle}>
      <SourcesBody bundle={bundle} />
    </TextProvider>
  );
}

function SourcesBody({ bundle }: { bundle: SourcesBundle }) {
  const { t } = useText();
  return (
    <div className="space-y-8">
      <p className="max-w-prose text-lg">{t('sourcesSection.intro')}</p>
      <section aria-labelledby="articles-title" className="space-y-4">
        <h3 id="articles-title" className="text-lg font-semibold">{t('sourcesSection.articlesTitle')}</h3>
        {bundle.articles.map((article) => (
          <article key={article.id} aria-labelledby={`article-${article.id}`} className="rounded-lg border border-line bg-panel p-4">
            <h4 id={`article-${article.id}`} className="font-semibold">
              <SourceCitation source={article} />
            </h4>
            <p className="text-sm text-muted">
              {article.outletKind ? t(`sourcesSection.outletKinds.${article.outletKind}`) : null}
              {' · '}
              {t(`sourcesSection.language.${article.language}`)}
            </p>
            <ul className="mt-3 space-y-3">
              {bundle.quotes
                .filter((quote) => quote.sourceId === article.id)
                .map((quote) => (
                  <li key={quote.id}>
                    <QuoteBlock quote={quote} source={article} />
                  </li>
                ))}
            </ul>
          </article>
        ))}
      </section>
      <ClaimTable bundle={bundle} />
      <section aria-labelledby="corrections-title" className="space-y-3">
        <h3 id="corrections-title" className="text-lg font-semibold">{t('sourcesSection.correctionsTitle')}</h3>
        <ul className="space-y-3">
          {bundle.corrections.map((correction) => (
            <li key={correction.id} className="max-w-prose">
              <p>
                {correction.outlet ? <span className="font-semibold">{correction.outlet}: </span> : null}
                <span>{t(`corrections.${correction.id}.claim`)}</span>
              </p>
              <p>
                <span className="font-semibold">{t('sourcesSection.recordLabel')}: </span>
                {t(`corrections.${correction.id}.finding`)}
              </p>
              <SourceList ids={[...new Set([...correction.sourceIds, ...correction.factIds.flatMap((id) => bundle.facts.get(id)?.sourceIds ?? [])])]} sources={bundle.sources} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="primary-title" className="space-y-2">
        <h3 id="primary-title" className="text-lg font-semibold">{t('sourcesSection.primaryTitle')}</h3>
        <ul className="space-y-1 text-sm">
          {bundle.primary.map((source) => (
            <li key={source.id}>
              <span className="text-muted">{t(`sourcesSection.kinds.${source.kind}`)}: </span>
              <SourceCitation source={source} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
