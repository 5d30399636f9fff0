import { useState } from 'react';
import type { BackupContents, BackupInfo } from '../../../db/api/contract';
import { api } from '../../api/client';
import { useAlert } from '../../app/alert';
import { formatDateTime } from '../../lib/format';
import { BACKUP_KIND_LABEL } from './labels';

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

interface Props {
  backup: BackupInfo;
  onCancel: () => void;
  onRestored: (message: string) => void;
}

/**
 * Restoring one backup: first what it holds (and, for an encrypted one, its passphrase), then a
 * plain confirmation that says what happens to the records as they are now.
 */
export function RestorePanel({ backup, onCancel, onRestored }: Props) {
  const { showError, clear } = useAlert();
  const encrypted = backup.kind === 'encrypted';
  const [passphrase, setPassphrase] = useState('');
  const [contents, setContents] = useState<BackupContents | null>(null);
  const [working, setWorking] = useState(false);
  const secret = encrypted ? { passphrase } : {};

  const look = async () => {
    clear();
    setWorking(true);
    try {
      setContents(await api.call('backups.inspect', { name: backup.name, ...secret }));
    } catch (error) {
      showError(error);
    } finally {
      setWorking(false);
    }
  };

  const restore = async () => {
    clear();
    setWorking(true);
    try {
      const done = await api.call('backups.restore', { name: backup.name, ...secret });
      onRestored(
        `Restored the backup of ${formatDateTime(backup.at)}: ${count(done.clients, 'client')}, ${count(done.sessions, 'session')}.` +
          (done.safetyCopy ? ` Your records as they were just before are kept as ${done.safetyCopy}.` : ''),
      );
    } catch (error) {
      showError(error);
      setWorking(false);
    }
  };

  return (
    <section className="restore-panel" aria-labelledby="restore-heading">
      <h3 id="restore-heading" className="restore-panel__heading">
        Restore the backup of {formatDateTime(backup.at)} ({BACKUP_KIND_LABEL[backup.kind].toLowerCase()})
      </h3>
      {contents === null ? (
        <form
          className="restore-panel__form"
          onSubmit={(event) => {
            event.preventDefault();
            void look();
          }}
        >
          {encrypted && (
            <label className="field">
              <span className="field__label">Passphrase of this backup</span>
              <input
                type="password"
                autoComplete="off"
                value={passphrase}
                onChange={(event) => setPassphrase(event.target.value)}
              />
            </label>
          )}
          <div className="restore-panel__actions">
            <button type="submit" className="button" disabled={working}>
              Check this backup
            </button>
            <button type="button" className="button button--quiet" onClick={onCancel}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <p>
            It holds {count(contents.clients, 'client')} and {count(contents.sessions, 'session')}
            {contents.lastChangeAt ? `; its last change was made ${formatDateTime(contents.lastChangeAt)}` : ''}.
          </p>
          <p>
            Restoring replaces every record in Knotbook with this backup. Knotbook first keeps a checked copy of your
            records as they are now, in the backups folder, so you can go back.
          </p>
          <div className="restore-panel__actions">
            <button type="button" className="button button--danger" disabled={working} onClick={() => void restore()}>
              Restore this backup
            </button>
            <button type="button" className="button button--quiet" onClick={onCancel}>
              Cancel
            </button>
          </div>
        </>
      )}
    </section>
  );
}
