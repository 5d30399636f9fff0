import { notForSelfPressure } from '../../../db/api/clinical';
import type { ChartMark } from '../../../db/api/contract';
import { inCautionZone } from '../../chart/artwork';
import { formatDose } from '../exercises/dose';
import { kindLabel } from '../../chart/ui/symbols';
import { NumberField } from '../session-record/NumberField';
import type { PlanFields } from './usePlanDraft';

type Point = PlanFields['points'][number];

interface Props {
  marks: readonly ChartMark[];
  points: Point[];
  editable: boolean;
  onChange: (points: Point[]) => void;
}

/** "Upper trapezius, right (active trigger point)". */
export function pointLabel(mark: Pick<ChartMark, 'muscle' | 'side' | 'kind' | 'activity'>): string {
  const where = mark.muscle
    ? `${mark.muscle}${mark.side && mark.side !== 'midline' ? `, ${mark.side}` : ''}`
    : 'No muscle named';
  return `${where} (${kindLabel(mark).toLowerCase()})`;
}

const DEFAULT_POINT = { holdSeconds: 30, timesPerDay: 3 };

/** Why a point is not one for the client to press, or null when it is. */
export function notPressableReason(mark: Pick<ChartMark, 'viewId' | 'x' | 'y' | 'muscle'>): string | null {
  if (inCautionZone(mark.viewId, mark.x, mark.y)) return 'Front of the neck: never for pressing at home.';
  if (notForSelfPressure(mark.muscle)) return 'Large blood vessels and nerves run beside it: not for pressing at home.';
  return null;
}

/** Which of today's points the client is shown to press themselves, for how long and how often. */
export function PointsPicker({ marks, points, editable, onChange }: Props) {
  const pressable = marks.filter((m) => !m.deleted && m.kind !== 'note_pin');
  if (pressable.length === 0)
    return <p className="card__hint">No trigger points or tender points on today&rsquo;s chart.</p>;
  const chosen = new Map(points.map((p) => [p.markId, p]));
  const set = (markId: string, patch: Partial<Point>) =>
    onChange(points.map((p) => (p.markId === markId ? { ...p, ...patch } : p)));
  return (
    <ul className="plan-points">
      {pressable.map((mark) => {
        const label = pointLabel(mark);
        const point = chosen.get(mark.id);
        const reason = notPressableReason(mark);
        return (
          <li key={mark.id} className="plan-point">
            <label className="checkbox">
              <input
                type="checkbox"
                checked={Boolean(point)}
                disabled={!editable || (reason !== null && !point)}
                {...(reason ? { 'aria-describedby': `point-${mark.id}-why` } : {})}
                onChange={(e) =>
                  onChange(
                    e.target.checked
                      ? [...points, { markId: mark.id, ...DEFAULT_POINT }]
                      : points.filter((p) => p.markId !== mark.id),
                  )
                }
              />
              {`Press here: ${label}`}
            </label>
            {reason && (
              <span className="card__hint" id={`point-${mark.id}-why`}>
                {reason}
              </span>
            )}
            {point && !editable && <span className="card__hint">{formatDose(point) || 'No dose given'}</span>}
            {point && editable && (
              <span className="plan-point__dose" role="group" aria-label={`How to press ${label}`}>
                <NumberField
                  id={`point-${mark.id}-hold`}
                  label="Hold"
                  unit="s"
                  value={point.holdSeconds}
                  min={0}
                  max={600}
                  onChange={(value) => set(mark.id, { holdSeconds: value })}
                />
                <NumberField
                  id={`point-${mark.id}-day`}
                  label="A day"
                  value={point.timesPerDay}
                  min={0}
                  max={24}
                  onChange={(value) => set(mark.id, { timesPerDay: value })}
                />
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
