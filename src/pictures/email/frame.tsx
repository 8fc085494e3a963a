/**
 * What every picture shares: its type scale, its frame (the page colour, a band in the view's colour, the body;
 * an email picture also has a footer) and its alt text's sentences. Layout is satori's (flexbox): every element
 * with more than one child says `display: flex`.
 */
import type { CSSProperties, ReactElement, ReactNode } from 'react';
import type { Locale } from '../../lib/locales';
import type { SectionId } from '../../lib/ui-strings';
import type { Edition } from '../edition';
import { PALETTE } from '../palette';
import { FONT_STACK } from './fonts';

/** A picture before it is drawn: its manifest key, its edition, its satori tree and its alt text. */
export interface EmailPicture {
  /** `alexa.step-3`, `penalties.chart-time`, `sources.claim-two-days`, `ring.full`; `card.main` for a card. */
  key: string;
  locale: Locale;
  element: ReactElement;
  /** What it shows, in the edition's language. */
  alt: string;
  /** A link-preview card's: its landing page (as in src/entry-server.tsx's PAGES) and its fixed height. */
  card?: { page: string; height: number };
}

/**
 * The email pictures' type scale, in pixels at 1200 px wide (the picture shows at 600 px in an email column, so
 * half of each size is what the reader sees). Nothing is smaller than `small`: 28 px here is 14 px in the email.
 * tests/tools/email-pictures.test.ts walks every picture's tree and fails on any smaller size.
 */
export const EMAIL_WIDTH = 1200;
/** A link-preview card's smallest text: the card shows at about half size in a feed, so 12 px there. */
export const CARD_SMALLEST = 24;

export const TYPE = {
  /** The footer, source lines, kickers. */
  small: 28,
  /** A label above a block (Step 3 of 8, The record). */
  label: 30,
  /** Running text: a step's lede, a chart's takeaway, a claim. */
  body: 34,
  /** The record, in a claim's picture: the largest text there. */
  lead: 42,
  /** A step's or a chart's title. */
  title: 50,
  /** A whole section's title on its summary card. */
  heading: 60,
  /** The key figure on a summary card. */
  figure: 88,
} as const;

/** The side margin, and the inner width between the side margins. */
export const SIDE = 64;
export const INNER = EMAIL_WIDTH - 2 * SIDE;

export const VIEW_COLOUR: Record<SectionId | 'main', string> = {
  main: PALETTE.accent,
  alexa: PALETTE.alexa,
  ring: PALETTE.ring,
  penalties: PALETTE.ink,
  sources: PALETTE.accent,
};

export const column: CSSProperties = { display: 'flex', flexDirection: 'column' };

/** A block of text at one size; `size` is one of TYPE's. */
export function text(content: string, size: number, style: CSSProperties = {}): ReactElement {
  return <div style={{ display: 'flex', fontSize: size, ...style }}>{content}</div>;
}

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

/** The page colour and a band in the view's colour above the rest; `style` sets the type and the height. */
export function frame(locale: Locale, colour: string, style: CSSProperties, children: ReactNode): ReactElement {
  return (
    <div
      lang={locale === 'zh-Hans' ? 'zh-CN' : 'en'}
      style={{
        ...column,
        width: EMAIL_WIDTH,
        background: PALETTE.page,
        color: PALETTE.ink,
        fontFamily: FONT_STACK[locale],
        ...style,
      }}
    >
      <div style={{ display: 'flex', height: 12, background: colour }} />
      {children}
    </div>
  );
}

/**
 * An email picture: the body in the frame, then the footer drawn in the picture (a newsletter strips captions and
 * links, so the credit, date and address travel with it).
 */
export function emailPicture(
  edition: Edition,
  key: string,
  colour: string,
  body: ReactNode,
  alt: readonly string[],
): EmailPicture {
  const { locale, footer } = edition;
  const lineHeight = locale === 'zh-Hans' ? 1.5 : 1.35;
  const element = frame(locale, colour, { fontSize: TYPE.body, lineHeight }, [
    <div key="body" style={{ ...column, padding: `48px ${SIDE}px 0` }}>
      {body}
    </div>,
    <div
      key="footer"
      style={{
        ...column,
        marginTop: 40,
        padding: `20px ${SIDE}px 36px`,
        borderTop: `2px solid ${PALETTE.line}`,
        color: PALETTE.muted,
        fontSize: TYPE.small,
        lineHeight: 1.4,
      }}
    >
      {text(footer[0], TYPE.small, { fontWeight: 700, color: PALETTE.ink })}
      {text(footer[1], TYPE.small)}
    </div>,
  ]);
  return { key, locale, element, alt: sentences(alt, locale) };
}
