/** The three lists under the pictures: new, still present (with tenderness) and resolved points. */
import type { ReactNode } from 'react';
import type { ChartMark } from '../../../db/api/contract';
import type { ChartComparison } from './diff';
import { kindText, muscleText, sideText, tendernessText, viewText } from './compare-text';

interface ListProps {
  id: string;
  title: string;
  count: number;
  empty: string;
  /** Extra column headers after Muscle, Side, Kind, View. */
  extra?: string;
  rows: ReactNode;
}

/** A heading with the count; the table's caption is that heading, so the table is named by it. */
function PointList({ id, title, count, empty, extra, rows }: ListProps) {
  const heading = `${title} (${count})`;
  return (
    <section className="compare-list" aria-labelledby={id}>
      {count === 0 ? (
        <>
          <h2 id={id} className="compare-list__heading">
            {heading}
          </h2>
          <p className="compare-muted">{empty}</p>
        </>
      ) : (
        <table className="data-table compare-table">
          <caption>
            <h2 id={id} className="compare-list__heading">
              {heading}
            </h2>
          </caption>
          <thead>
            <tr>
              <th scope="col">Muscle</th>
              <th scope="col">Side</th>
              <th scope="col">Kind</th>
              <th scope="col">View</th>
              {extra && <th scope="col">{extra}</th>}
            </tr>
          </thead>
          <tbody>{rows}</tbody>
        </table>
      )}
    </section>
  );
}

function PointCells({ mark, kind }: { mark: ChartMark; kind: string }) {
  return (
    <>
      <th scope="row">{muscleText(mark)}</th>
      <td>{sideText(mark)}</td>
      <td>{kind}</td>
      <td>{viewText(mark)}</td>
    </>
  );
}

export function CompareLists({ comparison }: { comparison: ChartComparison }) {
  return (
    <div className="compare-lists">
      <PointList
        id="compare-new"
        title="New at the later visit"
        count={comparison.new.length}
        empty="No new points."
        extra="Tenderness"
        rows={comparison.new.map((m) => (
          <tr key={m.id}>
            <PointCells mark={m} kind={kindText(m)} />
            <td>{m.tenderness ?? 'not recorded'}</td>
          </tr>
        ))}
      />
      <PointList
        id="compare-persisting"
        title="Still present"
        count={comparison.persisting.length}
        empty="No point was on both charts."
        extra="Tenderness"
        rows={comparison.persisting.map((p) => (
          <tr key={p.siteId}>
            <PointCells mark={p.after} kind={kindText(p.before, p.after)} />
            <td>{tendernessText(p.before.tenderness, p.after.tenderness)}</td>
          </tr>
        ))}
      />
      <PointList
        id="compare-resolved"
        title="Resolved"
        count={comparison.resolved.length}
        empty="No point has gone since the earlier visit."
        extra="Tenderness at the earlier visit"
        rows={comparison.resolved.map((m) => (
          <tr key={m.id}>
            <PointCells mark={m} kind={kindText(m)} />
            <td>{m.tenderness ?? 'not recorded'}</td>
          </tr>
        ))}
      />
    </div>
  );
}
