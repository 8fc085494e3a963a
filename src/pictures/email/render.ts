/**
 * Every picture, drawn: satori lays out its tree and turns its text into outlines (our fonts from npm,
 * ./fonts.ts), resvg rasterises the SVG at 1200 px wide, and png.ts writes it with a palette, so each stays under
 * 150 KB for a newsletter. Also: the texts a tree draws with their sizes (for the tests and the build's
 * smallest-size check), and the two manifests.
 */
import { Resvg } from '@resvg/resvg-js';
import { isValidElement, type ReactNode } from 'react';
import satori from 'satori';
import type { Locale } from '../../lib/locales';
import { palettePng } from './png';
import type { SatoriFont } from './fonts';
import { CARD_SMALLEST, EMAIL_WIDTH, TYPE, type EmailPicture } from './frame';

export interface DrawnEmail {
  file: string;
  svg: string;
  png: Buffer;
  width: number;
  height: number;
}

export interface TextRun {
  text: string;
  /** The size it is drawn at: its own or its nearest ancestor's `fontSize`. */
  fontSize: number;
  fontWeight: number;
}

type Props = { style?: { fontSize?: number; fontWeight?: number }; children?: ReactNode };

/** Every text in a tree, in reading order, with the size and weight it inherits (satori's default is 16 px). */
export function textRuns(node: ReactNode, inherited = { fontSize: 16, fontWeight: 400 }): TextRun[] {
  if (typeof node === 'string' || typeof node === 'number')
    return String(node).trim() ? [{ text: String(node), ...inherited }] : [];
  if (Array.isArray(node)) return node.flatMap((child: ReactNode) => textRuns(child, inherited));
  if (!isValidElement(node)) return [];
  const props = node.props as Props;
  if (typeof node.type === 'function') return textRuns((node.type as (p: Props) => ReactNode)(props), inherited);
  const style = props.style ?? {};
  return textRuns(props.children, {
    fontSize: style.fontSize ?? inherited.fontSize,
    fontWeight: style.fontWeight ?? inherited.fontWeight,
  });
}

/**
 * One picture as SVG (satori) and PNG (resvg), at 1200 px wide and as tall as its content; a card exactly as tall
 * as it says (its tree's minHeight), else the build stops: its content would not fit.
 */
export async function drawEmail(picture: EmailPicture, fonts: SatoriFont[]): Promise<DrawnEmail> {
  const where = `${picture.key} (${picture.locale})`;
  const smallest = picture.card ? CARD_SMALLEST : TYPE.small;
  const small = textRuns(picture.element).filter((run) => run.fontSize < smallest);
  if (small.length > 0) throw new Error(`${where}: text under ${smallest} px: "${small[0]!.text}"`);
  const svg = await satori(picture.element, { width: EMAIL_WIDTH, fonts });
  // Every glyph is a path in satori's SVG: resvg needs no font, and is told to load none from the machine.
  const image = new Resvg(svg, { font: { loadSystemFonts: false }, background: undefined }).render();
  if (picture.card && image.height !== picture.card.height)
    throw new Error(`${where}: ${image.height} px tall, not ${picture.card.height}: its content does not fit`);
  return {
    // `pictures/email.alexa.step-3.en.png`; a card's `pictures/card.main.en.png`.
    file: `pictures/${picture.card ? '' : 'email.'}${picture.key}.${picture.locale}.png`,
    svg,
    png: palettePng(new Uint8Array(image.pixels), image.width, image.height),
    width: image.width,
    height: image.height,
  };
}

type Drawn = ReadonlyArray<{ picture: EmailPicture; drawn: DrawnEmail }>;

const image = ({ picture, drawn }: Drawn[number]) => ({
  file: drawn.file,
  width: drawn.width,
  height: drawn.height,
  alt: picture.alt,
});

/** `{ en: { 'alexa.step-3': { file, width, height, alt }, … }, 'zh-Hans': { … } }`. */
export function buildEmailManifest(pictures: Drawn) {
  const manifest: Record<Locale, Record<string, ReturnType<typeof image>>> = { en: {}, 'zh-Hans': {} };
  for (const each of pictures) if (!each.picture.card) manifest[each.picture.locale][each.picture.key] = image(each);
  return manifest;
}

/** dist/pictures/manifest.json, which scripts/prerender.mjs reads for og:image: `{ 'index.html': { card }, … }`. */
export function buildCardManifest(pictures: Drawn) {
  const cards = pictures.filter((each) => each.picture.card);
  return Object.fromEntries(cards.map((each) => [each.picture.card!.page, { card: image(each) }]));
}
