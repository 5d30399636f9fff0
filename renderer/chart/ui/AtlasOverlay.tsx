/**
 * A muscle's pattern from the referral atlas drawn faintly over the chart ("Show" in the atlas
 * panel): its referral zones on the view shown (essential filled, spillover hatched) and its
 * typical trigger points as rings. An SVG laid over the canvas that follows zoom and pan
 * (useFollowViewport); it takes no pointer events, so charting goes on underneath.
 */
import { useRef } from 'react';
import type { Side, ViewId } from '../../../db/api/contract';
import { getView } from '../artwork';
import { atlasById, atlasOnView } from '../atlas';
import type { ViewTransform } from '../model/transform';
import type { Signal } from './signal';
import { useFollowViewport } from './useFollowViewport';

export interface AtlasShown {
  muscleId: string;
  side: Side;
}

interface Props {
  shown: AtlasShown;
  viewId: ViewId;
  viewport: Signal<ViewTransform | null>;
}

export function AtlasOverlay({ shown, viewId, viewport }: Props) {
  const group = useRef<SVGGElement>(null);
  useFollowViewport(group, viewport, viewId);

  const view = getView(viewId);
  const muscle = atlasById(shown.muscleId);
  const { points, zones } = atlasOnView(shown.muscleId, shown.side, viewId);
  const label = muscle
    ? `Atlas pattern of ${muscle.muscle}, ${shown.side}: ${zones.length} ${zones.length === 1 ? 'zone' : 'zones'} and ${points.length} typical ${points.length === 1 ? 'point' : 'points'} on this view`
    : 'Atlas pattern';
  return (
    <svg className="atlas-overlay" role="img" aria-label={label}>
      <defs>
        <pattern
          id="atlas-hatch"
          width="0.01"
          height="0.01"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <line x1="0" y1="0" x2="0" y2="0.01" className="atlas-overlay__hatch" />
        </pattern>
      </defs>
      <g ref={group}>
        {zones.map((zone) => (
          <polygon
            key={zone.id}
            points={zone.polygon.map(([x, y]) => `${x},${y}`).join(' ')}
            className={`atlas-overlay__zone atlas-overlay__zone--${zone.pattern}`}
            vectorEffect="non-scaling-stroke"
          />
        ))}
        {points.map((point) => (
          <ellipse
            key={point.id}
            cx={point.x}
            cy={point.y}
            rx={0.012}
            ry={(0.012 * view.width) / view.height}
            className="atlas-overlay__point"
            vectorEffect="non-scaling-stroke"
          />
        ))}
      </g>
    </svg>
  );
}
