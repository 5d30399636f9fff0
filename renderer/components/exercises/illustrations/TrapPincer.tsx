import { Arrow, Frame, FrontTorso, Head, Highlight, Limb, Neck, type IllustrationProps } from './parts';

/** Front view: one hand reaches across and pinches the top of the other shoulder. */
export function TrapPincer(props: IllustrationProps) {
  return (
    <Frame label="Shoulder pinch and hold: the hand squeezes the muscle on top of the other shoulder" {...props}>
      <Highlight at={[120, 65]} rx={13} ry={6} angle={15} />
      <FrontTorso />
      <Neck from={[100, 50]} />
      <Head at={[100, 36]} />
      <Limb points="64,74 88,110 116,76" />
      <path d="M114 76 C112 68 116 60 122 58 M118 76 C122 72 126 70 128 72" strokeWidth={3} />
      <Limb points="136,74 142,110 140,144" />
      <Arrow from={[140, 50]} to={[128, 58]} />
    </Frame>
  );
}
