import { ArcArrow, Frame, Head, Highlight, Limb, Neck, type IllustrationProps } from './parts';

/** Front view, standing: one arm overhead, the body bending to the other side. */
export function QlSideStretch(props: IllustrationProps) {
  return (
    <Frame label="Standing side reach: one arm overhead, bending to the other side" {...props}>
      <Highlight at={[80, 80]} rx={6} ry={20} angle={-4} />
      <Head at={[117, 28]} r={12} tilt={25} />
      <Neck from={[112, 39]} to={[105, 48]} half={5} />
      <path d="M100 46 C94 44 88 42 84 44 C76 58 78 86 84 104 M110 50 C114 54 120 58 122 62 C116 76 110 90 110 104 M84 104 Q97 108 110 104" />
      <Limb points="84,44 92,16 128,6" />
      <Limb points="122,62 130,84 132,102" />
      <Limb points="90,106 86,130 84,152" />
      <Limb points="104,106 108,130 112,152" />
      <ArcArrow at={[108, 62]} r={58} from={-118} to={-62} />
    </Frame>
  );
}
