import { Arrow, Frame, Head, Highlight, Limb, Prop, Wall, type IllustrationProps } from './parts';

/** Side view: back to a wall, a ball between the wall and the shoulder blade; knees bend to roll it. */
export function BallWall(props: IllustrationProps) {
  return (
    <Frame label="Ball against a wall: a ball between the wall and the sore spot by the shoulder blade" {...props}>
      <Wall x={56} top={8} bottom={150} side="left" />
      <Prop d="M56 150 L160 150" />
      <Highlight at={[75, 62]} rx={6} ry={11} />
      <circle cx={64} cy={62} r={7.5} strokeWidth={2.5} />
      <Head at={[94, 26]} face="right" />
      <path d="M86 40 C80 46 72 54 71 64 C70 76 74 88 78 102 M102 40 C104 50 110 60 108 74 C106 86 102 94 100 102" />
      <Limb points="92,50 96,76 104,94" />
      <Limb points="84,102 108,120 104,148" />
      <Limb points="94,102 116,122 114,148" />
      <Arrow from={[134, 48]} to={[134, 80]} both />
    </Frame>
  );
}
