/**
 * Link-preview cards, 1200 × 630 (the size Open Graph and most readers crop to), laid out by satori like the
 * email pictures (email/frame.tsx): the page colour, a band in the view's colour, a kicker, the title, one line
 * of what it is about, and one strong visual, all from the data and the copy. A card that does not fit in 630 px
 * stops the build (email/render.ts) rather than being cut off.
 */
import type { CSSProperties, ReactElement, ReactNode } from 'react';
import { numberOf } from '../data/derived';
import { paymentsOf } from '../data/payments';
import type { CaseId, Verdict } from '../data/schemas';
import { outletLabel } from '../features/sources/citations';
import { VERDICT_MARK } from '../features/sources/verdict';
import { formatMoney, labelled, listJoin } from '../lib/format';
import { SECTIONS, type SectionId } from '../lib/ui-strings';
import type { Edition } from './edition';
import { barsElement } from './email/bars';
import { FONT_STACK } from './email/fonts';
import { column, text } from './email/frame';
import type { EmailPicture } from './email/picture';
import { sceneImage, SCENE_HEIGHT, SCENE_WIDTH } from './email/scene';
import { EMAIL_WIDTH, INNER, SPACE } from './email/type';
import { PALETTE } from './palette';

export const CARD_HEIGHT = 630;

/** The card's type scale, in pixels: nothing under 24 (CARD_SMALLEST). */
const SIZE = { small: 24, label: 26, line: 30, title: 56, amount: 64 } as const;

export const VIEW_COLOUR: Record<SectionId | 'main', string> = {
  main: PALETTE.accent,
  alexa: PALETTE.alexa,
  ring: PALETTE.ring,
  penalties: PALETTE.ink,
  sources: PALETTE.accent,
};

/** Sentences joined as the edition writes them: `A. B.` / `甲。乙。` */
export function sentences(parts: readonly string[], locale: string): string {
  const zh = locale.startsWith('zh');
  return parts
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => (/[.!?。！？]$/.test(part) ? part : `${part}${zh ? '。' : '.'}`))
    .join(zh ? '' : ' ');
}

/** The first sentence of a paragraph of copy (a card has room for one). */
export function firstSentence(copy: string): string {
  const match = /^.+?(?:[。！？]|[.!?](?=\s+[“"‘(A-Z]|$))/u.exec(copy.trim());
  return match ? match[0] : copy.trim();
}

interface CardText {
  page: string;
  colour: string;
  kicker: string;
  title: string;
  line: string;
  alt: string;
}

function card(edition: Edition, key: string, words: CardText, visual: ReactNode): EmailPicture {
  const { locale } = edition;
  const element = (
    <div
      lang={locale === 'zh-Hans' ? 'zh-CN' : 'en'}
      style={{
        ...column,
        width: EMAIL_WIDTH,
        minHeight: CARD_HEIGHT,
        background: PALETTE.page,
        color: PALETTE.ink,
        fontFamily: FONT_STACK[locale],
        fontSize: SIZE.line,
        lineHeight: locale === 'zh-Hans' ? 1.45 : 1.3,
      }}
    >
      <div style={{ display: 'flex', height: 12, background: words.colour }} />
      <div style={{ ...column, padding: `36px ${SPACE.side}px 36px` }}>
        {text(words.kicker, SIZE.small, { fontWeight: 700, color: PALETTE.muted })}
        {text(words.title, SIZE.title, { fontWeight: 700, lineHeight: 1.15, marginTop: 6 })}
        {text(words.line, SIZE.line, { marginTop: 14 })}
        <div style={{ display: 'flex', marginTop: 28 }}>{visual}</div>
      </div>
    </div>
  );
  return { key: `card.${key}`, locale, element, alt: words.alt, card: { page: words.page, height: CARD_HEIGHT } };
}

/** The main page's card: the explainer's title, its first sentence, the two payments as the page's lead graphic. */
export function mainCard(edition: Edition, page: string): EmailPicture {
  const { t } = edition.text;
  const title = t('header.title');
  const line = firstSentence(t('header.summary'));
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
  const alt = sentences([title, line, ...payments.map((payment) => payment.name)], edition.locale);
  const kicker = t('header.kicker');
  return card(edition, 'main', { page, colour: VIEW_COLOUR.main, kicker, title, line, alt }, visual);
}

/** The penalties view's card: the two sums as bars on one scale, so one reads as about a quarter of the other. */
export function penaltiesCard(edition: Edition, page: string): EmailPicture {
  const { t } = edition.text;
  const lang = edition.locale;
  const title = SECTIONS.penalties.title[lang];
  const line = t('penalties.breakdown.takeaway');
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
  const alt = sentences([title, line, ...payments.map((payment) => payment.name)], lang);
  const words = { page, colour: VIEW_COLOUR.penalties, kicker: t('header.title'), title, line, alt };
  return card(edition, 'penalties', words, visual);
}

/** A case view's card: its title and its first step's lede, then its key facts beside the case's first scene. */
export function caseCard(edition: Edition, page: string, caseId: CaseId): EmailPicture {
  const { t, tData, locale } = edition.text;
  const data = edition.cases[caseId];
  const caseData = data.cases!.cases.find((entry) => entry.id === caseId)!;
  const step = caseData.steps[0]!;
  const title = SECTIONS[caseId].title[locale];
  const line = tData(`cases.${caseId}.steps.${step.id}.lede`);
  const money = formatMoney(numberOf(data.facts, caseData.moneyFactId), locale);
  const facts: Array<[string, string]> = [
    [t('caseFacts.caption'), caseData.caption],
    [t('caseFacts.filedBy'), t(`filedBy.${caseData.filedBy}`)],
    [t('caseFacts.money'), labelled(money, t(`moneyKind.${caseData.moneyKind}`), locale)],
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
  const alt = sentences([title, line, ...facts.map(([term, value]) => labelled(term, value, locale))], locale);
  const words = { page, colour: VIEW_COLOUR[caseId], kicker: t('header.title'), title, line, alt };
  return card(edition, caseId, words, visual);
}

const VERDICTS: readonly Verdict[] = ['accurate', 'imprecise', 'wrong', 'absent'];

const VERDICT_COLOURS: Record<Verdict, { fill: string; ink: string }> = {
  accurate: { fill: PALETTE['good-soft'], ink: PALETTE.good },
  imprecise: { fill: PALETTE['warn-soft'], ink: PALETTE.warn },
  wrong: { fill: PALETTE['bad-soft'], ink: PALETTE.bad },
  absent: { fill: PALETTE.panel, ink: PALETTE.muted },
};

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
export function sourcesCard(edition: Edition, page: string): EmailPicture {
  const { t } = edition.text;
  const lang = edition.locale;
  const title = SECTIONS.sources.title[lang];
  const line = firstSentence(t('sourcesSection.intro'));
  const claims = [...edition.sources.claims!.values()];
  const articles = edition.sources.articles;
  const labelWidth = 360;
  const cell = Math.min(40, Math.floor((INNER - labelWidth) / claims.length));
  const count = (verdict: Verdict) =>
    claims.reduce(
      (sum, claim) => sum + articles.filter((article) => (claim.verdicts[article.id] ?? 'absent') === verdict).length,
      0,
    );
  const visual = (
    <div style={column}>
      {articles.map((article) => (
        <div key={article.id} style={{ display: 'flex', alignItems: 'center', marginBottom: 6 }}>
          {text(outletLabel(edition.text, article, 'reader'), SIZE.small, {
            width: labelWidth - 12,
            fontWeight: 700,
            lineHeight: 1.15,
            paddingRight: 12,
          })}
          {claims.map((claim) => square(claim.verdicts[article.id] ?? 'absent', cell - 4, { marginRight: 4 }))}
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
  const counts = VERDICTS.map((verdict) => labelled(t(`matrix.short.${verdict}`), String(count(verdict)), lang));
  const alt = sentences([title, line, labelled(t('sourcesSection.matrixTitle'), listJoin(counts, lang), lang)], lang);
  const words = { page, colour: VIEW_COLOUR.sources, kicker: t('header.title'), title, line, alt };
  return card(edition, 'sources', words, visual);
}
