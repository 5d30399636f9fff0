import type { Exercise } from '../../../db/api/contract';
import { formatDose } from '../exercises/dose';
import { NumberField } from '../session-record/NumberField';
import type { PlanFields } from './usePlanDraft';

type Item = PlanFields['items'][number];
type DoseKey = 'holdSeconds' | 'repetitions' | 'sets' | 'timesPerDay';

const DOSE: { key: DoseKey; label: string; unit: string; max: number }[] = [
  { key: 'holdSeconds', label: 'Hold', unit: 's', max: 3600 },
  { key: 'repetitions', label: 'Times', unit: '', max: 100 },
  { key: 'sets', label: 'Sets', unit: '', max: 20 },
  { key: 'timesPerDay', label: 'A day', unit: '', max: 24 },
];

interface Props {
  items: Item[];
  /** The name each item shows, by exercise id. */
  exercises: ReadonlyMap<string, Pick<Exercise, 'name'>>;
  editable: boolean;
  onChange: (items: Item[]) => void;
}

/** The exercises picked for this client, in order, each with its dose and a note. */
export function PlanItems({ items, exercises, editable, onChange }: Props) {
  const set = (index: number, patch: Partial<Item>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...items];
    const [moved] = next.splice(index, 1);
    if (moved) next.splice(index + by, 0, moved);
    onChange(next.map((item, position) => ({ ...item, position })));
  };
  if (items.length === 0) return <p className="card__hint">No exercises yet. Add them from the list.</p>;
  return (
    <ol className="plan-items">
      {items.map((item, index) => {
        const name = exercises.get(item.exerciseId)?.name ?? 'Exercise no longer in the library';
        return (
          <li key={item.exerciseId} className="plan-item">
            <div className="plan-item__head">
              <span className="plan-item__name">{name}</span>
              {editable && (
                <span className="plan-item__actions">
                  <button
                    type="button"
                    className="button button--quiet record-button"
                    aria-label={`Move ${name} up`}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--quiet record-button"
                    aria-label={`Move ${name} down`}
                    disabled={index === items.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button button--quiet record-button"
                    aria-label={`Remove ${name}`}
                    onClick={() => onChange(items.filter((_, i) => i !== index))}
                  >
                    Remove
                  </button>
                </span>
              )}
            </div>
            {editable ? (
              <>
                <div className="plan-item__dose" role="group" aria-label={`Dose of ${name}`}>
                  {DOSE.map(({ key, label, unit, max }) => (
                    <NumberField
                      key={key}
                      id={`dose-${item.exerciseId}-${key}`}
                      label={`${label}`}
                      value={item[key]}
                      min={0}
                      max={max}
                      {...(unit ? { unit } : {})}
                      onChange={(value) => set(index, { [key]: value })}
                    />
                  ))}
                </div>
                <label className="visually-hidden" htmlFor={`note-${item.exerciseId}`}>
                  {`Note for ${name}`}
                </label>
                <input
                  id={`note-${item.exerciseId}`}
                  className="plan-item__note"
                  type="text"
                  placeholder="A note for the client (optional)"
                  maxLength={500}
                  value={item.note}
                  onChange={(e) => set(index, { note: e.target.value })}
                />
              </>
            ) : (
              <p className="plan-item__meta">
                {formatDose(item)}
                {item.note && ` · ${item.note}`}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
