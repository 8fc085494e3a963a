import { memo, type ReactElement } from 'react';
import type { SceneProps } from './case-scene';
import { Bubble, Coin, Company, Court, Doc, Person, SceneLayers, Shield } from './scene-parts';
import { each } from './scene-states';
import { ringScene, type RingPart } from './ring-states';

function Camera({ x, y }: { x: number; y: number }) {
  return (
    <g transform={`translate(${x} ${y})`}>
      <rect x={-7} y={-6} width={14} height={12} rx={3} className="fill-ink" />
      <circle r={3} className="fill-ring" />
    </g>
  );
}

function House() {
  return (
    <g>
      <path
        d="M-58 -30 L0 -74 L58 -30"
        fill="none"
        className="stroke-ink"
        strokeWidth={3}
        strokeLinejoin="round"
        strokeLinecap="round"
      />
      <rect x={-48} y={-34} width={96} height={84} className="fill-panel stroke-ink" strokeWidth={2} />
      <rect x={-36} y={4} width={24} height={46} className="fill-line" />
      <Camera x={-2} y={18} />
      <rect x={4} y={-20} width={34} height={28} className="fill-ring-soft stroke-ink" strokeWidth={1.5} />
      <Camera x={21} y={-6} />
    </g>
  );
}

function Signal() {
  return (
    <g fill="none" className="stroke-ring" strokeWidth={2.5} strokeLinecap="round">
      {[8, 15].map((r) => (
        <path key={`a${r}`} d={`M${6 + r * 0.4} ${18 - r} A${r} ${r} 0 0 1 ${6 + r * 0.4} ${18 + r}`} />
      ))}
      {[8, 15].map((r) => (
        <path key={`b${r}`} d={`M${29 + r * 0.4} ${-6 - r} A${r} ${r} 0 0 1 ${29 + r * 0.4} ${-6 + r}`} />
      ))}
    </g>
  );
}

function Archive() {
  const slots = [-26, 4, 34].flatMap((y) => [-16, 16].map((x) => [x, y] as const));
  return (
    <g>
      <rect x={-44} y={-58} width={88} height={116} rx={8} className="fill-panel stroke-ink" strokeWidth={2} />
      {slots.map(([x, y]) => (
        <rect key={`${x},${y}`} x={x - 12} y={y - 9} width={24} height={18} rx={2} className="fill-line" />
      ))}
    </g>
  );
}

/** A customer video: a frame with a play mark. */
function Video() {
  return (
    <g>
      <rect x={-14} y={-10} width={28} height={20} rx={3} className="fill-ring-soft stroke-ring" strokeWidth={2} />
      <path d="M-3 -5 L5 0 L-3 5 Z" className="fill-ring" />
    </g>
  );
}

/** Face embeddings: a face and the numbers computed from it. */
function Faces() {
  const dots = [0, 1, 2].flatMap((row) => [0, 1, 2].map((column) => [12 + column * 9, -9 + row * 9] as const));
  return (
    <g>
      <circle cx={-14} r={15} className="fill-panel stroke-ring" strokeWidth={2} />
      <circle cx={-19} cy={-3} r={2} className="fill-ring" />
      <circle cx={-9} cy={-3} r={2} className="fill-ring" />
      <path d="M-20 6 Q-14 10 -8 6" fill="none" className="stroke-ring" strokeWidth={2} strokeLinecap="round" />
      {dots.map(([x, y]) => (
        <circle key={`${x},${y}`} cx={x} cy={y} r={2.5} className="fill-muted" />
      ))}
    </g>
  );
}

function Lock() {
  return (
    <g>
      <path d="M-11 -4 V-16 A11 11 0 0 1 11 -16 V-4" fill="none" className="stroke-good" strokeWidth={5} />
      <rect x={-18} y={-6} width={36} height={28} rx={5} className="fill-good" />
      <circle cy={6} r={3.5} className="fill-panel" />
    </g>
  );
}

function Hackers() {
  return (
    <g>
      {[-28, 0, 28].map((x) => (
        <Person key={x} x={x} y={14} scale={0.72} className="fill-bad" />
      ))}
    </g>
  );
}

const CROWD = [-26, 0, 26].flatMap((x) => [-42, -2, 38].map((y) => [x, y] as const));

/** Each part's drawing, made once (React skips these unchanged elements when a step moves the parts), in paint order. */
const DRAWINGS: Record<RingPart, ReactElement> = {
  archive: <Archive />,
  faces: <Faces />,
  court: <Court />,
  house: <House />,
  signal: <Signal />,
  sight: (
    <path
      d="M386 104 L314 116 M386 146 L314 148 M386 188 L314 178"
      className="stroke-ring"
      strokeWidth={2}
      strokeDasharray="5 5"
    />
  ),
  crowd: (
    <>
      {CROWD.map(([x, y]) => (
        <Person key={`${x},${y}`} x={x} y={y + 18} scale={0.62} />
      ))}
    </>
  ),
  watcher: <Person className="fill-bad" scale={1.3} />,
  hackers: <Hackers />,
  attack: (
    <g fill="none" className="stroke-bad" strokeWidth={2.5} strokeDasharray="6 5" strokeLinecap="round">
      <path d="M74 80 L82 178" />
      <path d="M92 76 L104 156" />
      <path d="M104 60 L218 110" />
    </g>
  ),
  ...each(['video1', 'video2', 'video3', 'video4'], <Video />),
  lock: <Lock />,
  shield: <Shield />,
  ...each(['coin1', 'coin2', 'coin3'], <Coin />),
  doc: <Doc />,
  company: <Company />,
  bubble: <Bubble />,
};

/**
 * The Ring picture: cameras send video to an archive; staff and contractors look in; one employee pulls
 * out video after video; hackers get in; then the court, the locked archive, refunds and Ring's answer.
 */
export const RingScene = memo(function RingScene({ scene, ...rest }: SceneProps) {
  return <SceneLayers drawings={DRAWINGS} poses={ringScene(scene)} {...rest} />;
});
