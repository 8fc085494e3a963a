/**
 * A static picture of each view, 1200 px wide and as tall as its content, for newsletters, RSS readers, AMP and
 * print (and the oEmbed thumbnail): a case's steps, each with its scene; the four penalty charts as the section
 * draws them, each with its title and takeaway; the sources' claim-by-article verdict grid.
 */
import type { ReactNode } from 'react';
import type { CaseId } from '../data/schemas';
import { formatMoney } from '../lib/format';
import { SECTIONS } from '../lib/ui-strings';
import { numberOf } from '../data/derived';
import { outletLabel } from '../features/sources/citations';
import { claimSummary, summaryLine } from '../features/sources/summaries';
import type { Drawn } from './card';
import { labelled } from '../lib/format';
import { sentences, VIEW_COLOUR } from './card';
import { CHARTS, chartDrawing, SCENE_HEIGHT, SCENE_WIDTH, sceneMarkup } from './drawings';
import type { Edition } from './edition';
import { Drawing, Panel, PictureSvg, TextBlock } from './parts';
import { PALETTE } from './palette';
import { fitText, type FittedText, type Fonts } from './text-layout';
import { VERDICTS, VerdictSquare } from './verdict-square';

export const VIEW_WIDTH = 1200;
const LEFT = 64;
const RIGHT = VIEW_WIDTH - 64;
const INNER = RIGHT - LEFT;
const TOP = 56;
const BOTTOM_PAD = 56;

/** Kicker (the explainer's title) and the view's title; returns the y below. */
function viewHeading(edition: Edition, fonts: Fonts, title: string) {
  const lang = edition.locale;
  const kick = fitText(
    edition.text.t('header.title'),
    { width: INNER, maxLines: 1, sizes: [22, 20], weight: 700, lang },
    fonts,
  );
  const head = fitText(title, { width: INNER, maxLines: 2, sizes: [48, 44, 40], weight: 700, lang }, fonts);
  const titleY = TOP + kick.height + 10;
  return {
    bottom: titleY + head.height,
    node: (
      <>
        <TextBlock text={kick} x={LEFT} y={TOP} fill={PALETTE.muted} fonts={fonts} />
        <TextBlock text={head} x={LEFT} y={titleY} fonts={fonts} />
      </>
    ),
  };
}

function viewFrame(
  edition: Edition,
  fonts: Fonts,
  colour: string,
  title: string,
  alt: string,
  body: ReactNode,
  bottom: number,
): Drawn {
  const height = Math.ceil(bottom + BOTTOM_PAD);
  return {
    width: VIEW_WIDTH,
    height,
    alt,
    svg: (
      <PictureSvg width={VIEW_WIDTH} height={height} title={title} lang={edition.locale} fonts={fonts}>
        <rect width={VIEW_WIDTH} height={10} fill={colour} />
        {body}
      </PictureSvg>
    ),
  };
}

/** A case view: the case at a glance, then every step (its number, title and lede) beside its scene. */
export function caseView(edition: Edition, fonts: Fonts, caseId: CaseId): Drawn {
  const { t, tData, locale } = edition.text;
  const lang = locale;
  const data = edition.cases[caseId];
  const caseData = data.cases!.cases.find((entry) => entry.id === caseId)!;
  const title = SECTIONS[caseId].title[lang];
  const head = viewHeading(edition, fonts, title);
  const nodes: ReactNode[] = [<g key="heading">{head.node}</g>];
  let y = head.bottom + 24;

  // The case at a glance, as the view's facts box gives it.
  const termWidth = 260;
  const facts: Array<[string, string]> = [
    [t('caseFacts.caption'), caseData.caption],
    [t('caseFacts.filedBy'), t(`filedBy.${caseData.filedBy}`)],
    [t('caseFacts.court'), tData(`courts.${caseData.court.id}`)],
    [
      t('caseFacts.money'),
      labelled(
        formatMoney(numberOf(data.facts, caseData.moneyFactId), locale),
        t(`moneyKind.${caseData.moneyKind}`),
        locale,
      ),
    ],
  ];
  const boxTop = y;
  y += 18;
  const factRows = facts.map(([term, value]) => {
    const termText = fitText(term, { width: termWidth - 24, maxLines: 2, sizes: [20, 18], weight: 700, lang }, fonts);
    const valueText = fitText(value, { width: INNER - termWidth - 24, maxLines: 3, sizes: [20, 18], lang }, fonts);
    const row = { termText, valueText, y };
    y += Math.max(termText.height, valueText.height) + 10;
    return row;
  });
  y += 8;
  nodes.push(
    <g key="facts">
      <Panel x={LEFT} y={boxTop} width={INNER} height={y - boxTop} />
      {factRows.map(({ termText, valueText, y: rowY }, index) => (
        <g key={index}>
          <TextBlock text={termText} x={LEFT + 24} y={rowY} fill={PALETTE.muted} fonts={fonts} />
          <TextBlock text={valueText} x={LEFT + termWidth} y={rowY} fonts={fonts} />
        </g>
      ))}
    </g>,
  );
  y += 32;

  // The steps.
  const sceneWidth = 288;
  const sceneHeight = (sceneWidth * SCENE_HEIGHT) / SCENE_WIDTH;
  const textX = LEFT + sceneWidth + 32;
  const textWidth = RIGHT - textX;
  const count = caseData.steps.length;
  const stepTitles: string[] = [];
  caseData.steps.forEach((step, index) => {
    const progress = fitText(
      t('caseView.progress', { n: index + 1, count }),
      { width: textWidth, maxLines: 1, sizes: [18], weight: 700, lang },
      fonts,
    );
    const stepTitle = tData(`cases.${caseId}.steps.${step.id}.title`);
    stepTitles.push(labelled(t('caseView.progress', { n: index + 1, count }), stepTitle, lang));
    const titleText = fitText(
      stepTitle,
      { width: textWidth, maxLines: 2, sizes: [28, 26, 24], weight: 700, lang },
      fonts,
    );
    const lede = fitText(
      tData(`cases.${caseId}.steps.${step.id}.lede`),
      { width: textWidth, maxLines: 3, sizes: [22, 20], lang },
      fonts,
    );
    const top = y;
    const textHeight = progress.height + 4 + titleText.height + 6 + lede.height;
    nodes.push(
      <g key={step.id}>
        <Panel x={LEFT} y={top} width={sceneWidth} height={sceneHeight} rx={8} strokeWidth={1.5} />
        <Drawing
          markup={sceneMarkup(caseId, step.scene)}
          transform={`translate(${LEFT} ${top}) scale(${sceneWidth / SCENE_WIDTH})`}
        />
        <TextBlock text={progress} x={textX} y={top + 4} fill={VIEW_COLOUR[caseId]} fonts={fonts} />
        <TextBlock text={titleText} x={textX} y={top + 4 + progress.height + 4} fonts={fonts} />
        <TextBlock
          text={lede}
          x={textX}
          y={top + 4 + progress.height + 4 + titleText.height + 6}
          fill={PALETTE.muted}
          fonts={fonts}
        />
      </g>,
    );
    y = top + Math.max(sceneHeight, textHeight + 4) + 24;
  });
  const alt = sentences([title, caseData.caption, ...stepTitles], lang);
  return viewFrame(edition, fonts, VIEW_COLOUR[caseId], title, alt, nodes, y - 24);
}

const CHART_SCALE = 1.2;

/** The penalties view: the intro, then each chart as the section draws it, with its words beside it. */
export function penaltiesView(edition: Edition, fonts: Fonts): Drawn {
  const { t } = edition.text;
  const lang = edition.locale;
  const title = SECTIONS.penalties.title[lang];
  const head = viewHeading(edition, fonts, title);
  const nodes: ReactNode[] = [<g key="heading">{head.node}</g>];
  let y = head.bottom + 20;
  const intro = fitText(t('penalties.intro'), { width: INNER, maxLines: 7, sizes: [22, 20], lang }, fonts);
  nodes.push(<TextBlock key="intro" text={intro} x={LEFT} y={y} fonts={fonts} />);
  y += intro.height + 12;
  const total = fitText(t('penalties.total'), { width: INNER, maxLines: 1, sizes: [24, 22], weight: 700, lang }, fonts);
  nodes.push(<TextBlock key="total" text={total} x={LEFT} y={y} fonts={fonts} />);
  y += total.height + 32;

  const charts = CHARTS.map(([name, Chart]) => chartDrawing(edition.money, name, Chart));
  const textWidth = 300;
  const chartX = RIGHT - 640 * CHART_SCALE;
  const alts: string[] = [];
  for (const chart of charts) {
    const top = y;
    nodes.push(
      <line key={`${chart.id}-rule`} x1={LEFT} x2={RIGHT} y1={top} y2={top} stroke={PALETTE.line} strokeWidth={2} />,
    );
    let textY = top + 24;
    const blocks: Array<[FittedText, string]> = [];
    const add = (text: string, sizes: number[], weight: 400 | 700, fill: string, maxLines: number) => {
      const fitted = fitText(text, { width: textWidth, maxLines, sizes, weight, lang }, fonts);
      blocks.push([fitted, fill]);
    };
    add(chart.title, [26, 24, 22], 700, PALETTE.ink, 3);
    add(chart.takeaway, [19, 18, 17], 400, PALETTE.ink, 9);
    if (chart.label) add(chart.label, [17, 16], 700, PALETTE.warn, 3);
    for (const note of chart.notes) add(note, [16, 15, 14], 400, PALETTE.muted, 6);
    const textNodes = blocks.map(([fitted, fill], index) => {
      const node = <TextBlock key={index} text={fitted} x={LEFT} y={textY} fill={fill} fonts={fonts} />;
      textY += fitted.height + 12;
      return node;
    });
    const chartHeight = chart.height * CHART_SCALE;
    const chartTop = top + 28;
    const sources = fitText(chart.sources, { width: 640 * CHART_SCALE, maxLines: 10, sizes: [15, 14], lang }, fonts);
    nodes.push(
      <g key={chart.id}>
        {textNodes}
        <g fontFamily={fonts.family[lang === 'en' ? 'sans' : 'cjk']}>
          <Drawing markup={chart.markup} transform={`translate(${chartX} ${chartTop}) scale(${CHART_SCALE})`} />
        </g>
        <TextBlock text={sources} x={chartX} y={chartTop + chartHeight + 10} fill={PALETTE.muted} fonts={fonts} />
      </g>,
    );
    y = Math.max(textY, chartTop + chartHeight + 10 + sources.height) + 28;
    alts.push(chart.label ? `${chart.title} (${chart.label})` : chart.title, chart.takeaway);
  }
  const alt = sentences([title, t('penalties.total'), ...alts], lang);
  return viewFrame(edition, fonts, VIEW_COLOUR.penalties, title, alt, nodes, y - 28);
}

/** The sources view: the claim-by-article grid, each cell the article's verdict on the claim. */
export function sourcesView(edition: Edition, fonts: Fonts): Drawn {
  const text = edition.text;
  const { t, tData } = text;
  const lang = edition.locale;
  const data = edition.sources;
  const title = SECTIONS.sources.title[lang];
  const head = viewHeading(edition, fonts, title);
  const nodes: ReactNode[] = [<g key="heading">{head.node}</g>];
  let y = head.bottom + 20;
  const matrixTitle = fitText(
    t('sourcesSection.matrixTitle'),
    { width: INNER, maxLines: 1, sizes: [28, 26], weight: 700, lang },
    fonts,
  );
  nodes.push(<TextBlock key="matrix-title" text={matrixTitle} x={LEFT} y={y} fonts={fonts} />);
  y += matrixTitle.height + 12;

  // The key.
  const keySize = 26;
  let keyX = LEFT;
  for (const verdict of VERDICTS) {
    const label = fitText(t(`verdicts.${verdict}`), { width: INNER, maxLines: 1, sizes: [18], lang }, fonts);
    const width = keySize + 8 + fonts.measure(label.lines[0] ?? '', label);
    if (keyX + width > RIGHT) {
      keyX = LEFT;
      y += keySize + 10;
    }
    nodes.push(
      <g key={`key-${verdict}`}>
        <VerdictSquare verdict={verdict} x={keyX} y={y} size={keySize} fonts={fonts} />
        <TextBlock text={label} x={keyX + keySize + 8} y={y + (keySize - label.size) / 2 - 2} fonts={fonts} />
      </g>,
    );
    keyX += width + 28;
  }
  y += keySize + 24;

  // The grid: claims as rows, articles as columns, as on the page.
  const articles = data.articles;
  const claims = [...data.claims!.values()];
  const columnWidth = 132;
  const claimWidth = INNER - columnWidth * articles.length - 16;
  const gridX = LEFT + claimWidth + 16;
  const headers = articles.map((article) =>
    fitText(
      outletLabel(text, article, 'reader'),
      { width: columnWidth - 12, maxLines: 5, sizes: [16, 15, 14], weight: 700, lang },
      fonts,
    ),
  );
  const headerHeight = Math.max(...headers.map((header) => header.height));
  const claimLabel = fitText(
    t('sourcesSection.claimLabel'),
    { width: claimWidth, maxLines: 1, sizes: [16], weight: 700, lang },
    fonts,
  );
  nodes.push(
    <g key="header">
      <TextBlock
        text={claimLabel}
        x={LEFT}
        y={y + headerHeight - claimLabel.height}
        fill={PALETTE.muted}
        fonts={fonts}
      />
      {headers.map((header, index) => (
        <TextBlock
          key={index}
          text={header}
          x={gridX + index * columnWidth + columnWidth / 2}
          y={y + headerHeight - header.height}
          anchor="middle"
          fonts={fonts}
        />
      ))}
      <line
        x1={LEFT}
        x2={RIGHT}
        y1={y + headerHeight + 10}
        y2={y + headerHeight + 10}
        stroke={PALETTE.line}
        strokeWidth={2}
      />
    </g>,
  );
  y += headerHeight + 20;
  const articleIds = articles.map((article) => article.id);
  const caseKey = { alexa: 'common.caseAlexa', ring: 'common.caseRing', both: 'common.caseBoth' } as const;
  const caseColour = { alexa: PALETTE.alexa, ring: PALETTE.ring, both: PALETTE.muted } as const;
  const cell = 34;
  for (const claim of claims) {
    const top = y;
    const caseText = fitText(
      t(caseKey[claim.case]),
      { width: claimWidth, maxLines: 1, sizes: [14], weight: 700, lang },
      fonts,
    );
    const statement = fitText(
      tData(`claims.${claim.id}.statement`),
      { width: claimWidth, maxLines: 4, sizes: [18, 17, 16], weight: 700, lang },
      fonts,
    );
    const summary = fitText(
      summaryLine(text, claimSummary(claim, articleIds)),
      { width: claimWidth, maxLines: 2, sizes: [15, 14], lang },
      fonts,
    );
    const height = Math.max(caseText.height + 2 + statement.height + 4 + summary.height, cell);
    nodes.push(
      <g key={claim.id}>
        <TextBlock text={caseText} x={LEFT} y={top} fill={caseColour[claim.case]} fonts={fonts} />
        <TextBlock text={statement} x={LEFT} y={top + caseText.height + 2} fonts={fonts} />
        <TextBlock
          text={summary}
          x={LEFT}
          y={top + caseText.height + 6 + statement.height}
          fill={PALETTE.muted}
          fonts={fonts}
        />
        {articles.map((article, index) => (
          <VerdictSquare
            key={article.id}
            verdict={claim.verdicts[article.id] ?? 'absent'}
            x={gridX + index * columnWidth + (columnWidth - cell) / 2}
            y={top + (height - cell) / 2}
            size={cell}
            fonts={fonts}
          />
        ))}
        <line x1={LEFT} x2={RIGHT} y1={top + height + 9} y2={top + height + 9} stroke={PALETTE.line} strokeWidth={1} />
      </g>,
    );
    y = top + height + 18;
  }
  const scores = articles.map((article) => {
    const counts = VERDICTS.map((verdict) => {
      const count = claims.filter((claim) => (claim.verdicts[article.id] ?? 'absent') === verdict).length;
      return `${t(`verdicts.${verdict}`)} ${count}`;
    });
    return labelled(outletLabel(text, article, 'reader'), counts.join(lang === 'en' ? ', ' : '，'), lang);
  });
  const alt = sentences([title, t('sourcesSection.matrixTitle'), ...scores], lang);
  return viewFrame(edition, fonts, VIEW_COLOUR.sources, title, alt, nodes, y - 18);
}
