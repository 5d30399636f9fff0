import { ArcArrow, Frame, Head, Highlight, Limb, type IllustrationProps } from './parts';

/** Side view, seated: hands behind the head, the upper back arching back over the top of the chair. */
export function ThoracicExtension(props: IllustrationProps) {
  return (
    <Frame label="Upper back arch over a chair: hands behind the head, leaning back over the chair back" {...props}>
      <path d="M86 112 L84 72 M86 112 L134 112 M88 112 L88 152 M130 112 L130 152" strokeWidth={2.5} />
      <Highlight at={[78, 66]} rx={7} ry={12} angle={45} />
      <Head at={[54, 38]} r={13} face="right" tilt={-45} />
      <path d="M106 108 C100 96 92 82 84 72 C80 66 72 60 62 54 M126 106 C120 94 112 80 104 70 C96 60 86 52 76 46" />
      <Limb points="72,54 98,36 60,26" />
      <Limb points="114,108 148,104 150,152" />
      <ArcArrow at={[92, 86]} r={66} from={-45} to={-100} />
    </Frame>
  );
}
