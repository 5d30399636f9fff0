/**
 * The sections of the progress view, each a heading, its plot(s) and the same numbers in a table.
 * Shared by the page (plots fill their box) and the printed report (`paper`: fixed sizes that fit
 * the sheet, so it prints the same every time).
 */
import { useId, type ReactNode } from 'react';
import type { ClientProgress } from '../../../db/api/contract';
import { NdiPlot, PainPlot, PointsPlot, RomPlot, SitePlot } from './plots';
import {
  SITE_PLOT_LIMIT,
  hasPain,
  ndiRows,
  painRows,
  pointsRows,
  romSeries,
  siteRows,
  siteSeries,
} from './progress-data';
import { NdiTable, PainTable, PointsTable, RomTable, SitesTable, SiteVisitsTable } from './tables';
import './progress.css';

/** Pixels: the printed sheet's text width is about 680 (A4) to 700 (Letter). */
export const PAPER_WIDTH = 660;
export const PAPER_HALF_WIDTH = 320;

interface SectionProps {
  progress: ClientProgress;
  /** The printed report: fixed plot sizes. */
  paper?: boolean;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="progress-section" aria-labelledby={id}>
      <h2 id={id} className="progress-section__heading">
        {title}
      </h2>
      {children}
    </section>
  );
}

const Muted = ({ children }: { children: string }) => <p className="progress-muted">{children}</p>;

export function PainSection({ progress, paper }: SectionProps) {
  const rows = painRows(progress.visits);
  return (
    <Section title="Pain">
      {hasPain(rows) ? (
        <div className="progress-block">
          <PainPlot rows={rows} width={paper ? PAPER_WIDTH : undefined} />
          {!paper && <PainTable rows={rows} />}
        </div>
      ) : (
        <Muted>Pain was not recorded at these visits.</Muted>
      )}
    </Section>
  );
}

export function PointsSection({ progress, paper }: SectionProps) {
  const rows = pointsRows(progress.visits);
  return (
    <Section title="Active trigger points">
      <div className="progress-block">
        <PointsPlot rows={rows} width={paper ? PAPER_WIDTH : undefined} height={paper ? 180 : 200} />
        {!paper && <PointsTable rows={rows} />}
      </div>
    </Section>
  );
}

export function NdiSection({ progress, paper }: SectionProps) {
  const rows = ndiRows(progress.visits);
  return (
    <Section title="Neck Disability Index">
      {rows.length === 0 ? (
        <Muted>No Neck Disability Index scores yet.</Muted>
      ) : (
        <>
          <div className="progress-block">
            <NdiPlot rows={rows} width={paper ? PAPER_WIDTH : undefined} />
          </div>
          <div className="progress-block">
            <NdiTable rows={rows} />
          </div>
          <p className="progress-note">
            Scores out of 50: 0–4 no disability, 5–14 mild, 15–24 moderate, 25–34 severe, 35 or more complete. A change
            of 5 points or more is one that matters.
          </p>
        </>
      )}
    </Section>
  );
}

export function RomSection({ progress, paper }: SectionProps) {
  const series = romSeries(progress.visits);
  return (
    <Section title="Neck range of motion">
      {series.length === 0 ? (
        <Muted>Neck range of motion was not measured at these visits.</Muted>
      ) : (
        <>
          <div className="progress-grid">
            {series.map((s) => (
              <div key={s.key} className="progress-block">
                <h3 className="progress-subheading">{s.label}</h3>
                <RomPlot series={s} width={paper ? PAPER_HALF_WIDTH : undefined} />
              </div>
            ))}
          </div>
          {!paper && <RomTable series={series} visits={pointsRows(progress.visits)} />}
          <p className="progress-note">The usual ranges are a young adult&apos;s; they are lower with age.</p>
        </>
      )}
    </Section>
  );
}

export function SitesSection({ progress, paper }: SectionProps) {
  const rows = siteRows(progress.sites);
  const plotted = siteSeries(progress.sites);
  const followed = progress.sites.filter((s) => s.visits.length >= 2).length;
  return (
    <Section title="Trigger-point sites">
      {rows.length === 0 ? (
        <Muted>No trigger points or tender points were charted at these visits.</Muted>
      ) : (
        <>
          <div className="progress-block progress-scroll">
            <SitesTable rows={rows} />
          </div>
          {followed > SITE_PLOT_LIMIT && (
            <p className="progress-note">
              The plots show the {SITE_PLOT_LIMIT} points seen at the most visits; the table lists them all.
            </p>
          )}
          <div className="progress-grid">
            {plotted.map((s) => (
              <div key={s.siteId} className="progress-block">
                <h3 className="progress-subheading">
                  <bdi>{s.name}</bdi>
                </h3>
                <SitePlot series={s} width={paper ? PAPER_HALF_WIDTH : undefined} />
                {!paper && <SiteVisitsTable series={s} />}
              </div>
            ))}
          </div>
        </>
      )}
    </Section>
  );
}
