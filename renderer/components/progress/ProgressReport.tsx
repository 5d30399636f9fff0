/**
 * The printed progress report: one layout for the screen's preview, the printer and the PDF
 * (../printing/printing.css keeps everything else off paper). The summary is written from the
 * numbers and can be edited on screen; what is typed is what prints, as text.
 */
import { useId, useState } from 'react';
import type { Client, ClientProgress, Settings } from '../../../db/api/contract';
import { PracticeLetterhead } from '../printing/PracticeLetterhead';
import { PrintedName } from '../printing/PrintedText';
import { longDay, progressPeriod } from './progress-data';
import { NdiSection, PainSection, PointsSection, RomSection, SitesSection } from './sections';
import { progressSummary } from './summary';
import '../printing/printing.css';
import './progress.css';

interface Props {
  progress: ClientProgress;
  client: Client;
  settings: Settings;
  /** When the report is made (its date). */
  today: string;
}

export function ProgressReport({ progress, client, settings, today }: Props) {
  const [summary, setSummary] = useState(() => progressSummary(progress).join('\n'));
  const summaryId = useId();
  const lines = summary.split('\n').filter((line) => line.trim() !== '');
  return (
    <article className={`print-sheet print-sheet--${settings.paperSize} progress-report`} aria-label="Progress report">
      <header className="progress-report__header">
        <PracticeLetterhead practice={settings.practice} practitioner={settings.practitioner} />
        <h1 className="progress-report__title">Progress report</h1>
        <dl className="progress-report__facts">
          <div>
            <dt>Client</dt>
            <dd className="progress-report__client">
              <PrintedName name={client} />
            </dd>
          </div>
          <div>
            <dt>Period</dt>
            <dd>{progressPeriod(progress.visits)}</dd>
          </div>
          <div>
            <dt>Visits</dt>
            <dd>{progress.visits.length}</dd>
          </div>
          <div>
            <dt>Report date</dt>
            <dd>{longDay(today)}</dd>
          </div>
        </dl>
      </header>
      <section className="progress-section progress-block" aria-labelledby={`${summaryId}-heading`}>
        <h2 id={`${summaryId}-heading`} className="progress-section__heading">
          Summary
        </h2>
        <div className="progress-report__editor">
          <label htmlFor={summaryId} className="progress-report__label">
            Summary (edit before printing; one sentence per line)
          </label>
          <textarea
            id={summaryId}
            className="progress-report__textarea"
            rows={Math.max(4, lines.length + 1)}
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
          />
        </div>
        <div className="progress-report__printed-summary">
          {lines.length === 0 ? (
            <p className="progress-muted">No changes to report yet.</p>
          ) : (
            <ul className="progress-summary">
              {lines.map((line, i) => (
                <li key={i}>
                  <bdi>{line}</bdi>
                </li>
              ))}
            </ul>
          )}
        </div>
      </section>
      <PainSection progress={progress} paper />
      <PointsSection progress={progress} paper />
      <NdiSection progress={progress} paper />
      <RomSection progress={progress} paper />
      <SitesSection progress={progress} paper />
      <p className="progress-note">
        Measures recorded at each visit. Changes of 2 points in pain or tenderness, 5 points in the Neck Disability
        Index or 10° in a neck movement are the ones this report mentions.
      </p>
    </article>
  );
}
