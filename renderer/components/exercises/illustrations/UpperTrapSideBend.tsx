import { ArcArrow, Arrow, Frame, FrontTorso, Head, Highlight, Limb, Neck, type IllustrationProps } from './parts';

/** Front view: ear toward one shoulder, that hand resting on the head, the other shoulder held down. */
export function UpperTrapSideBend(props: IllustrationProps) {
  return (
    <Frame label="Side bend neck stretch: ear toward the shoulder, the other shoulder down" {...props}>
      <Highlight at={[117, 63]} rx={17} ry={6} angle={22} />
      <FrontTorso />
      <Neck from={[91, 53]} />
      <Head at={[84, 40]} tilt={-25} />
      <Limb points="64,74 46,38 88,24" />
      <circle cx={92} cy={26} r={4} />
      <Limb points="136,74 142,110 140,144" />
      <ArcArrow at={[84, 40]} r={27} from={-30} to={-85} />
      <Arrow from={[156, 56]} to={[156, 78]} />
    </Frame>
  );
}
