import { Arrow, Frame, Head, Highlight, Limb, Prop, type IllustrationProps } from './parts';

/** Side view, seated: the head drawn straight back from where it was (dashed), eyes level. */
export function ChinTuck(props: IllustrationProps) {
  return (
    <Frame label="Chin tuck: sitting tall, the chin drawn straight back" {...props}>
      <Head at={[114, 42]} r={16} face="right" dashed />
      <Highlight at={[86, 56]} rx={10} ry={6} angle={-20} />
      <Head at={[100, 42]} r={16} face="right" />
      <path d="M90 56 C88 64 86 70 84 78 M108 56 C108 64 110 70 112 78" />
      <path d="M84 78 C78 96 78 118 82 132 M112 78 C122 96 122 116 116 132" />
      <Limb points="96,82 100,108 124,116" />
      <Prop d="M66 134 L132 134 M70 134 L70 156 M128 134 L128 156" />
      <Arrow from={[150, 52]} to={[126, 52]} />
    </Frame>
  );
}
