/**
 * The export and import part of the Backups page. A whole practice goes through files, never one
 * giant body (renderer/api/files.ts): in the desktop app main asks where and writes or reads the
 * file; in a browser the export is a download and an import sends the file itself. The bar and
 * words show how far an export has come, and the rest of the app keeps working meanwhile.
 */
import { useState } from 'react';
import type { ImportReport, SettingDifference } from '../../../db/api/contract';
import { exportEverything, importExport, importsThroughDialog, type ExportFileProgress } from '../../api/files';
import { useAlert } from '../../app/alert';
import { ExportProgress } from './ExportProgress';
import { ImportSettingsChoice } from './ImportSettingsChoice';

function describeReport(report: ImportReport): string {
  const parts = (counts: Record<string, number>) =>
    Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([table, n]) => `${table.replace(/_/g, ' ')}: ${n}`)
      .join(', ');
  const added = parts(report.imported);
  const present = parts(report.alreadyPresent);
  return `Imported: ${added || 'nothing new'}.${present ? ` Already here and left as they were: ${present}.` : ''}`;
}

/** Everything as JSON (which Knotbook can import again) or as CSV files, and importing JSON. */
export function ExportSection({ onNotice }: { onNotice: (message: string) => void }) {
  const { showError, clear } = useAlert();
  const [working, setWorking] = useState(false);
  /** How far the export under way has come (null before the first count); undefined when none runs. */
  const [progress, setProgress] = useState<ExportFileProgress | null | undefined>(undefined);
  /** The file just imported, while the therapist chooses about the settings that differ. */
  const [choice, setChoice] = useState<{ file: File | null; differences: SettingDifference[] } | null>(null);
  const throughDialog = importsThroughDialog();

  const exportAll = async (format: 'json' | 'csv') => {
    clear();
    setWorking(true);
    setProgress(null);
    try {
      const saved = await exportEverything(format, setProgress);
      if (saved) onNotice(`Exported everything as ${saved.fileName}.`);
    } catch (error) {
      showError(error);
    } finally {
      setProgress(undefined);
      setWorking(false);
    }
  };

  const importFile = async (file: File | null) => {
    clear();
    setChoice(null);
    setWorking(true);
    try {
      const imported = await importExport(file, 'keep');
      if (!imported) return;
      onNotice(describeReport(imported.report));
      if (imported.report.settingsDiffer.length > 0) setChoice({ file, differences: imported.report.settingsDiffer });
    } catch (error) {
      showError(error);
    } finally {
      setWorking(false);
    }
  };

  const takeFileSettings = async (file: File | null) => {
    clear();
    setWorking(true);
    try {
      if (await importExport(file, 'replace')) {
        setChoice(null);
        onNotice('Took the settings from the file.');
      }
    } catch (error) {
      showError(error);
    } finally {
      setWorking(false);
    }
  };

  const importHint = (
    <span className="field__hint">
      Records already here are left as they are; a record that differs from the one here stops the import, and then
      nothing is imported. Settings that differ are shown afterwards, for you to choose.
    </span>
  );

  return (
    <section className="card" aria-labelledby="export-heading">
      <h2 id="export-heading" className="card__heading">
        Export and import
      </h2>
      <p className="card__hint">
        To move your records to another program, or to keep them in a form anyone can read. JSON holds everything and
        Knotbook can import it again; CSV gives one spreadsheet file per kind of record, in a zip. One client’s record
        can be exported from their page.
      </p>
      <div className="data-actions">
        <button type="button" className="button" disabled={working} onClick={() => void exportAll('json')}>
          Export everything as JSON
        </button>
        <button type="button" className="button" disabled={working} onClick={() => void exportAll('csv')}>
          Export everything as CSV
        </button>
      </div>
      {progress !== undefined && <ExportProgress progress={progress} />}
      {throughDialog ? (
        <div className="field data-import">
          <span className="field__label">Import a Knotbook JSON export</span>
          {importHint}
          <div className="data-actions">
            <button type="button" className="button" disabled={working} onClick={() => void importFile(null)}>
              Import a Knotbook JSON export…
            </button>
          </div>
        </div>
      ) : (
        <label className="field data-import">
          <span className="field__label">Import a Knotbook JSON export</span>
          {importHint}
          <input
            type="file"
            accept="application/json,.json"
            disabled={working}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
      )}
      {choice && (
        <ImportSettingsChoice
          differences={choice.differences}
          working={working}
          onKeep={() => {
            setChoice(null);
            onNotice('Kept this computer’s settings.');
          }}
          onTake={() => void takeFileSettings(choice.file)}
        />
      )}
    </section>
  );
}
