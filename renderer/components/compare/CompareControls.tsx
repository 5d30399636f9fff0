/** The compare page's choices: the two visits, side by side or overlaid, and the chart view. */
import type { SessionListItem, ViewId } from '../../../db/api/contract';
import { formatDateTime } from '../../lib/format';
import type { CompareLayout, ViewChoice } from './compare-scene';

interface Props {
  sessions: readonly SessionListItem[];
  earlierId: string;
  laterId: string;
  onEarlier: (id: string) => void;
  onLater: (id: string) => void;
  layout: CompareLayout;
  onLayout: (layout: CompareLayout) => void;
  views: readonly ViewChoice[];
  viewId: ViewId | null;
  onView: (viewId: ViewId) => void;
}

const LAYOUTS: [CompareLayout, string][] = [
  ['side', 'Side by side'],
  ['overlay', 'Overlaid'],
];

function VisitSelect(props: {
  id: string;
  label: string;
  sessions: readonly SessionListItem[];
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <div className="field">
      <div className="field__label-row">
        <label className="field__label" htmlFor={props.id}>
          {props.label}
        </label>
      </div>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.sessions.map((s) => (
          <option key={s.id} value={s.id}>
            {formatDateTime(s.startedAt)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CompareControls(props: Props) {
  const { sessions, layout, views, viewId } = props;
  return (
    <div className="compare-controls">
      <VisitSelect
        id="compare-earlier"
        label="Earlier visit"
        sessions={sessions}
        value={props.earlierId}
        onChange={props.onEarlier}
      />
      <VisitSelect
        id="compare-later"
        label="Later visit"
        sessions={sessions}
        value={props.laterId}
        onChange={props.onLater}
      />
      <div className="field">
        <div className="field__label-row">
          <span className="field__label" id="compare-layout-label">
            Show
          </span>
        </div>
        <div className="compare-layout" role="group" aria-labelledby="compare-layout-label">
          {LAYOUTS.map(([id, label]) => (
            <button
              key={id}
              type="button"
              className={`button${layout === id ? ' button--primary' : ''}`}
              aria-pressed={layout === id}
              onClick={() => props.onLayout(id)}
            >
              {label}
            </button>
          ))}
        </div>
      </div>
      {viewId && (
        <div className="field">
          <div className="field__label-row">
            <label className="field__label" htmlFor="compare-view">
              Chart view
            </label>
          </div>
          <select id="compare-view" value={viewId} onChange={(e) => props.onView(e.target.value as ViewId)}>
            {views.map((v) => (
              <option key={v.viewId} value={v.viewId}>
                {`${v.label} (${v.count} ${v.count === 1 ? 'point' : 'points'})`}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
