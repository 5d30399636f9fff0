import { Arrow, Frame, Head, Highlight, Limb, Prop, type IllustrationProps } from './parts';

/** Side view: forearm on the door frame at shoulder height, one foot forward, leaning through. */
export function DoorwayPecStretch(props: IllustrationProps) {
  return (
    <Frame label="Doorway chest stretch: forearms on the door frame, leaning forward through the doorway" {...props}>
      <rect x={62} y={6} width={12} height={144} strokeWidth={2} />
      <Prop d="M20 150 L180 150" />
      <Highlight at={[104, 66]} rx={8} ry={12} />
      <Head at={[104, 34]} face="right" />
      <path d="M92 48 C84 62 82 80 84 100 M108 48 C112 62 110 86 104 100" />
      <Limb points="96,58 76,62 76,30" />
      <Limb points="90,100 84,124 74,148" />
      <Limb points="98,100 118,122 124,148" />
      <Arrow from={[120, 66]} to={[146, 66]} />
    </Frame>
  );
}
