/**
 * The email pictures' type scale, in pixels at 1200 px wide (the picture shows at 600 px in an email column, so
 * half of each size is what the reader sees). Nothing is smaller than SMALLEST: 28 px here is 14 px in the
 * email. tests/tools/email-pictures.test.ts walks every picture's tree and fails on any smaller size.
 */
export const EMAIL_WIDTH = 1200;
export const SMALLEST = 28;
/** A link-preview card's smallest text: the card shows at about half size in a feed, so 12 px there. */
export const CARD_SMALLEST = 24;

export const TYPE = {
  /** The footer, source lines, kickers. */
  small: SMALLEST,
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

/** Margins and gaps. */
export const SPACE = { side: 64, top: 48, gap: 24 } as const;

/** The inner width, between the side margins. */
export const INNER = EMAIL_WIDTH - 2 * SPACE.side;
