import { ArcArrow, Frame, Head, Highlight, Limb, Prop, type IllustrationProps } from './parts';

/** Side view: lying on the back, knees bent, a roller across the neck; the head turns side to side. */
export function FoamRollerNeck(props: IllustrationProps) {
  return (
    <Frame label="Foam roller under the neck: lying on the back, turning the head side to side" {...props}>
      <Prop d="M8 142 L192 142" />
      <Highlight at={[52, 118]} rx={10} ry={6} />
      <circle cx={52} cy={131} r={11} strokeWidth={2.5} />
      <Head at={[32, 112]} face="right" tilt={-90} />
      <path d="M44 112 C56 112 60 108 66 106 M46 122 C56 122 62 124 66 126" />
      <path d="M66 106 C90 100 114 104 130 110 M66 126 C90 128 114 128 132 128" />
      <Limb points="130,118 154,92 172,140" />
      <ArcArrow at={[32, 112]} r={24} from={-150} to={-30} />
    </Frame>
  );
}
