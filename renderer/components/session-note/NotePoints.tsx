import type { CarriedPoint, ChartMark } from '../../../db/api/contract';
import { carriedRows, chartNotes, pointRows } from './note-chart';

const COLUMNS = [
  'Muscle',
  'Side',
  'Point',
  'Tenderness before → after',
  'PPT (kg/cm²)',
  'Pressure',
  'Hold',
  'Release',
  'Referred pain',
] as const;

/** The points found and treated, one compact row each, then the notes left on the chart. */
export function NotePoints({ marks, carried }: { marks: readonly ChartMark[]; carried: readonly CarriedPoint[] }) {
  const rows = pointRows(marks);
  const notes = chartNotes(marks);
  const previous = carriedRows(carried, marks);
  return (
    <section className="note-section" aria-labelledby="note-points">
      <h2 id="note-points" className="note-section__heading">
        Trigger points
      </h2>
      {rows.length === 0 ? (
        <p className="note-muted">None recorded</p>
      ) : (
        <table className="note-table note-table--points" aria-labelledby="note-points">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <bdi>{row.muscle}</bdi>
                  <span className="note-table__detail">{row.view}</span>
                </th>
                <td>{row.side}</td>
                <td>{row.kind}</td>
                <td>{row.tenderness}</td>
                <td>{row.ppt}</td>
                <td>{row.pressure}</td>
                <td>{row.hold}</td>
                <td>{row.release}</td>
                <td>
                  <bdi>{row.referred}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {previous.length > 0 && (
        <div className="note-block">
          <h3 className="note-subheading">Points from the previous visit</h3>
          <ul className="note-list">
            {previous.map((p) => (
              <li key={p.siteId}>
                <bdi>{p.place}</bdi>: {p.status.toLowerCase()}
              </li>
            ))}
          </ul>
        </div>
      )}
      {notes.length > 0 && (
        <div className="note-block">
          <h3 className="note-subheading">Notes on the chart</h3>
          <ul className="note-list">
            {notes.map((n) => (
              <li key={n.id}>
                <span className="note-list__lead">
                  <bdi>{n.place}</bdi>:
                </span>{' '}
                <bdi className="note-text">{n.note}</bdi>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
