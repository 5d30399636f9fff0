import type { ReactNode } from 'react';

type Tone = 'neutral' | 'archived' | 'draft' | 'signed';

export function Badge({ tone = 'neutral', children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
