/**
 * A small picture in the chart's corner while an atlas pattern is shown: the same muscle on a
 * second view (the head-and-neck view from the body views, the body view with its trigger points
 * from the head-and-neck views; see atlas-inset.ts), in the overlay's faint colours. Clicking it
 * shows that view on the chart. Placed by its parent: the chart surface is its containing block.
 */
import { useId } from 'react';
import type { ViewId } from '../../../db/api/contract';
import { LINE_COLOR, SKIN_FILL, SKIN_STROKE } from '../artwork/palette';
import type { AtlasShown } from './AtlasOverlay';
import { insetLabel, insetPicture, insetView } from './atlas-inset';
import './atlas-inset.css';

interface Props {
  shown: AtlasShown;
  /** The view on the chart. */
  viewId: ViewId;
  onView: (viewId: ViewId) => void;
}

/** Ring radius and hatch spacing, in CSS pixels. */
const RING_PX = 4.5;
const HATCH_PX = 4;

export function AtlasInset({ shown, viewId, onView }: Props) {
  const hatchId = `atlas-inset-hatch-${useId().replace(/[^\w-]/g, '')}`;
  const target = insetView(shown.muscleId, shown.side, viewId);
  if (!target) return null;
  const picture = insetPicture(shown.muscleId, shown.side, target);
  const { frame, px } = picture;
  const hatch = HATCH_PX * px;
  return (
    <div className="atlas-inset">
      <svg
        className="atlas-inset__picture"
        role="img"
        aria-label={insetLabel(shown.muscleId, shown.side, picture)}
        width={picture.width}
        height={picture.height}
        viewBox={`${frame.x} ${frame.y} ${frame.width} ${frame.height}`}
      >
        <defs>
          <pattern
            id={hatchId}
            width={hatch}
            height={hatch}
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line x1="0" y1="0" x2="0" y2={hatch} className="atlas-inset__hatch" strokeWidth={1.2 * px} />
          </pattern>
        </defs>
        <g fill={SKIN_FILL} stroke={SKIN_STROKE} strokeWidth={1.2 * px} strokeLinejoin="round">
          {picture.body.map((d, i) => (
            <path key={i} d={d} />
          ))}
        </g>
        <g fill="none" stroke={LINE_COLOR} strokeWidth={0.9 * px} strokeLinecap="round" opacity={0.75}>
          {picture.lines.map((d, i) => (
            <path key={i} d={d} />
          ))}
        </g>
        {picture.zones.map((zone) => (
          <polygon
            key={zone.id}
            points={zone.points}
            className={`atlas-inset__zone atlas-inset__zone--${zone.pattern}`}
            fill={zone.pattern === 'spillover' ? `url(#${hatchId})` : undefined}
            strokeWidth={1.2 * px}
            strokeDasharray={`${4 * px} ${3 * px}`}
          />
        ))}
        {picture.points.map((point) => (
          <circle
            key={point.id}
            cx={point.cx}
            cy={point.cy}
            r={RING_PX * px}
            className="atlas-inset__point"
            strokeWidth={2 * px}
          />
        ))}
      </svg>
      <span className="atlas-inset__caption" aria-hidden="true">
        {picture.viewLabel}
      </span>
      <button
        type="button"
        className="atlas-inset__button"
        aria-label={`Show the ${picture.viewLabel} view`}
        title={`Show the ${picture.viewLabel} view`}
        onClick={() => onView(target)}
      />
    </div>
  );
}
