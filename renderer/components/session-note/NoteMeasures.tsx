import type { Session } from '../../../db/api/contract';
import { painSummary, perpetuatingLabels, romRows } from './note-text';

/** Pain before and after, and the neck's range of motion beside its usual range. */
export function NoteMeasures({ session }: { session: Session }) {
  const rows = romRows(session.rom);
  return (
    <section className="note-section" aria-labelledby="note-measures">
      <h2 id="note-measures" className="note-section__heading">
        Measures
      </h2>
      <div className="note-block">
        <h3 className="note-subheading">Pain (0–10)</h3>
        <p>{painSummary(session.painBefore, session.painAfter)}</p>
      </div>
      <div className="note-block">
        <h3 className="note-subheading" id="note-rom">
          Neck range of motion
        </h3>
        {rows.length === 0 ? (
          <p className="note-muted">Not measured</p>
        ) : (
          <>
            <table className="note-table note-table--rom" aria-labelledby="note-rom">
              <thead>
                <tr>
                  <th scope="col">Movement</th>
                  <th scope="col" className="note-table__number">
                    Measured
                  </th>
                  <th scope="col" className="note-table__number">
                    Usual range
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.label}</th>
                    <td className="note-table__number">{row.measured}°</td>
                    <td className="note-table__number note-muted">about {row.usual}°</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="note-small note-muted">The usual ranges are a young adult&apos;s; they are lower with age.</p>
          </>
        )}
      </div>
    </section>
  );
}

/** Habits and circumstances that keep trigger points coming back. */
export function NotePerpetuatingFactors({ session }: { session: Session }) {
  const labels = perpetuatingLabels(session.perpetuatingFactors);
  return (
    <section className="note-section note-block" aria-labelledby="note-factors">
      <h2 id="note-factors" className="note-section__heading">
        Perpetuating factors
      </h2>
      {labels.length === 0 ? (
        <p className="note-muted">None noted</p>
      ) : (
        <ul className="note-list note-list--inline">
          {labels.map((label) => (
            <li key={label}>{label}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
