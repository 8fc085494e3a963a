/**
 * Link-preview cards, 1200 × 630 (the size Open Graph and most readers crop to), laid out by satori like the
 * email pictures (email/frame.tsx): the page colour, a band in the view's colour, a kicker, the title, one line
 * of what it is about, and one strong visual, all from the data and the copy. A card that does not fit in 630 px
 * stops the build (email/render.ts) rather than being cut off.
 */
import type { CSSProperties, ReactElement, ReactNode } from 'react';
import { paymentsOf } from '../data/payments';
import { readerNames } from '../data/source-names';
import type { CaseId, Verdict } from '../data/schemas';
import { SCENE_HEIGHT, SCENE_WIDTH } from '../features/cases/scene-states';
import { verdictOf } from '../features/sources/summaries';
import { VERDICT_MARK } from '../features/sources/verdict';
import { labelled, listJoin } from '../lib/format';
import { EDITION_PATHS, embedPagePath } from '../lib/site';
import { SECTIONS, type SectionId } from '../lib/ui-strings';
import { sceneImage } from './drawings';
import { caseOf, verdictCount, type Edition } from './edition';
import { barsElement } from './email/bars';
import {
  column,
  firstSentence,
  frame,
  INNER,
  sentences,
  SIDE,
  text,
  VIEW_COLOUR,
  type EmailPicture,
} from './email/frame';
import { PALETTE, VERDICT_COLOURS } from './palette';

const CARD_HEIGHT = 630;

/** The card's type scale, in pixels: nothing under 24 (CARD_SMALLEST). */
const SIZE = { small: 24, label: 26, line: 30, title: 56, amount: 64 } as const;

/**
 * A card: the kicker, the title (the explainer's on the main page's card, else the view's), one line, the visual;
 * its alt text says the title, the line and what the visual shows.
 */
function card(edition: Edition, view: SectionId | 'main', line: string, shown: string[], visual: ReactNode) {
  const { locale } = edition;
  const { t } = edition.text;
  const kicker = t(view === 'main' ? 'header.kicker' : 'header.title');
  const title = view === 'main' ? t('header.title') : SECTIONS[view].title[locale];
  const lineHeight = locale === 'zh-Hans' ? 1.45 : 1.3;
  const element = frame(locale, VIEW_COLOUR[view], { minHeight: CARD_HEIGHT, fontSize: SIZE.line, lineHeight }, [
    <div key="body" style={{ ...column, padding: `36px ${SIDE}px 36px` }}>
      {text(kicker, SIZE.small, { fontWeight: 700, color: PALETTE.muted })}
      {text(title, SIZE.title, { fontWeight: 700, lineHeight: 1.15, marginTop: 6 })}
      {text(line, SIZE.line, { marginTop: 14 })}
      <div style={{ display: 'flex', marginTop: 28 }}>{visual}</div>
    </div>,
  ]);
  const page = view === 'main' ? `${EDITION_PATHS[locale]}index.html` : embedPagePath(view, locale);
  const alt = sentences([title, line, ...shown], locale);
  return { key: `card.${view}`, locale, element, alt, card: { page, height: CARD_HEIGHT } };
}

/** The main page's card: the explainer's title, its first sentence, the two payments as the page's lead graphic. */
function mainCard(edition: Edition): EmailPicture {
  const payments = paymentsOf(edition.money, edition.text);
  const max = Math.max(...payments.map((payment) => payment.value));
  const width = (INNER - 48) / 2;
  const visual = payments.map((payment, index) => (
    <div key={payment.caseId} style={{ ...column, width, marginLeft: index ? 48 : 0 }}>
      {text(payment.amount, SIZE.amount, { fontWeight: 700, color: PALETTE[payment.caseId], lineHeight: 1.1 })}
      <div
        style={{
          display: 'flex',
          width: (payment.value / max) * width,
          height: 24,
          background: PALETTE[payment.caseId],
        }}
      />
      {text(payment.label, SIZE.line, { fontWeight: 700, marginTop: 12 })}
      {text(payment.recipient, SIZE.label, { color: PALETTE.muted })}
    </div>
  ));
  const names = payments.map((payment) => payment.name);
  return card(edition, 'main', firstSentence(edition.text.t('header.summary')), names, visual);
}

/** The penalties view's card: the two sums as bars on one scale, so one reads as about a quarter of the other. */
function penaltiesCard(edition: Edition): EmailPicture {
  const payments = paymentsOf(edition.money, edition.text);
  const visual = barsElement(
    payments.map((payment) => ({
      label: `${payment.label} · ${payment.recipient}`,
      value: payment.value,
      valueLabel: payment.amount,
      colour: PALETTE[payment.caseId],
    })),
    'stacked',
    { text: SIZE.label, value: 44, bar: 52, gap: 12, room: 340 },
  );
  const names = payments.map((payment) => payment.name);
  return card(edition, 'penalties', edition.text.t('penalties.breakdown.takeaway'), names, visual);
}

/** A case view's card: its title and its first step's lede, then its key facts beside the case's first scene. */
function caseCard(edition: Edition, caseId: CaseId): EmailPicture {
  const { t, tData, locale } = edition.text;
  const caseData = caseOf(edition, caseId);
  const step = caseData.steps[0]!;
  const line = tData(`cases.${caseId}.steps.${step.id}.lede`);
  const facts: Array<[string, string]> = [
    [t('caseFacts.caption'), caseData.caption],
    [t('caseFacts.filedBy'), t(`filedBy.${caseData.filedBy}`)],
    [t('caseFacts.money'), labelled(caseData.amount, t(`moneyKind.${caseData.moneyKind}`), locale)],
  ];
  const sceneWidth = 500;
  const visual = (
    <div style={{ display: 'flex', width: INNER, justifyContent: 'space-between' }}>
      <div style={{ ...column, width: INNER - sceneWidth - 40 }}>
        {facts.map(([term, value], index) => (
          <div key={term} style={{ ...column, marginTop: index ? 10 : 0 }}>
            {text(term, SIZE.small, { fontWeight: 700, color: PALETTE.muted })}
            {text(value, SIZE.small, { lineHeight: 1.3 })}
          </div>
        ))}
      </div>
      <div style={{ display: 'flex', border: `2px solid ${PALETTE.line}`, borderRadius: 12 }}>
        <img
          alt=""
          src={sceneImage(caseId, step.scene)}
          width={sceneWidth - 4}
          height={(sceneWidth - 4) * (SCENE_HEIGHT / SCENE_WIDTH)}
        />
      </div>
    </div>
  );
  return card(
    edition,
    caseId,
    line,
    facts.map(([term, value]) => labelled(term, value, locale)),
    visual,
  );
}

const VERDICTS: readonly Verdict[] = ['accurate', 'imprecise', 'wrong', 'absent'];

/** A verdict's square: its soft colour and its mark (✓ ≈ ✗ –), so the grid never relies on colour alone. */
function square(verdict: Verdict, size: number, style: CSSProperties = {}): ReactElement {
  const { fill, ink } = VERDICT_COLOURS[verdict];
  const border = `2px solid ${verdict === 'absent' ? PALETTE.line : ink}`;
  // satori sizes a box without its border: the border's 2 px a side come off here.
  const box = { width: size - 4, height: size - 4, background: fill, border, borderRadius: 4, color: ink };
  return text(VERDICT_MARK[verdict], SIZE.small, {
    ...box,
    fontWeight: 700,
    lineHeight: 1,
    alignItems: 'center',
    justifyContent: 'center',
    ...style,
  });
}

/** The sources view's card: every article against every claim checked, one square each, coloured by verdict. */
function sourcesCard(edition: Edition): EmailPicture {
  const { t } = edition.text;
  const lang = edition.locale;
  const claims = [...edition.sources.claims!.values()];
  const articles = edition.sources.articles;
  const labelWidth = 360;
  const cell = Math.min(40, Math.floor((INNER - labelWidth) / claims.length));
  const visual = (
    <div style={column}>
      {articles.map((article) => (
        <div key={article.id} style={{ display: 'flex', alignItems: 'center', marginBottom: 6 }}>
          {text(readerNames(article, lang).outlet ?? t('common.unattributed'), SIZE.small, {
            width: labelWidth - 12,
            fontWeight: 700,
            lineHeight: 1.15,
            paddingRight: 12,
          })}
          {claims.map((claim) => square(verdictOf(claim, article.id), cell - 4, { marginRight: 4 }))}
        </div>
      ))}
      <div style={{ display: 'flex', marginTop: 10 }}>
        {VERDICTS.map((verdict) => (
          <div key={verdict} style={{ display: 'flex', alignItems: 'center', marginRight: 32 }}>
            {square(verdict, cell - 4, { marginRight: 10 })}
            {text(t(`matrix.short.${verdict}`), SIZE.small)}
          </div>
        ))}
      </div>
    </div>
  );
  const counts = VERDICTS.map((verdict) =>
    labelled(t(`matrix.short.${verdict}`), String(verdictCount(edition, verdict)), lang),
  );
  const shown = labelled(t('sourcesSection.matrixTitle'), listJoin(counts, lang), lang);
  return card(edition, 'sources', firstSentence(t('sourcesSection.intro')), [shown], visual);
}

/** An edition's link-preview cards: its main page's, and each whole view's embed page's. */
export const editionCards = (edition: Edition): EmailPicture[] => [
  mainCard(edition),
  caseCard(edition, 'alexa'),
  caseCard(edition, 'ring'),
  penaltiesCard(edition),
  sourcesCard(edition),
];
