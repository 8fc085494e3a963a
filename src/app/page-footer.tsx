import { usePageText } from '../data/hooks';
import { SourceCitation } from '../data/source-list';
import { TextProvider, useText } from '../data/text';
import type { Source } from '../data/schemas';

const GLOSSARY = ['coppa', 'civil-penalty', 'refunds', 'stipulated-order', 'complaint', 'face-embeddings', 'data-product'];

export function PageFooterText() {
  const page = usePageText();
  return (
    <TextProvider sources={page}>
      <FooterText sources={page.sources} />
    </TextProvider>
  );
}

function FooterText({ sources }: { sources: Source[] }) {
  const { t } = useText();
  return (
    <div className="space-y-6">
      <section aria-labelledby="glossary-title">
        <h2 id="glossary-title" className="text-xl font-semibold">{t('glossary.title')}</h2>
        <dl className="mt-2 space-y-2">
          {GLOSSARY.map((key) => (
            <div key={key}>
              <dt className="font-semibold">{t(`glossary.${key}.term`)}</dt>
              <dd className="max-w-prose">{t(`glossary.${key}.definition`)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="method-title">
        <h2 id="method-title" className="text-xl font-semibold">{t('footer.methodTitle')}</h2>
        <p className="mt-2 max-w-prose">{t('footer.method')}</p>
        <p className="mt-2 max-w-prose">{t('footer.privacy')}</p>
      </section>
      <section aria-labelledby="all-sources-title">
        <h2 id="all-sources-title" className="text-xl font-semibold">{t('footer.sourcesTitle')}</h2>
        <ul className="mt-2 space-y-1 text-sm">
          {sources.map((source) => (
            <li key={source.id}>
              <SourceCitation source={source} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
