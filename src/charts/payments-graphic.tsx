/**
 * The lead graphic: the sums the two settlements set, each as its amount, a bar on one scale, what kind of money it
 * is and who it goes to, for the page's header (real text, coloured by the theme's classes; the link-preview card
 * draws the same sums with satori, src/pictures/card.tsx). SVG has no line wrapping, so the texts are short ones
 * (a label, a recipient) at sizes that fit the width drawn here.
 */
export interface PaymentMark {
  /** Which case it is: its colour. */
  tone: 'alexa' | 'ring';
  /** `$25 million`. */
  amount: string;
  value: number;
  /** `Alexa case: civil penalty`. */
  label: string;
  /** `Paid to the United States`. */
  recipient: string;
}

const FILL = { alexa: 'fill-alexa', ring: 'fill-ring' } as const;

/** `stacked`: one sum above the other (the page, phone to desktop); `side-by-side`: two tiles in a row (the card). */
export type PaymentsLayout = 'stacked' | 'side-by-side';

const GAP = 24;
const ROW = 100;
export const PAYMENTS_SIZE: Record<PaymentsLayout, { width: number; height: number }> = {
  // Room below the last line for its descenders.
  stacked: { width: 340, height: 2 * ROW - 8 },
  'side-by-side': { width: 528, height: ROW - 8 },
};

export function PaymentsGraphic({
  payments,
  label,
  layout = 'stacked',
  className,
}: {
  payments: readonly PaymentMark[];
  /** What it shows, in words: the graphic's accessible name. */
  label: string;
  layout?: PaymentsLayout;
  className?: string;
}) {
  const { width, height } = PAYMENTS_SIZE[layout];
  const columns = layout === 'stacked' ? 1 : payments.length;
  const columnWidth = (width - GAP * (columns - 1)) / columns;
  const max = Math.max(...payments.map((payment) => payment.value));
  const barWidth = (value: number) => Math.max(3, (value / max) * columnWidth);
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={label}
      className={className}
    >
      {payments.map((payment, index) => {
        const left = layout === 'stacked' ? 0 : index * (columnWidth + GAP);
        const top = layout === 'stacked' ? index * ROW : 0;
        return (
          <g key={payment.tone} transform={`translate(${left} ${top})`}>
            <text y={26} fontSize={28} fontWeight={700} className={FILL[payment.tone]}>
              {payment.amount}
            </text>
            <rect y={36} width={barWidth(payment.value)} height={12} rx={2} className={FILL[payment.tone]} />
            <text y={68} fontSize={15} fontWeight={700} className="fill-ink">
              {payment.label}
            </text>
            <text y={86} fontSize={14} className="fill-muted">
              {payment.recipient}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
