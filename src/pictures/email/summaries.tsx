/**
 * What a blogger gets for a whole view: a compact summary card (the section's title, a sentence or two, the key
 * figure), not a long picture of every step or chart. It is the whole view's picture wherever one is
 * asked for (the Embed dialog, the oEmbed thumbnail of a whole view).
 */
import type { ReactElement } from 'react';
import { numberOf } from '../../data/derived';
import { paymentsOf } from '../../data/payments';
import type { CaseId } from '../../data/schemas';
import { VERDICT_MARK } from '../../features/sources/verdict';
import { formatCount, formatMoney, labelled, listJoin } from '../../lib/format';
import { SECTIONS, type SectionId } from '../../lib/ui-strings';
import { firstSentence, sentences, VIEW_COLOUR } from '../card';
import { PALETTE } from '../palette';
import type { EmailContext } from './context';
import { column, emailFrame, text } from './frame';
import type { EmailPicture } from './picture';
import { TYPE } from './type';

interface Figure {
  value: string;
  label: string;
  colour: string;
}

function summary(context: EmailContext, view: SectionId, line: string, figures: Figure[]): EmailPicture {
  const { locale } = context;
  const title = SECTIONS[view].title[locale];
  const figure = ({ value, label, colour }: Figure): ReactElement => (
    <div key={label} style={{ ...column, marginRight: 56, marginTop: 8 }}>
      {text(value, TYPE.figure, { fontWeight: 700, color: colour, lineHeight: 1.1 })}
      {text(label, TYPE.label, { fontWeight: 700, color: PALETTE.muted })}
    </div>
  );
  const body = (
    <div style={column}>
      {text(context.title, TYPE.small, { fontWeight: 700, color: PALETTE.muted })}
      {text(title, TYPE.heading, { fontWeight: 700, lineHeight: 1.15, marginTop: 8 })}
      <div style={{ display: 'flex', flexWrap: 'wrap', marginTop: 24 }}>{figures.map(figure)}</div>
      {text(line, TYPE.body, { marginTop: 28 })}
    </div>
  );
  return {
    key: `${view}.full`,
    locale,
    element: emailFrame(context, VIEW_COLOUR[view], body),
    alt: sentences(
      [
        title,
        listJoin(
          figures.map((entry) => labelled(entry.label, entry.value, locale)),
          locale,
        ),
        line,
      ],
      locale,
    ),
  };
}

function caseSummary(context: EmailContext, caseId: CaseId): EmailPicture {
  const { edition, locale } = context;
  const { t } = edition.text;
  const data = edition.cases[caseId];
  const caseData = data.cases!.cases.find((entry) => entry.id === caseId)!;
  const money = formatMoney(numberOf(data.facts, caseData.moneyFactId), locale);
  const line = t(`header.keyPoints.items.${caseId}`);
  return summary(context, caseId, line, [
    { value: money, label: t(`moneyKind.${caseData.moneyKind}`), colour: PALETTE[caseId] },
  ]);
}

function penaltiesSummary(context: EmailContext): EmailPicture {
  const { edition } = context;
  const figures = paymentsOf(edition.money, edition.text).map((payment) => ({
    value: payment.amount,
    label: payment.label,
    colour: PALETTE[payment.caseId],
  }));
  return summary(context, 'penalties', edition.text.t('penalties.breakdown.takeaway'), figures);
}

/** Every article against every claim: how many reports are in line with the record, loose, or wrong. */
function sourcesSummary(context: EmailContext): EmailPicture {
  const { edition, locale } = context;
  const { t } = edition.text;
  const claims = [...(edition.sources.claims?.values() ?? [])];
  const articles = edition.sources.articles;
  const colours = { accurate: PALETTE.good, imprecise: PALETTE.warn, wrong: PALETTE.bad } as const;
  const figures = (['accurate', 'imprecise', 'wrong'] as const).map((verdict) => {
    const count = claims.reduce(
      (sum, claim) => sum + articles.filter((article) => claim.verdicts[article.id] === verdict).length,
      0,
    );
    return {
      value: `${VERDICT_MARK[verdict]} ${formatCount(count, locale)}`,
      label: t(`matrix.short.${verdict}`),
      colour: colours[verdict],
    };
  });
  return summary(context, 'sources', firstSentence(t('sourcesSection.intro')), figures);
}

export function summaryPictures(context: EmailContext): EmailPicture[] {
  return [
    caseSummary(context, 'alexa'),
    caseSummary(context, 'ring'),
    penaltiesSummary(context),
    sourcesSummary(context),
  ];
}
