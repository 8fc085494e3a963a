/**
 * One tooltip per chart, in HTML over the SVG. Shown on hover, on keyboard focus and on tap; hidden on
 * Escape, blur and pointer leave. The value is also in each mark's aria-label and in the data table.
 */
import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';

export interface Anchor {
  /** Position in the chart's pixel space (the SVG is drawn 1:1). */
  x: number;
  y: number;
}

export interface TooltipState extends Anchor {
  id: string;
}

export function useChartTooltip() {
  const tooltipId = useId();
  const [tip, setTip] = useState<TooltipState | null>(null);
  /** The mark with keyboard focus (its ring stays even if the mouse shows another mark's tooltip). */
  const [focused, setFocused] = useState<string | null>(null);
  const gesture = useRef<{ pointer: string; wasOpen: boolean }>({ pointer: 'mouse', wasOpen: false });
  const current = useRef<TooltipState | null>(null);
  useEffect(() => {
    current.current = tip;
    if (!tip) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') setTip(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [tip]);

  const hide = useCallback(
    (id?: string) => setTip((shown) => (id === undefined || shown?.id === id ? null : shown)),
    [],
  );

  /** Props that make an SVG element a focusable mark with this tooltip. */
  const markProps = useCallback(
    (id: string, anchor: Anchor, label: string) => ({
      tabIndex: 0,
      role: 'img' as const,
      'aria-label': label,
      'data-mark': id,
      'aria-describedby': tip?.id === id ? tooltipId : undefined,
      onPointerEnter: (event: PointerEvent) => {
        if (event.pointerType === 'mouse') setTip({ id, ...anchor });
      },
      onPointerLeave: (event: PointerEvent) => {
        if (event.pointerType === 'mouse') hide(id);
      },
      onPointerDown: (event: PointerEvent) => {
        gesture.current = { pointer: event.pointerType, wasOpen: current.current?.id === id };
      },
      onClick: () => {
        // A tap on an open mark closes it; any other click or tap opens it.
        if (gesture.current.pointer !== 'mouse' && gesture.current.wasOpen) hide(id);
        else setTip({ id, ...anchor });
      },
      onFocus: () => {
        setFocused(id);
        setTip({ id, ...anchor });
      },
      onBlur: () => {
        setFocused((current) => (current === id ? null : current));
        hide(id);
      },
      onKeyDown: (event: KeyboardEvent) => {
        if (event.key === 'Escape') hide();
      },
    }),
    [hide, tip, tooltipId],
  );
  /** Whether a mark should draw its highlight ring: it has focus, or its tooltip is showing. */
  const isActive = useCallback((id: string) => focused === id || tip?.id === id, [focused, tip]);
  return { tip, tooltipId, markProps, isActive };
}

export type ChartTooltipApi = ReturnType<typeof useChartTooltip>;

const TIP_WIDTH = 224;

/** The tooltip box, absolutely positioned in the chart's relative wrapper, kept inside the chart's width. */
export function ChartTooltip({
  id,
  tip,
  width,
  children,
}: {
  id: string;
  tip: TooltipState | null;
  width: number;
  children: ReactNode;
}) {
  if (!tip) return null;
  const boxWidth = Math.min(TIP_WIDTH, width);
  const left = Math.max(0, Math.min(width - boxWidth, tip.x - boxWidth / 2));
  return (
    <div
      id={id}
      role="tooltip"
      className="pointer-events-none absolute z-10 rounded border border-line bg-panel px-2 py-1 text-sm text-ink shadow-lg"
      style={{ left, top: tip.y + 8, width: boxWidth }}
    >
      {children}
    </div>
  );
}

/** A tooltip's text: one line as it is; several as a bold heading, the value, then muted details. */
export function TipLines({ lines }: { lines: readonly string[] }) {
  if (lines.length === 1) return <>{lines[0]}</>;
  return (
    <>
      {lines.map((line, index) =>
        index === 0 ? (
          <strong key={index} className="block">
            {line}
          </strong>
        ) : (
          <span key={index} className={index > 1 ? 'block text-muted' : 'block'}>
            {line}
          </span>
        ),
      )}
    </>
  );
}
