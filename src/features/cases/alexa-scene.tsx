import { memo, type ReactElement } from 'react';
import type { SceneProps } from './case-scene';
import { Bubble, Coin, Company, Court, Doc, Person, SceneLayers, Seal, Shield } from './scene-parts';
import { each } from './scene-states';
import { alexaScene, type AlexaPart } from './alexa-states';

function Speaker() {
  return (
    <g className="fill-panel stroke-ink" strokeWidth={2}>
      <path d="M-30 -8 V8 A30 9 0 0 0 30 8 V-8" />
      <ellipse cy={-8} rx={30} ry={9} />
      <ellipse cy={-8} rx={21} ry={5.5} fill="none" className="stroke-alexa" strokeWidth={3.5} />
    </g>
  );
}

function Waves() {
  return (
    <g fill="none" className="stroke-alexa" strokeWidth={3} strokeLinecap="round">
      {[10, 19, 28].map((r) => (
        <path key={r} d={`M${r * 0.45} ${-r} A${r} ${r} 0 0 1 ${r * 0.45} ${r}`} />
      ))}
    </g>
  );
}

function Store() {
  return (
    <g className="fill-panel stroke-ink" strokeWidth={2}>
      <path d="M-27 -22 V22 A27 8 0 0 0 27 22 V-22" />
      <ellipse cy={-22} rx={27} ry={8} />
      <path d="M-27 0 A27 8 0 0 0 27 0" fill="none" className="stroke-line" />
    </g>
  );
}

/** A voice recording: a card with a waveform. */
function Packet() {
  return (
    <g>
      <rect x={-15} y={-10} width={30} height={20} rx={4} className="fill-alexa-soft stroke-alexa" strokeWidth={2} />
      <path
        d="M-8 -2 V2 M-4 -5 V5 M0 -7 V7 M4 -3 V3 M8 -5 V5"
        className="stroke-alexa"
        strokeWidth={2}
        strokeLinecap="round"
      />
    </g>
  );
}

/** A deletion request: a crossed circle. */
function Request() {
  return (
    <g>
      <circle r={11} className="fill-bad-soft stroke-bad" strokeWidth={2} />
      <path
        d="M-4.5 -4.5 L4.5 4.5 M4.5 -4.5 L-4.5 4.5"
        className="stroke-bad"
        strokeWidth={2.5}
        strokeLinecap="round"
      />
    </g>
  );
}

/** A speech-recognition model: a small network of nodes. */
function Model() {
  const layers = [
    [-30, [-14, 0, 14]],
    [0, [-21, -7, 7, 21]],
    [30, [-10, 10]],
  ] as const;
  const edges: string[] = [];
  for (let index = 0; index < layers.length - 1; index += 1) {
    const [x1, ys1] = layers[index]!;
    const [x2, ys2] = layers[index + 1]!;
    for (const y1 of ys1) for (const y2 of ys2) edges.push(`M${x1} ${y1} L${x2} ${y2}`);
  }
  return (
    <g>
      <rect x={-46} y={-34} width={92} height={68} rx={10} className="fill-alexa-soft stroke-alexa" strokeWidth={2} />
      <path d={edges.join(' ')} className="stroke-alexa" strokeWidth={1} opacity={0.6} />
      {layers.flatMap(([x, ys]) =>
        ys.map((y) => <circle key={`${x},${y}`} cx={x} cy={y} r={4.5} className="fill-alexa" />),
      )}
    </g>
  );
}

function Ban() {
  return (
    <g fill="none" className="stroke-bad" strokeWidth={5}>
      <circle r={30} />
      <path d="M-21 21 L21 -21" strokeLinecap="round" />
    </g>
  );
}

/** Each part's drawing, made once (React skips these unchanged elements when a step moves the parts), in paint order. */
const DRAWINGS: Record<AlexaPart, ReactElement> = {
  ...each(['store1', 'store2', 'store3'], <Store />),
  model: <Model />,
  ban: <Ban />,
  staff: (
    <>
      {[-56, -28, 0, 28, 56].map((x) => (
        <Person key={x} x={x} scale={0.7} />
      ))}
    </>
  ),
  court: <Court />,
  shield: <Shield />,
  coins: (
    <>
      <Coin x={-8} y={8} />
      <Coin x={8} y={2} />
      <Coin y={-10} />
    </>
  ),
  company: <Company />,
  bubble: <Bubble />,
  wall: <rect x={-5} y={-62} width={10} height={124} rx={3} className="fill-warn" />,
  trail: (
    <path
      d="M52 150 L352 76 M52 150 L292 138 M52 150 L292 204"
      fill="none"
      className="stroke-bad"
      strokeWidth={1.5}
      strokeDasharray="4 5"
    />
  ),
  parent: <Person className="fill-ink" />,
  child: <Person className="fill-alexa" scale={0.8} />,
  speaker: <Speaker />,
  waves: <Waves />,
  ...each(['packet1', 'packet2', 'packet3'], <Packet />),
  ...each(['request1', 'request2', 'request3'], <Request />),
  doc: <Doc />,
  seal: <Seal />,
};

/**
 * The Alexa picture: a child's voice goes from a speaker into Amazon's stores; a deletion request reaches
 * some stores and not others; recordings train a model; then the court, the terms and Amazon's answer.
 */
export const AlexaScene = memo(function AlexaScene({ scene, ...rest }: SceneProps) {
  return <SceneLayers drawings={DRAWINGS} poses={alexaScene(scene)} {...rest} />;
});
