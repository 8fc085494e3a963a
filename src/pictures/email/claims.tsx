/**
 * One email picture per checked claim, leading with the record (the Debunking Handbook's order): what the
 * sources show, first and largest; then the claim, once, labelled as the claim, smaller, with its verdict in words
 * beside it; then one line on which articles report it and how.
 */
import type { Claim } from '../../data/schemas';
import { CASE_KEY } from '../../data/copy-keys';
import { readerNames } from '../../data/source-names';
import { claimSummary, summaryLine, verdictOf } from '../../features/sources/summaries';
import { STATUS_BADGE } from '../../features/sources/verdict';
import { labelled, listJoin, PUNCTUATION } from '../../lib/format';
import { SECTIONS } from '../../lib/ui-strings';
import type { Edition } from '../edition';
import { PALETTE, VERDICT_COLOURS } from '../palette';
import { column, emailPicture, sentences, text, TYPE, VIEW_COLOUR, type EmailPicture } from './frame';

/** `1 of 5 articles report this; 1 gets it wrong. Wrong: Digital Information World`. */
function whyLine(edition: Edition, claim: Claim): string {
  const copy = edition.text;
  const { t, locale } = copy;
  const articles = edition.sources.articles;
  const ids = articles.map((article) => article.id);
  const line = summaryLine(copy, claimSummary(claim, ids));
  const named = (['wrong', 'imprecise'] as const).flatMap((verdict) => {
    const outlets = articles
      .filter((article) => verdictOf(claim, article.id) === verdict)
      .map((article) => readerNames(article, locale).outlet ?? t('common.unattributed'));
    return outlets.length > 0
      ? [labelled(t(`matrix.short.${verdict}`), outlets.join(PUNCTUATION[locale].comma), locale)]
      : [];
  });
  return sentences([line, listJoin(named, locale)], locale);
}

export function claimPictures(edition: Edition): EmailPicture[] {
  const { locale } = edition;
  const { t, tData } = edition.text;
  const claims = [...(edition.sources.claims?.values() ?? [])];
  return claims.map((claim) => {
    const record = tData(`claims.${claim.id}.record`);
    const statement = tData(`claims.${claim.id}.statement`);
    const { mark, tone: status } = STATUS_BADGE[claim.record.status];
    const verdict = `${mark} ${t(`recordStatus.${claim.record.status}`)}`;
    const why = whyLine(edition, claim);
    const kicker = `${SECTIONS.sources.title[locale]} · ${t(CASE_KEY[claim.case])}`;
    const body = (
      <div style={column}>
        {text(kicker, TYPE.small, { fontWeight: 700, color: PALETTE.muted })}
        {text(t('sourcesSection.recordLabel'), TYPE.label, { fontWeight: 700, color: PALETTE.good, marginTop: 16 })}
        {text(record, TYPE.lead, { fontWeight: 700, lineHeight: 1.3, marginTop: 4 })}
        <div
          style={{
            ...column,
            marginTop: 32,
            padding: '20px 24px',
            background: PALETTE.panel,
            border: `2px solid ${PALETTE.line}`,
            borderRadius: 12,
          }}
        >
          <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
            {text(t('sourcesSection.claimLabel'), TYPE.label, { fontWeight: 700, color: PALETTE.muted })}
            {text(verdict, TYPE.label, {
              fontWeight: 700,
              color: VERDICT_COLOURS[status].ink,
              background: VERDICT_COLOURS[status].fill,
              padding: '2px 12px',
              borderRadius: 6,
            })}
          </div>
          {text(statement, TYPE.body, { marginTop: 8, color: PALETTE.muted })}
        </div>
        {text(why, TYPE.small, { color: PALETTE.muted, marginTop: 20 })}
      </div>
    );
    const alt = [
      labelled(t('sourcesSection.recordLabel'), record, locale),
      labelled(t('sourcesSection.claimLabel'), statement, locale),
      t(`recordStatus.${claim.record.status}`),
      why,
    ];
    return emailPicture(edition, `sources.claim-${claim.id}`, VIEW_COLOUR.sources, body, alt);
  });
}
