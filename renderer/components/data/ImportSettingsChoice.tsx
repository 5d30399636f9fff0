import type { SettingDifference } from '../../../db/api/contract';

interface Props {
  differences: readonly SettingDifference[];
  working: boolean;
  onKeep: () => void;
  onTake: () => void;
}

/**
 * After an import whose settings differ from this computer's: the records are in, and the
 * therapist chooses, setting by setting shown side by side, to keep this computer's settings or
 * take the file's.
 */
export function ImportSettingsChoice({ differences, working, onKeep, onTake }: Props) {
  return (
    <section className="restore-panel" aria-labelledby="import-settings-heading">
      <h3 id="import-settings-heading" className="restore-panel__heading">
        Some settings in the file differ from this computer’s
      </h3>
      <p>The records were imported. For these settings, this computer’s are kept unless you take the file’s instead.</p>
      <table className="data-table import-settings">
        <thead>
          <tr>
            <th scope="col">Setting</th>
            <th scope="col">On this computer</th>
            <th scope="col">In the file</th>
          </tr>
        </thead>
        <tbody>
          {differences.map((d) => (
            <tr key={d.what}>
              <td>{d.what}</td>
              <td>{d.here}</td>
              <td>{d.inFile}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="restore-panel__actions">
        <button type="button" className="button" disabled={working} onClick={onKeep}>
          Keep this computer’s settings
        </button>
        <button type="button" className="button" disabled={working} onClick={onTake}>
          Take the file’s settings
        </button>
      </div>
    </section>
  );
}
