import type { ViewId } from '../../../db/api/contract';
import { VIEW_ORDER, getView } from '../artwork';

interface Props {
  viewId: ViewId;
  counts: Record<ViewId, number>;
  onView: (viewId: ViewId) => void;
}

/** One tab per view of the body, each with a badge counting its marks. */
export function ViewTabs({ viewId, counts, onView }: Props) {
  const move = (step: number) => {
    const i = VIEW_ORDER.indexOf(viewId);
    const next = VIEW_ORDER[(i + step + VIEW_ORDER.length) % VIEW_ORDER.length];
    if (next) {
      onView(next);
      document.getElementById(`view-tab-${next}`)?.focus();
    }
  };
  return (
    <div
      className="view-tabs"
      role="tablist"
      aria-label="Chart views"
      onKeyDown={(e) => {
        if (e.key === 'ArrowRight') move(1);
        else if (e.key === 'ArrowLeft') move(-1);
        else return;
        e.preventDefault();
      }}
    >
      {VIEW_ORDER.map((id) => {
        const count = counts[id] ?? 0;
        return (
          <button
            key={id}
            id={`view-tab-${id}`}
            type="button"
            role="tab"
            aria-selected={id === viewId}
            aria-controls="chart-panel"
            aria-label={`${getView(id).label}, ${count} ${count === 1 ? 'mark' : 'marks'}`}
            tabIndex={id === viewId ? 0 : -1}
            className="view-tab"
            onClick={() => onView(id)}
          >
            <span>{getView(id).label}</span>
            {count > 0 && (
              <span className="view-tab__badge" aria-hidden="true">
                {count}
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
