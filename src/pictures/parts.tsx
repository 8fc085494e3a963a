/** The pieces every picture is made of: the SVG root, blocks of measured text, markup from the app's components. */
import type { ReactNode } from 'react';
import { PALETTE } from './palette';
import type { Face, FittedText, Fonts } from './text-layout';

export interface PictureProps {
  width: number;
  height: number;
  /** The picture's title and description, for SVG readers. */
  title: string;
  lang: string;
  fonts: Fonts;
  children: ReactNode;
}

/** A standalone SVG: its size, its language, the page's background, a default font. */
export function PictureSvg({ width, height, title, lang, fonts, children }: PictureProps) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={fonts.family[lang.startsWith('zh') ? 'cjk' : 'sans']}
      lang={lang}
      role="img"
    >
      <title>{title}</title>
      <rect width={width} height={height} fill={PALETTE.page} />
      {children}
    </svg>
  );
}

/**
 * A block of fitted text (text-layout.ts), its first baseline at `y` + one size: each line its own <text>, in the
 * face it was measured in.
 */
export function TextBlock({
  text,
  x,
  y,
  fill = PALETTE.ink,
  fonts,
  anchor,
}: {
  text: FittedText;
  x: number;
  y: number;
  fill?: string;
  fonts: Fonts;
  anchor?: 'start' | 'middle' | 'end';
}) {
  // The first baseline sits about 0.8 of the size below the block's top, whatever the line height.
  const first = y + Math.round(text.size * 0.88);
  return (
    <>
      {text.lines.map((line, index) => (
        <text
          key={index}
          x={x}
          y={first + index * text.lineHeight}
          fontSize={text.size}
          fontWeight={text.weight}
          fontFamily={fonts.family[text.face]}
          fill={fill}
          textAnchor={anchor}
        >
          {line}
        </text>
      ))}
    </>
  );
}

/** One line of text that is known to fit (checked with `measure` by the caller). */
export function Label({
  children,
  x,
  y,
  size,
  weight = 400,
  face,
  fill = PALETTE.ink,
  fonts,
  anchor,
}: {
  children: string;
  x: number;
  y: number;
  size: number;
  weight?: 400 | 700;
  face: Face;
  fill?: string;
  fonts: Fonts;
  anchor?: 'start' | 'middle' | 'end';
}) {
  return (
    <text
      x={x}
      y={y}
      fontSize={size}
      fontWeight={weight}
      fontFamily={fonts.family[face]}
      fill={fill}
      textAnchor={anchor}
    >
      {children}
    </text>
  );
}

/**
 * Markup drawn by the app's own components (a chart, a case scene), made standalone (palette.ts) and placed
 * here. It is React's escaped output of our components, never text from the data files as HTML.
 */
export function Drawing({ markup, transform }: { markup: string; transform?: string }) {
  return <g transform={transform} dangerouslySetInnerHTML={{ __html: markup }} />;
}

/** A framed panel behind a scene, a tile or a box of facts: the page's panel colour with a hairline border. */
export function Panel({
  x,
  y,
  width,
  height,
  rx = 10,
  strokeWidth = 2,
}: {
  x: number;
  y: number;
  width: number;
  height: number;
  rx?: number;
  strokeWidth?: number;
}) {
  return (
    <rect
      x={x}
      y={y}
      width={width}
      height={height}
      rx={rx}
      fill={PALETTE.panel}
      stroke={PALETTE.line}
      strokeWidth={strokeWidth}
    />
  );
}
