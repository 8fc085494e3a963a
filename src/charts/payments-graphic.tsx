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

const ROW = 100;
/** One sum above the other, phone to desktop; room below the last line for its descenders. */
const WIDTH = 340;
const HEIGHT = 2 * ROW - 8;

export function PaymentsGraphic({
  payments,
  label,
  className,
}: {
  payments: readonly PaymentMark[];
  /** What it shows, in words: the graphic's accessible name. */
  label: string;
  className?: string;
}) {
  const max = Math.max(...payments.map((payment) => payment.value));
  const barWidth = (value: number) => Math.max(3, (value / max) * WIDTH);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label={label}
      className={className}
    >
      {payments.map((payment, index) => (
        <g key={payment.tone} transform={`translate(0 ${index * ROW})`}>
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
      ))}
    </svg>
  );
}
