import { Arrow, Frame, FrontTorso, Head, Highlight, Limb, Neck, Prop, type IllustrationProps } from './parts';

/** Front view, seated: head turned and dropped toward one armpit, hand on the back of the head, other hand on the chair. */
export function LevatorStretch(props: IllustrationProps) {
  return (
    <Frame label="Look-to-the-armpit stretch: head turned and lowered toward the armpit" {...props}>
      <Highlight at={[116, 66]} rx={16} ry={6} angle={45} />
      <FrontTorso bottom={128} />
      <Neck from={[95, 60]} />
      <Head at={[90, 48]} tilt={-15} gaze={[-5, 5]} />
      <Arrow from={[82, 56]} to={[70, 86]} dashed />
      <Limb points="64,74 54,26 88,32" />
      <Limb points="136,74 146,104 148,128" />
      <Prop d="M56 130 L156 130 M62 130 L62 156 M150 130 L150 156" />
    </Frame>
  );
}
