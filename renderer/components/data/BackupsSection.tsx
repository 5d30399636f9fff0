import { useState } from 'react';
import type { BackupInfo } from '../../../db/api/contract';
import { api, ApiError } from '../../api/client';
import { useAlert } from '../../app/alert';
import { useApiQuery } from '../../hooks/useApiQuery';
import { formatDateTime } from '../../lib/format';
import { EmptyState } from '../EmptyState';
import { Loading } from '../Loading';
import { BACKUP_KIND_LABEL, formatBytes } from './labels';
import { RestorePanel } from './RestorePanel';

/** The backups folder: what is in it, a backup now, and restoring any of them. */
export function BackupsSection({ onNotice }: { onNotice: (message: string) => void }) {
  const list = useApiQuery('backups.list', {});
  const { showError, clear } = useAlert();
  const [working, setWorking] = useState(false);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);

  const backUpNow = async () => {
    clear();
    setWorking(true);
    try {
      const made = await api.call('backups.create', {});
      onNotice(`Backup made and checked: ${made.name} (${formatBytes(made.bytes)}).`);
      list.reload();
    } catch (error) {
      showError(error);
    } finally {
      setWorking(false);
    }
  };

  // The desktop app can also save a backup where the therapist chooses, and restore one from
  // anywhere (electron/backup-dialogs.ts); the browser harness has the backups folder only.
  const desktop = window.knotbook;
  const saveAs = async () => {
    if (!desktop?.saveBackupAs) return;
    clear();
    setWorking(true);
    try {
      const saved = await desktop.saveBackupAs();
      if (saved.status === 'saved') onNotice(`Backup made and checked: ${saved.filePath}.`);
      if (saved.status === 'error') showError(new ApiError('internal', saved.message));
    } finally {
      setWorking(false);
    }
  };
  const restoreFromFile = async () => {
    if (!desktop?.chooseBackupFile) return;
    clear();
    const chosen = await desktop.chooseBackupFile();
    if (chosen.status === 'error') return showError(new ApiError('invalid_input', chosen.message));
    if (chosen.status !== 'chosen') return;
    list.reload();
    const kind = chosen.name.endsWith('.knbtbak') ? 'encrypted' : 'manual';
    setRestoring({ name: chosen.name, kind, at: new Date().toISOString(), bytes: 0 });
  };

  return (
    <section className="card" aria-labelledby="backups-heading">
      <div className="card__head">
        <h2 id="backups-heading" className="card__heading">
          Backups
        </h2>
        <span className="card__links">
          {desktop?.saveBackupAs && (
            <button type="button" className="button" disabled={working} onClick={() => void saveAs()}>
              Back up to a file…
            </button>
          )}
          {desktop?.chooseBackupFile && (
            <button type="button" className="button" onClick={() => void restoreFromFile()}>
              Restore from a file…
            </button>
          )}
          <button type="button" className="button button--primary" disabled={working} onClick={() => void backUpNow()}>
            {working ? 'Backing up…' : 'Back up now'}
          </button>
        </span>
      </div>
      <p className="card__hint">
        Knotbook backs up your records on the first start of each day and before every update, and checks each backup
        after writing it. It keeps the last 7 days, 4 weeks and 12 months.
        {list.data && (
          <>
            {' '}
            The backups are in <code className="data-path">{list.data.folder}</code>: copy that folder to another disk
            now and then.
          </>
        )}
      </p>
      {list.data ? (
        list.data.backups.length === 0 ? (
          <EmptyState title="No backups yet">The first one is made the next time Knotbook starts, or now.</EmptyState>
        ) : (
          <table className="data-table backups-table">
            <caption className="visually-hidden">Backups, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Made</th>
                <th scope="col">Kind</th>
                <th scope="col" className="numeric">
                  Size
                </th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.backups.map((backup) => (
                <tr key={backup.name}>
                  <td>
                    <time dateTime={backup.at}>{formatDateTime(backup.at)}</time>
                  </td>
                  <td>{BACKUP_KIND_LABEL[backup.kind]}</td>
                  <td className="numeric">{formatBytes(backup.bytes)}</td>
                  <td className="backups-table__actions">
                    <button
                      type="button"
                      className="button button--quiet"
                      aria-label={`Restore the backup of ${formatDateTime(backup.at)}`}
                      onClick={() => setRestoring(backup)}
                    >
                      Restore…
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : list.loading ? (
        <Loading label="Loading backups…" />
      ) : (
        <EmptyState title="The backups could not be listed" />
      )}
      {restoring && (
        <RestorePanel
          key={restoring.name}
          backup={restoring}
          onCancel={() => setRestoring(null)}
          onRestored={(message) => {
            setRestoring(null);
            onNotice(message);
            list.reload();
          }}
        />
      )}
    </section>
  );
}
