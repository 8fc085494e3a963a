/**
 * Horizontal bars for the email pictures, in satori's flexbox: one linear scale from zero, each bar with its label
 * and its value in words at its end. Drawn here rather than scaling the page's SVG charts, whose 12 px labels
 * would be 10 px in a 600 px email column.
 */
import type { ReactElement } from 'react';
import { PALETTE } from '../palette';
import { column, INNER, text, TYPE } from './frame';

export interface EmailBar {
  label: string;
  /** A second, muted line under the label (stacked layout only). */
  detail?: string;
  value: number;
  valueLabel: string;
  colour: string;
  /** A minimum ("more than …"): drawn lighter. */
  atLeast?: boolean;
}

/** Room kept right of the longest bar for its value. */
const VALUE_ROOM = 240;
/** The label column's width in the side-by-side layout. */
const LABEL_WIDTH = 300;

/** The stacked layout's sizes: label, value, bar height, space above each row, room for the value (a card's differ). */
type Sizes = { text: number; value: number; bar: number; gap: number; room: number };

function bar(entry: EmailBar, width: number, height: number, size: number = TYPE.label): ReactElement {
  return (
    <div style={{ display: 'flex', alignItems: 'center', marginTop: 6 }}>
      <div
        style={{
          display: 'flex',
          width: Math.max(4, width),
          height,
          background: entry.colour,
          opacity: entry.atLeast ? 0.55 : 1,
        }}
      />
      {text(entry.valueLabel, size, { fontWeight: 700, marginLeft: 14, color: PALETTE.ink, whiteSpace: 'nowrap' })}
    </div>
  );
}

/**
 * `stacked`: label (and detail) above each bar, for a few rows with long labels. `side`: label left of the bar,
 * for many short labels (a ranked list).
 */
export function barsElement(
  bars: readonly EmailBar[],
  layout: 'stacked' | 'side',
  sizes: Sizes = { text: TYPE.label, value: TYPE.label, bar: 44, gap: 22, room: VALUE_ROOM },
): ReactElement {
  const max = Math.max(...bars.map((entry) => entry.value));
  const room = INNER - sizes.room - (layout === 'side' ? LABEL_WIDTH : 0);
  const width = (value: number) => Math.round((value / max) * room);
  if (layout === 'side')
    return (
      <div style={column}>
        {bars.map((entry) => (
          <div key={entry.label} style={{ display: 'flex', alignItems: 'center', marginTop: 10 }}>
            {text(entry.label, TYPE.label, { width: LABEL_WIDTH, paddingRight: 16 })}
            {bar(entry, width(entry.value), 36)}
          </div>
        ))}
      </div>
    );
  return (
    <div style={column}>
      {bars.map((entry) => (
        <div key={entry.label} style={{ ...column, marginTop: sizes.gap }}>
          {text(entry.label, sizes.text, { fontWeight: 700 })}
          {entry.detail ? text(entry.detail, TYPE.small, { color: PALETTE.muted }) : null}
          {bar(entry, width(entry.value), sizes.bar, sizes.value)}
        </div>
      ))}
    </div>
  );
}
