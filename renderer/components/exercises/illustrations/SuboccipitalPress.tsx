import { Arrow, Frame, FrontTorso, Head, Limb, Neck, PressPoint, type IllustrationProps } from './parts';

const POINTS = [-15, -7.5, 0, 7.5, 15].map((dx) => [100 + dx, 49 - Math.abs(dx) * 0.25] as const);

/** Back view: fingertips under the base of the skull, working outward from the middle. */
export function SuboccipitalPress(props: IllustrationProps) {
  return (
    <Frame label="Self-pressure along the base of the skull, from the middle outward" {...props}>
      <FrontTorso />
      <Neck from={[100, 53]} />
      <Head at={[100, 32]} r={22} face="back" />
      {POINTS.map((at) => (
        <PressPoint key={at[0]} at={at} r={2.6} />
      ))}
      <Arrow from={[96, 37]} to={[82, 37]} />
      <Arrow from={[104, 37]} to={[118, 37]} />
      <Limb points="64,74 38,54 80,50" />
      <Limb points="136,74 162,54 120,50" />
    </Frame>
  );
}
