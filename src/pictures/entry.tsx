/**
 * The pictures' server entry (scripts/pictures.mjs builds it and calls it; tests/tools/pictures.test.ts imports it):
 * every picture as SVG markup, with its file name, size, alt text and landing page, and the manifest the
 * prerender reads. Nothing in the app imports this folder.
 *
 * - a link-preview card (1200 × 630) for each landing page: `pictures/card.<main|view>.<lang>.png`;
 * - a picture of each view in each edition (1200 px wide, as tall as its content), the embed page's
 *   picture: `pictures/view.<view>.<lang>.png`, and for penalties also `.svg` (the charts as the app draws them).
 */
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { LOCALES, type Locale } from '../lib/locales';
import { EDITION_PATHS, embedPagePath } from '../lib/site';
import { SECTION_IDS, type SectionId } from '../lib/ui-strings';
import { caseCard, mainCard, penaltiesCard, sourcesCard, type Drawn } from './card';
import { loadEdition, parseFiles, type Edition, type ReadDataText } from './edition';
import { outlineCjkText } from './outline';
import type { Fonts } from './text-layout';
import { caseView, penaltiesView, sourcesView } from './views';

export interface Picture {
  /** Path under the site root: `pictures/card.main.en.png`. */
  file: string;
  /** The SVG it is drawn from. */
  svg: string;
  /** Also publish the SVG, at this path (the penalties charts). */
  svgFile?: string;
  width: number;
  height: number;
  /** What it shows, in the page's language. */
  alt: string;
  /** The landing page it belongs to, as in src/entry-server.tsx's PAGES. */
  page: string;
  kind: 'card' | 'picture';
}

export interface ManifestImage {
  file: string;
  width: number;
  height: number;
  alt: string;
  svg?: string;
}

/** Per landing page: its card, and for an embed page its view's picture. */
export type Manifest = Record<string, { card: ManifestImage; picture?: ManifestImage }>;

const CARDS: Record<SectionId, (edition: Edition, fonts: Fonts) => Drawn> = {
  alexa: (edition, fonts) => caseCard(edition, fonts, 'alexa'),
  ring: (edition, fonts) => caseCard(edition, fonts, 'ring'),
  penalties: penaltiesCard,
  sources: sourcesCard,
};

const VIEWS: Record<SectionId, (edition: Edition, fonts: Fonts) => Drawn> = {
  alexa: (edition, fonts) => caseView(edition, fonts, 'alexa'),
  ring: (edition, fonts) => caseView(edition, fonts, 'ring'),
  penalties: penaltiesView,
  sources: sourcesView,
};

/** The views whose picture is also published as SVG: the charts, which scale to any size. */
const SVG_VIEWS: ReadonlySet<SectionId> = new Set(['penalties']);

function markup(element: ReactElement, fonts: Fonts): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${outlineCjkText(renderToStaticMarkup(element), fonts)}\n`;
}

function picture(
  fonts: Fonts,
  drawn: Drawn,
  file: string,
  page: string,
  kind: Picture['kind'],
  svgFile?: string,
): Picture {
  return {
    file,
    svg: markup(drawn.svg as ReactElement, fonts),
    ...(svgFile ? { svgFile } : {}),
    width: drawn.width,
    height: drawn.height,
    alt: drawn.alt,
    page,
    kind,
  };
}

/** Every picture of both editions, from the data files (read with `read`) and the fonts that will draw them. */
export function renderPictures(read: ReadDataText, fonts: Fonts): Picture[] {
  const files = parseFiles(read);
  return LOCALES.flatMap((locale: Locale) => {
    const edition = loadEdition(files, read, locale);
    const main = `${EDITION_PATHS[locale]}index.html`;
    return [
      picture(fonts, mainCard(edition, fonts), `pictures/card.main.${locale}.png`, main, 'card'),
      ...SECTION_IDS.flatMap((view) => {
        const page = embedPagePath(view, locale);
        const base = `pictures/view.${view}.${locale}`;
        return [
          picture(fonts, CARDS[view](edition, fonts), `pictures/card.${view}.${locale}.png`, page, 'card'),
          picture(
            fonts,
            VIEWS[view](edition, fonts),
            `${base}.png`,
            page,
            'picture',
            SVG_VIEWS.has(view) ? `${base}.svg` : undefined,
          ),
        ];
      }),
    ];
  });
}

/** The manifest scripts/prerender.mjs reads: for each landing page, its card and (embed pages) its picture. */
export function buildManifest(pictures: readonly Picture[]): Manifest {
  const manifest: Manifest = {};
  const image = ({ file, width, height, alt, svgFile }: Picture): ManifestImage => ({
    file,
    width,
    height,
    alt,
    ...(svgFile ? { svg: svgFile } : {}),
  });
  for (const entry of pictures.filter((each) => each.kind === 'card')) manifest[entry.page] = { card: image(entry) };
  for (const entry of pictures.filter((each) => each.kind === 'picture')) {
    const page = manifest[entry.page];
    if (!page) throw new Error(`${entry.file}: no card for ${entry.page}`);
    page.picture = image(entry);
  }
  return manifest;
}
