/** The numbers behind each progress plot, as tables (a caption, a header per column). */
import type { ReactNode } from 'react';
import type { NdiRow, PainRow, PointsRow, RomSeries, SiteRow, SiteSeries } from './progress-data';
import './progress.css';

const value = (n: number | null, unit = '') => (n === null ? '—' : `${n}${unit}`);

function Table({ caption, head, children }: { caption: ReactNode; head: string[]; children: ReactNode }) {
  return (
    <table className="progress-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {head.map((h, i) => (
            <th key={h} scope="col" className={i === 0 ? undefined : 'progress-table__number'}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

function Cells({ date, values }: { date: string; values: ReactNode[] }) {
  return (
    <tr>
      <th scope="row">{date}</th>
      {values.map((v, i) => (
        <td key={i} className="progress-table__number">
          {v}
        </td>
      ))}
    </tr>
  );
}

export function PainTable({ rows }: { rows: PainRow[] }) {
  return (
    <Table caption="Pain before and after treatment (0–10)" head={['Visit', 'Before', 'After']}>
      {rows.map((r) => (
        <Cells key={r.sessionId} date={r.date} values={[value(r.before), value(r.after)]} />
      ))}
    </Table>
  );
}

export function PointsTable({ rows }: { rows: PointsRow[] }) {
  return (
    <Table caption="Trigger points per visit" head={['Visit', 'Active trigger points', 'All points charted']}>
      {rows.map((r) => (
        <Cells key={r.sessionId} date={r.date} values={[r.active, r.points]} />
      ))}
    </Table>
  );
}

export function NdiTable({ rows }: { rows: NdiRow[] }) {
  return (
    <Table
      caption="Neck Disability Index scores"
      head={['Visit', 'Score (of 50)', 'Percent', 'Band', 'Questions answered']}
    >
      {rows.map((r) => (
        <Cells key={r.sessionId} date={r.date} values={[r.total, `${r.percent}%`, r.band, `${r.answered} of 10`]} />
      ))}
    </Table>
  );
}

/** One row per visit (oldest first) that measured any movement; a column per movement measured. */
export function RomTable({ series, visits }: { series: RomSeries[]; visits: { sessionId: string; date: string }[] }) {
  const degrees = (s: RomSeries, id: string) => s.rows.find((r) => r.sessionId === id)?.degrees ?? null;
  const measured = visits.filter((v) => series.some((s) => degrees(s, v.sessionId) !== null));
  return (
    <Table
      caption="Neck range of motion (degrees)"
      head={['Visit', ...series.map((s) => `${s.label} (usual about ${s.usual}°)`)]}
    >
      {measured.map((v) => (
        <Cells key={v.sessionId} date={v.date} values={series.map((s) => value(degrees(s, v.sessionId), '°'))} />
      ))}
    </Table>
  );
}

export const SITES_CAPTION = 'Trigger-point sites across visits';
export const SITE_COLUMNS = [
  'Muscle',
  'Side',
  'Kind',
  'Visits',
  'First tenderness',
  'Latest tenderness',
  'Latest PPT (kg/cm²)',
  'Latest release',
  'Status',
];

export function SitesTable({ rows }: { rows: SiteRow[] }) {
  return (
    <table className="progress-table progress-table--sites">
      <caption>{SITES_CAPTION}</caption>
      <thead>
        <tr>
          {SITE_COLUMNS.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.siteId}>
            <th scope="row">
              <bdi>{r.muscle}</bdi>
            </th>
            <td>{r.side}</td>
            <td>{r.kind}</td>
            <td className="progress-table__number">{r.visits}</td>
            <td className="progress-table__number">{value(r.firstTenderness)}</td>
            <td className="progress-table__number">{value(r.latestTenderness)}</td>
            <td className="progress-table__number">{value(r.latestPpt)}</td>
            <td>{r.latestRelease}</td>
            <td className={r.resolved ? 'progress-table__resolved' : undefined}>{r.status}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function SiteVisitsTable({ series }: { series: SiteSeries }) {
  return (
    <Table
      caption={
        <>
          <bdi>{series.name}</bdi> at each visit
        </>
      }
      head={['Visit', 'Tenderness before', 'Tenderness after', 'PPT (kg/cm²)', 'Release']}
    >
      {series.rows.map((r) => (
        <Cells
          key={r.sessionId}
          date={r.date}
          values={[value(r.tenderness), value(r.tendernessAfter), value(r.ppt), r.release]}
        />
      ))}
    </Table>
  );
}
