import { ArcArrow, Frame, FrontTorso, Head, Highlight, Limb, Neck, type IllustrationProps } from './parts';

/** Front view: both shoulders circle up, back and down. */
export function ShoulderRolls(props: IllustrationProps) {
  return (
    <Frame label="Shoulder rolls: both shoulders circle up, back and down" {...props}>
      <Highlight at={[80, 65]} rx={13} ry={6} angle={-15} />
      <Highlight at={[120, 65]} rx={13} ry={6} angle={15} />
      <FrontTorso />
      <Neck from={[100, 50]} />
      <Head at={[100, 36]} />
      <Limb points="64,74 56,110 58,144" />
      <Limb points="136,74 144,110 142,144" />
      <ArcArrow at={[56, 62]} r={10} from={100} to={350} />
      <ArcArrow at={[144, 62]} r={10} from={80} to={-170} />
    </Frame>
  );
}
