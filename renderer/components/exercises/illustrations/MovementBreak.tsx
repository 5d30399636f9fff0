import { Arrow, Frame, Head, Limb, Prop, type IllustrationProps } from './parts';

/** An empty chair and a clock behind, a person walking away from the desk. */
export function MovementBreak(props: IllustrationProps) {
  return (
    <Frame label="Movement break: up from the chair and walking every 30 to 60 minutes" {...props}>
      <Prop d="M8 150 L192 150" />
      <Prop d="M30 60 L34 104 L66 104 M36 104 L36 150 M64 104 L64 150" />
      <circle cx={40} cy={28} r={14} strokeWidth={2} />
      <path d="M40 20 L40 28 L46 32" strokeWidth={2} />
      <Head at={[124, 24]} r={13} face="right" />
      <path d="M114 42 C110 60 112 78 114 96 M130 42 C134 60 132 80 128 96" />
      <Limb points="120,50 108,72 102,90" />
      <Limb points="124,50 136,70 146,82" />
      <Limb points="118,96 108,122 96,146" />
      <Limb points="124,96 138,120 142,148" />
      <Arrow from={[156, 118]} to={[186, 118]} />
    </Frame>
  );
}
