/** An email picture before it is drawn: its manifest key, its edition, its satori tree and its alt text. */
import type { ReactElement } from 'react';
import type { Locale } from '../../lib/locales';

export interface EmailPicture {
  /** `alexa.step-3`, `penalties.chart-time`, `sources.claim-two-days`, `ring.full`. */
  key: string;
  locale: Locale;
  /** What satori lays out. */
  element: ReactElement;
  /** What it shows, in the edition's language. */
  alt: string;
}
