import { ArcArrow, Frame, FrontTorso, Head, Highlight, Limb, Neck, Prop, type IllustrationProps } from './parts';

/** Front view: one hand holds the chest down below the collarbone, the head tips away and the chin lifts. */
export function ScaleneStretch(props: IllustrationProps) {
  return (
    <Frame label="Side-of-neck stretch: hand below the collarbone, head tipped away, chin lifted" {...props}>
      <Highlight at={[109, 58]} rx={9} ry={4} angle={65} />
      <FrontTorso />
      <Neck from={[92, 52]} />
      <Head at={[86, 38]} tilt={-22} gaze={[0, -4]} />
      <Prop d="M106 66 Q118 66 128 70 M94 66 Q82 66 72 70" />
      <Limb points="136,74 148,108 120,80" />
      <ellipse cx={117} cy={80} rx={6} ry={4} strokeWidth={2.5} />
      <Limb points="64,74 56,110 58,144" />
      <ArcArrow at={[86, 38]} r={26} from={-20} to={-80} />
    </Frame>
  );
}
