/** A verdict's square: its soft colour and its mark (✓ ≈ ✗ –), so the grid never relies on colour alone. */
import type { Verdict } from '../data/schemas';
import { VERDICT_MARK } from '../features/sources/verdict';
import { PALETTE } from './palette';
import type { Fonts } from './text-layout';

export const VERDICTS: readonly Verdict[] = ['accurate', 'imprecise', 'wrong', 'absent'];

export const VERDICT_COLOURS: Record<Verdict, { fill: string; ink: string }> = {
  accurate: { fill: PALETTE['good-soft'], ink: PALETTE.good },
  imprecise: { fill: PALETTE['warn-soft'], ink: PALETTE.warn },
  wrong: { fill: PALETTE['bad-soft'], ink: PALETTE.bad },
  absent: { fill: PALETTE.panel, ink: PALETTE.muted },
};

export function VerdictSquare({
  verdict,
  x,
  y,
  size,
  fonts,
}: {
  verdict: Verdict;
  x: number;
  y: number;
  size: number;
  fonts: Fonts;
}) {
  const colours = VERDICT_COLOURS[verdict];
  const markSize = Math.round(size * 0.6);
  // Measured only to prove the symbol face has the glyph (fonts.ts throws if not): no box in its place.
  fonts.measure(VERDICT_MARK[verdict], { size: markSize, weight: 700, face: 'symbol' });
  return (
    <g>
      <rect
        x={x}
        y={y}
        width={size}
        height={size}
        rx={4}
        fill={colours.fill}
        stroke={verdict === 'absent' ? PALETTE.line : colours.ink}
        strokeWidth={1.5}
      />
      <text
        x={x + size / 2}
        y={y + size / 2 + markSize * 0.36}
        fontSize={markSize}
        fontWeight={700}
        fontFamily={fonts.family.symbol}
        fill={colours.ink}
        textAnchor="middle"
      >
        {VERDICT_MARK[verdict]}
      </text>
    </g>
  );
}
