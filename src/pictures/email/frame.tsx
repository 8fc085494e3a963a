/**
 * Every email picture's frame: the page colour, a band in the section's colour, the body, and the footer drawn
 * in the picture (a newsletter strips captions and links, so the credit, date and address travel with it).
 * Layout is satori's (flexbox): every element with more than one child says `display: flex`.
 */
import type { CSSProperties, ReactElement, ReactNode } from 'react';
import { PALETTE } from '../palette';
import type { EmailContext } from './context';
import { FONT_STACK } from './fonts';
import { EMAIL_WIDTH, SPACE, TYPE } from './type';

export const column: CSSProperties = { display: 'flex', flexDirection: 'column' };

/** The footer's lines: `Publisher · Title` and `Updated date · address` (no address without SITE_URL). */
export function footerLines(context: EmailContext): [string, string] {
  const dot = ' · ';
  return [
    `${context.publisher}${dot}${context.title}`,
    context.address ? `${context.updated}${dot}${context.address}` : context.updated,
  ];
}

/** A block of text at one size; `size` is one of TYPE's. */
export function text(content: string, size: number, style: CSSProperties = {}): ReactElement {
  return <div style={{ display: 'flex', fontSize: size, ...style }}>{content}</div>;
}

export function emailFrame(context: EmailContext, colour: string, body: ReactNode): ReactElement {
  const [credit, dated] = footerLines(context);
  return (
    <div
      lang={context.locale === 'zh-Hans' ? 'zh-CN' : 'en'}
      style={{
        ...column,
        width: EMAIL_WIDTH,
        background: PALETTE.page,
        color: PALETTE.ink,
        fontFamily: FONT_STACK[context.locale],
        fontSize: TYPE.body,
        lineHeight: context.locale === 'zh-Hans' ? 1.5 : 1.35,
      }}
    >
      <div style={{ display: 'flex', height: 12, background: colour }} />
      <div style={{ ...column, padding: `${SPACE.top}px ${SPACE.side}px 0` }}>{body}</div>
      <div
        style={{
          ...column,
          marginTop: 40,
          padding: `20px ${SPACE.side}px 36px`,
          borderTop: `2px solid ${PALETTE.line}`,
          color: PALETTE.muted,
          fontSize: TYPE.small,
          lineHeight: 1.4,
        }}
      >
        {text(credit, TYPE.small, { fontWeight: 700, color: PALETTE.ink })}
        {text(dated, TYPE.small)}
      </div>
    </div>
  );
}
