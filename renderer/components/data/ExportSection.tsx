/** The export and import part of the Backups page. */
import { useState } from 'react';
import type { ImportReport, SettingDifference } from '../../../db/api/contract';
import { api } from '../../api/client';
import { useAlert } from '../../app/alert';
import { downloadExport } from './download';
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
  /** The file just imported, while the therapist chooses about the settings that differ. */
  const [choice, setChoice] = useState<{ text: string; differences: SettingDifference[] } | null>(null);

  const exportAll = async (format: 'json' | 'csv') => {
    clear();
    setWorking(true);
    try {
      const file = await api.call('export.all', { format });
      downloadExport(file);
      onNotice(`Exported everything as ${file.fileName}.`);
    } catch (error) {
      showError(error);
    } finally {
      setWorking(false);
    }
  };

  const importFile = async (file: File) => {
    clear();
    setChoice(null);
    setWorking(true);
    try {
      const text = await file.text();
      const report = await api.call('import.json', { text });
      onNotice(describeReport(report));
      if (report.settingsDiffer.length > 0) setChoice({ text, differences: report.settingsDiffer });
    } catch (error) {
      showError(error);
    } finally {
      setWorking(false);
    }
  };

  const takeFileSettings = async (text: string) => {
    clear();
    setWorking(true);
    try {
      await api.call('import.json', { text, settings: 'replace' });
      setChoice(null);
      onNotice('Took the settings from the file.');
    } catch (error) {
      showError(error);
    } finally {
      setWorking(false);
    }
  };

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
      <label className="field data-import">
        <span className="field__label">Import a Knotbook JSON export</span>
        <span className="field__hint">
          Records already here are left as they are; a record that differs from the one here stops the import, and then
          nothing is imported. Settings that differ are shown afterwards, for you to choose.
        </span>
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
      {choice && (
        <ImportSettingsChoice
          differences={choice.differences}
          working={working}
          onKeep={() => {
            setChoice(null);
            onNotice('Kept this computer’s settings.');
          }}
          onTake={() => void takeFileSettings(choice.text)}
        />
      )}
    </section>
  );
}
