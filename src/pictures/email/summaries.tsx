/**
 * What a blogger gets for a whole view: a compact summary card (the section's title, a sentence or two, the key
 * figure), not a long picture of every step or chart. It is the whole view's picture wherever one is
 * asked for (the Embed dialog, the oEmbed thumbnail of a whole view).
 */
import { paymentsOf } from '../../data/payments';
import { VERDICT_MARK } from '../../features/sources/verdict';
import { formatCount, labelled, listJoin } from '../../lib/format';
import { SECTIONS, type SectionId } from '../../lib/ui-strings';
import { caseOf, verdictCount, type Edition } from '../edition';
import { PALETTE, VERDICT_COLOURS } from '../palette';
import { column, emailPicture, firstSentence, text, TYPE, VIEW_COLOUR, type EmailPicture } from './frame';

type Figure = { value: string; label: string; colour: string };

function summary(edition: Edition, view: SectionId, line: string, figures: Figure[]): EmailPicture {
  const { locale } = edition;
  const title = SECTIONS[view].title[locale];
  const body = (
    <div style={column}>
      {text(edition.text.t('header.title'), TYPE.small, { fontWeight: 700, color: PALETTE.muted })}
      {text(title, TYPE.heading, { fontWeight: 700, lineHeight: 1.15, marginTop: 8 })}
      <div style={{ display: 'flex', flexWrap: 'wrap', marginTop: 24 }}>
        {figures.map(({ value, label, colour }) => (
          <div key={label} style={{ ...column, marginRight: 56, marginTop: 8 }}>
            {text(value, TYPE.figure, { fontWeight: 700, color: colour, lineHeight: 1.1 })}
            {text(label, TYPE.label, { fontWeight: 700, color: PALETTE.muted })}
          </div>
        ))}
      </div>
      {text(line, TYPE.body, { marginTop: 28 })}
    </div>
  );
  const listed = listJoin(
    figures.map((entry) => labelled(entry.label, entry.value, locale)),
    locale,
  );
  return emailPicture(edition, `${view}.full`, VIEW_COLOUR[view], body, [title, listed, line]);
}

export function summaryPictures(edition: Edition): EmailPicture[] {
  const { t } = edition.text;
  const caseSummary = (caseId: 'alexa' | 'ring') => {
    const { amount, moneyKind } = caseOf(edition, caseId);
    const figure = { value: amount, label: t(`moneyKind.${moneyKind}`), colour: PALETTE[caseId] };
    return summary(edition, caseId, t(`header.keyPoints.items.${caseId}`), [figure]);
  };
  const payments = paymentsOf(edition.money, edition.text).map((payment) => ({
    value: payment.amount,
    label: payment.label,
    colour: PALETTE[payment.caseId],
  }));
  // Every article against every claim: how many reports are in line with the record, loose, or wrong.
  const verdicts = (['accurate', 'imprecise', 'wrong'] as const).map((verdict) => ({
    value: `${VERDICT_MARK[verdict]} ${formatCount(verdictCount(edition, verdict), edition.locale)}`,
    label: t(`matrix.short.${verdict}`),
    colour: VERDICT_COLOURS[verdict].ink,
  }));
  return [
    caseSummary('alexa'),
    caseSummary('ring'),
    summary(edition, 'penalties', t('penalties.breakdown.takeaway'), payments),
    summary(edition, 'sources', firstSentence(t('sourcesSection.intro')), verdicts),
  ];
}
