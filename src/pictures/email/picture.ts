/** A picture before it is drawn: its manifest key, its edition, its satori tree and its alt text. */
import type { ReactElement } from 'react';
import type { Locale } from '../../lib/locales';

export interface EmailPicture {
  /** `alexa.step-3`, `penalties.chart-time`, `sources.claim-two-days`, `ring.full`; `card.main` for a card. */
  key: string;
  locale: Locale;
  /** What satori lays out. */
  element: ReactElement;
  /** What it shows, in the edition's language. */
  alt: string;
  /** A link-preview card's: its landing page (as in src/entry-server.tsx's PAGES) and its fixed height. */
  card?: { page: string; height: number };
}
