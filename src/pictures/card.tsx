/**
 * Link-preview cards, 1200 × 630 (the size Open Graph and most readers crop to): the explainer's or the view's
 * title, one line of what it is about, and one strong visual, all from the data and the copy. Plain and high
 * contrast, in the site's light colours, with the view's colour as a band down the left edge.
 */
import { scaleLinear } from 'd3-scale';
import type { ReactNode } from 'react';
import { numberOf } from '../data/derived';
import type { CaseId } from '../data/schemas';
import { formatMoney, labelled, listJoin } from '../lib/format';
import { renderToStaticMarkup } from 'react-dom/server';
import { PaymentsGraphic, PAYMENTS_SIZE } from '../charts/payments-graphic';
import { paymentsOf, type Payment } from '../data/payments';
import { SECTIONS, type SectionId } from '../lib/ui-strings';
import { outletLabel } from '../features/sources/citations';
import { SCENE_HEIGHT, SCENE_WIDTH, sceneMarkup } from './drawings';
import type { Edition } from './edition';
import { Drawing, Panel, PictureSvg, TextBlock } from './parts';
import { VERDICTS, VerdictSquare } from './verdict-square';
import { firstSvg, inlineClassColours, PALETTE } from './palette';
import { firstSentence, fitText, type FittedText, type Fonts } from './text-layout';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const LEFT = 72;
const RIGHT = CARD_WIDTH - 72;
const TOP = 56;
const BOTTOM = CARD_HEIGHT - 48;
const INNER = RIGHT - LEFT;

export interface Drawn {
  svg: ReactNode;
  width: number;
  height: number;
  alt: string;
}

export const VIEW_COLOUR: Record<SectionId | 'main', string> = {
  main: PALETTE.accent,
  alexa: PALETTE.alexa,
  ring: PALETTE.ring,
  penalties: PALETTE.ink,
  sources: PALETTE.accent,
};

/** `Term: value` / `术语：值`. */

/** Sentences joined as the edition writes them: `A. B.` / `甲。乙。` */
export function sentences(parts: readonly string[], locale: string): string {
  const zh = locale.startsWith('zh');
  return parts
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => (/[.!?。！？]$/.test(part) ? part : `${part}${zh ? '。' : '.'}`))
    .join(zh ? '' : ' ');
}

const TITLE_SIZES = [60, 56, 52, 48, 44, 40];
const LINE_SIZES = [30, 28, 26, 24, 22, 20];

/**
 * The card's heading: the kicker, the title, the line, at the largest sizes that leave the visual its room
 * (the heading ends above `maxBottom`). Returns the y below it.
 */
function heading(
  edition: Edition,
  fonts: Fonts,
  text: { kicker: string; title: string; line: string },
  maxBottom: number,
  lineLines = 3,
) {
  const lang = edition.locale;
  const kick = fitText(text.kicker, { width: INNER, maxLines: 1, sizes: [24, 22, 20], weight: 700, lang }, fonts);
  for (let step = 0; step < TITLE_SIZES.length - 1; step += 1) {
    const sizes = TITLE_SIZES.slice(step);
    const head = fitText(text.title, { width: INNER, maxLines: 2, sizes, weight: 700, lang }, fonts);
    const about = fitText(text.line, { width: INNER, maxLines: lineLines, sizes: LINE_SIZES.slice(step), lang }, fonts);
    const titleY = TOP + kick.height + 14;
    const lineY = titleY + head.height + 18;
    const bottom = lineY + about.height;
    if (bottom > maxBottom) continue;
    return {
      bottom,
      node: (
        <>
          <TextBlock text={kick} x={LEFT} y={TOP} fill={PALETTE.muted} fonts={fonts} />
          <TextBlock text={head} x={LEFT} y={titleY} fonts={fonts} />
          <TextBlock text={about} x={LEFT} y={lineY} fonts={fonts} />
        </>
      ),
    };
  }
  throw new Error(`The card "${text.title}": its heading does not fit above ${maxBottom}px`);
}

function frame(
  edition: Edition,
  fonts: Fonts,
  colour: string,
  alt: string,
  title: string,
  body: ReactNode,
  bottom: number,
): Drawn {
  if (bottom > BOTTOM) throw new Error(`The card "${title}" is ${bottom - BOTTOM}px too tall for ${CARD_HEIGHT}px`);
  return {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    alt,
    svg: (
      <PictureSvg width={CARD_WIDTH} height={CARD_HEIGHT} title={title} lang={edition.locale} fonts={fonts}>
        <rect width={16} height={CARD_HEIGHT} fill={colour} />
        {body}
      </PictureSvg>
    ),
  };
}

/** The two payments, with their kinds and recipients, from money.json and the facts. */
const payments = (edition: Edition): Payment[] => paymentsOf(edition.money, edition.text);

/** The main page's card: the explainer's title, its first sentence, the two payments as the page's lead graphic. */
export function mainCard(edition: Edition, fonts: Fonts): Drawn {
  const { t } = edition.text;
  const lang = edition.locale;
  const title = t('header.title');
  const line = firstSentence(t('header.summary'));
  const list = payments(edition);
  // The page's own component, its theme classes made colours (palette.ts), scaled to the card's width.
  const size = PAYMENTS_SIZE['side-by-side'];
  const scale = INNER / size.width;
  const markup = inlineClassColours(
    firstSvg(
      renderToStaticMarkup(
        <PaymentsGraphic
          layout="side-by-side"
          label={title}
          payments={list.map((payment) => ({ ...payment, tone: payment.caseId }))}
        />,
      ),
      'the lead graphic',
    ).inner,
  );
  const graphicHeight = size.height * scale;
  const head = heading(edition, fonts, { kicker: t('header.kicker'), title, line }, BOTTOM - graphicHeight - 36);
  const top = head.bottom + 36;
  const body = (
    <>
      {head.node}
      <Drawing markup={markup} transform={`translate(${LEFT} ${top}) scale(${scale})`} />
    </>
  );
  const alt = sentences([title, line, ...list.map((payment) => payment.name)], lang);
  return frame(edition, fonts, VIEW_COLOUR.main, alt, title, body, top + graphicHeight);
}

/** The penalties view's card: the two sums as bars on one scale, so one reads as about a quarter of the other. */
export function penaltiesCard(edition: Edition, fonts: Fonts): Drawn {
  const { t } = edition.text;
  const lang = edition.locale;
  const title = SECTIONS.penalties.title[lang];
  const line = t('penalties.breakdown.takeaway');
  const list = payments(edition);
  const rows = list.map((payment) => ({
    payment,
    label: fitText(
      `${payment.label} · ${payment.recipient}`,
      { width: INNER, maxLines: 1, sizes: [26, 24, 22, 20], weight: 700, lang },
      fonts,
    ),
    amount: fitText(payment.amount, { width: 360, maxLines: 1, sizes: [48, 44, 40], weight: 700, lang }, fonts),
  }));
  const amountRoom = Math.max(...rows.map((row) => fonts.measure(row.payment.amount, row.amount) + 20));
  const x = scaleLinear()
    .domain([0, Math.max(...list.map((payment) => payment.value))])
    .range([0, INNER - amountRoom]);
  const barHeight = 56;
  const rowHeight = Math.max(...rows.map((row) => row.label.height)) + 12 + barHeight + 30;
  const head = heading(
    edition,
    fonts,
    { kicker: t('header.title'), title, line },
    BOTTOM - rows.length * rowHeight + 30 - 34,
    3,
  );
  const top = head.bottom + 34;
  const body = (
    <>
      {head.node}
      {rows.map(({ payment, label, amount }, index) => {
        const y = top + index * rowHeight;
        const barY = y + label.height + 12;
        const width = Math.max(4, x(payment.value));
        return (
          <g key={payment.caseId}>
            <TextBlock text={label} x={LEFT} y={y} fonts={fonts} />
            <rect x={LEFT} y={barY} width={width} height={barHeight} fill={PALETTE[payment.caseId]} />
            <TextBlock
              text={amount}
              x={LEFT + width + 14}
              y={barY + (barHeight - amount.size) / 2 - 2}
              fill={PALETTE[payment.caseId]}
              fonts={fonts}
            />
          </g>
        );
      })}
    </>
  );
  const alt = sentences([title, line, ...list.map((payment) => payment.name)], lang);
  return frame(edition, fonts, VIEW_COLOUR.penalties, alt, title, body, top + rows.length * rowHeight - 30);
}

/** A case view's card: its title, then its key facts beside the case's first scene. */
export function caseCard(edition: Edition, fonts: Fonts, caseId: CaseId): Drawn {
  const { t, tData, locale } = edition.text;
  const lang = locale;
  const data = edition.cases[caseId];
  const caseData = data.cases!.cases.find((entry) => entry.id === caseId)!;
  const step = caseData.steps[0]!;
  const title = SECTIONS[caseId].title[lang];
  const stepTitle = tData(`cases.${caseId}.steps.${step.id}.title`);
  const lede = tData(`cases.${caseId}.steps.${step.id}.lede`);
  const head = heading(edition, fonts, { kicker: t('header.title'), title, line: lede }, BOTTOM - 250, 2);
  const top = head.bottom + 32;
  const sceneWidth = 540;
  const sceneX = RIGHT - sceneWidth;
  const captionText = fitText(
    stepTitle,
    { width: sceneWidth, maxLines: 1, sizes: [22, 20, 18], weight: 700, lang },
    fonts,
  );
  const sceneHeight = Math.min((sceneWidth * SCENE_HEIGHT) / SCENE_WIDTH, BOTTOM - top - captionText.height - 12);
  const scale = sceneHeight / SCENE_HEIGHT;
  const drawnWidth = SCENE_WIDTH * scale;
  const columnWidth = sceneX - LEFT - 40;
  const money = numberOf(data.facts, caseData.moneyFactId);
  const factTexts: Array<[string, string]> = [
    [t('caseFacts.caption'), caseData.caption],
    [t('caseFacts.filedBy'), t(`filedBy.${caseData.filedBy}`)],
    [t('caseFacts.money'), labelled(formatMoney(money, locale), t(`moneyKind.${caseData.moneyKind}`), locale)],
  ];
  const facts: Array<[FittedText, FittedText]> = factTexts.map(([term, value]) => [
    fitText(term, { width: columnWidth, maxLines: 1, sizes: [20, 18], weight: 700, lang }, fonts),
    fitText(value, { width: columnWidth, maxLines: 3, sizes: [24, 22, 20], lang }, fonts),
  ]);
  let y = top;
  const factNodes = facts.map(([term, value], index) => {
    const node = (
      <g key={index}>
        <TextBlock text={term} x={LEFT} y={y} fill={PALETTE.muted} fonts={fonts} />
        <TextBlock text={value} x={LEFT} y={y + term.height + 2} fonts={fonts} />
      </g>
    );
    y += term.height + 2 + value.height + 18;
    return node;
  });
  const body = (
    <>
      {head.node}
      {factNodes}
      <Panel x={sceneX} y={top} width={sceneWidth} height={sceneHeight} />
      <Drawing
        markup={sceneMarkup(caseId, step.scene)}
        transform={`translate(${sceneX + (sceneWidth - drawnWidth) / 2} ${top}) scale(${scale})`}
      />
      <TextBlock text={captionText} x={sceneX} y={top + sceneHeight + 12} fonts={fonts} />
    </>
  );
  const alt = sentences([title, lede, ...factTexts.map(([term, value]) => labelled(term, value, lang))], lang);
  return frame(
    edition,
    fonts,
    VIEW_COLOUR[caseId],
    alt,
    title,
    body,
    Math.max(y - 18, top + sceneHeight + 12 + captionText.height),
  );
}

/** The sources view's card: every article against every claim checked, one square each, coloured by verdict. */
export function sourcesCard(edition: Edition, fonts: Fonts): Drawn {
  const { t } = edition.text;
  const lang = edition.locale;
  const data = edition.sources;
  const title = SECTIONS.sources.title[lang];
  const line = firstSentence(t('sourcesSection.intro'));
  const claims = [...data.claims!.values()];
  const articles = data.articles;
  const labelWidth = 300;
  const cell = Math.min(34, (INNER - labelWidth - 20) / claims.length);
  const square = cell - 5;
  const rowHeight = 44;
  const head = heading(
    edition,
    fonts,
    { kicker: t('header.title'), title, line },
    BOTTOM - (5 * rowHeight + 18 + square) - 30,
    2,
  );
  const top = head.bottom + 30;
  const rows = articles.map((article) => ({
    article,
    label: fitText(
      outletLabel(edition.text, article, 'reader'),
      { width: labelWidth, maxLines: 2, sizes: [20, 18, 16], weight: 700, lang },
      fonts,
    ),
  }));
  const keyTop = top + articles.length * rowHeight + 18;
  const verdicts = VERDICTS;
  const keyLabels = verdicts.map((verdict) =>
    fitText(t(`matrix.short.${verdict}`), { width: 200, maxLines: 1, sizes: [20, 18], lang }, fonts),
  );
  let keyX = LEFT;
  const body = (
    <>
      {head.node}
      {rows.map(({ article, label }, row) => {
        const y = top + row * rowHeight;
        return (
          <g key={article.id}>
            <TextBlock text={label} x={LEFT} y={y + (rowHeight - 5 - label.height) / 2} fonts={fonts} />
            {claims.map((claim, index) => {
              const verdict = claim.verdicts[article.id] ?? 'absent';
              const cx = LEFT + labelWidth + 20 + index * cell;
              return <VerdictSquare key={claim.id} verdict={verdict} x={cx} y={y} size={square} fonts={fonts} />;
            })}
          </g>
        );
      })}
      {verdicts.map((verdict, index) => {
        const label = keyLabels[index]!;
        const x = keyX;
        keyX += square + 10 + fonts.measure(label.lines[0] ?? '', label) + 32;
        return (
          <g key={verdict}>
            <VerdictSquare verdict={verdict} x={x} y={keyTop} size={square} fonts={fonts} />
            <TextBlock text={label} x={x + square + 10} y={keyTop + (square - label.size) / 2 - 2} fonts={fonts} />
          </g>
        );
      })}
    </>
  );
  if (keyX - 32 > RIGHT) throw new Error(`The sources card's key is wider than the card`);
  const counts = verdicts.map((verdict, index) => {
    const count = claims.reduce(
      (sum, claim) => sum + articles.filter((article) => (claim.verdicts[article.id] ?? 'absent') === verdict).length,
      0,
    );
    return labelled(keyLabels[index]!.lines.join(' '), String(count), lang);
  });
  const alt = sentences([title, line, labelled(t('sourcesSection.matrixTitle'), listJoin(counts, lang), lang)], lang);
  return frame(edition, fonts, VIEW_COLOUR.sources, alt, title, body, keyTop + square);
}
