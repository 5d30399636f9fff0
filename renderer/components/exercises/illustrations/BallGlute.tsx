import { Frame, Head, Highlight, Limb, Neck, Prop, Wall, type IllustrationProps } from './parts';

/** Front view, standing side-on to a wall and leaning into a ball held against the side of the hip. */
export function BallGlute(props: IllustrationProps) {
  return (
    <Frame label="Ball on the side of the hip: a ball between the wall and the outer buttock" {...props}>
      <Wall x={152} top={8} bottom={152} side="right" />
      <Prop d="M40 152 L152 152" />
      <circle cx={143} cy={96} r={8} strokeWidth={2.5} />
      <g transform="rotate(6 100 152)">
        <Highlight at={[122, 94]} rx={8} ry={11} />
        <Head at={[98, 20]} r={12} />
        <Neck from={[98, 31]} to={[98, 38]} half={5} />
        <path d="M93 38 C84 40 76 42 74 48 C76 60 80 72 82 82 C80 90 78 96 78 102 M103 38 C112 40 120 42 122 48 C120 60 116 72 114 82 C118 90 120 96 120 102 M78 102 Q99 108 120 102" />
        <Limb points="74,50 66,74 68,98" />
        <Limb points="122,50 134,66 144,52" />
        <Limb points="88,104 86,128 84,150" />
        <Limb points="110,104 112,128 114,150" />
      </g>
    </Frame>
  );
}
