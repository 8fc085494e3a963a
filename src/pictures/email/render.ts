/**
 * The email pictures, drawn: satori lays out each picture's tree and turns its text into outlines (our fonts
 * from npm, ./fonts.ts), resvg rasterises the SVG at 1200 px wide, and UPNG writes it with a palette of at most
 * COLOURS colours (flat colours and anti-aliased text lose nothing visible; the file is a third of resvg's RGBA
 * PNG, so each picture stays under 150 KB for a newsletter). Also: the texts a tree draws with their sizes
 * (for the tests and the build's smallest-size check), and the manifest.
 */
import UPNG from '@pdf-lib/upng';
import { Resvg } from '@resvg/resvg-js';
import { isValidElement, type ReactNode } from 'react';
import satori from 'satori';
import type { Locale } from '../../lib/locales';
import type { EmailPicture } from './picture';
import type { SatoriFont } from './fonts';
import { EMAIL_WIDTH, TYPE } from './type';

/** The PNG palette's size. */
const COLOURS = 128;

export interface DrawnEmail {
  file: string;
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

export const emailFile = (key: string, locale: Locale) => `pictures/email.${key}.${locale}.png`;

/** One picture as SVG (satori) and PNG (resvg), at 1200 px wide and as tall as its content. */
export async function drawEmail(picture: EmailPicture, fonts: SatoriFont[]): Promise<DrawnEmail & { svg: string }> {
  const small = textRuns(picture.element).filter((run) => run.fontSize < TYPE.small);
  if (small.length > 0)
    throw new Error(`${picture.key} (${picture.locale}): text under ${TYPE.small} px: "${small[0]!.text}"`);
  const svg = await satori(picture.element, { width: EMAIL_WIDTH, fonts });
  const image = new Resvg(svg, { font: { loadSystemFonts: false }, background: undefined }).render();
  const pixels = new Uint8Array(image.pixels);
  const png = Buffer.from(UPNG.encode([pixels.buffer], image.width, image.height, COLOURS));
  return {
    file: emailFile(picture.key, picture.locale),
    svg,
    png,
    width: image.width,
    height: image.height,
  };
}

export interface EmailManifestImage {
  file: string;
  width: number;
  height: number;
  alt: string;
}

export type EmailManifest = Record<Locale, Record<string, EmailManifestImage>>;

/** `{ en: { 'alexa.step-3': { file, width, height, alt }, … }, 'zh-Hans': { … } }`. */
export function buildEmailManifest(pictures: ReadonlyArray<{ picture: EmailPicture; drawn: DrawnEmail }>) {
  const manifest = { en: {}, 'zh-Hans': {} } as EmailManifest;
  for (const { picture, drawn } of pictures)
    manifest[picture.locale][picture.key] = {
      file: drawn.file,
      width: drawn.width,
      height: drawn.height,
      alt: picture.alt,
    };
  return manifest;
}
