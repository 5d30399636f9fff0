/**
 * How far "Export everything" has come, in words and as a bar: "Exported 1,234,567 of 2,345,678
 * records…". Before the first count arrives it says the export is starting.
 */
import type { ExportFileProgress } from '../../api/files';
import './export-progress.css';

const count = new Intl.NumberFormat('en');

export function progressWords(progress: ExportFileProgress | null): string {
  if (!progress || progress.totalRows === 0) return 'Starting the export…';
  return `Exported ${count.format(progress.rows)} of ${count.format(progress.totalRows)} records…`;
}

export function ExportProgress({ progress }: { progress: ExportFileProgress | null }) {
  const words = progressWords(progress);
  const known = progress && progress.totalRows > 0;
  return (
    <div className="export-progress">
      <progress
        className="export-progress__bar"
        aria-label="Export progress"
        aria-valuetext={words}
        max={known ? progress.totalRows : undefined}
        value={known ? progress.rows : undefined}
      />
      <span className="export-progress__words">{words}</span>
    </div>
  );
}
