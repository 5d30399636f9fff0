import { useState } from 'react';
import { api } from '../../api/client';
import { useAlert } from '../../app/alert';
import { PassphraseFields, passphraseProblem } from '../PassphraseFields';
import { formatBytes } from './labels';

/** An encrypted backup to carry away: readable only with the passphrase chosen here. */
export function EncryptedBackupSection({ onNotice, onMade }: { onNotice: (m: string) => void; onMade: () => void }) {
  const { showError, clear } = useAlert();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState('');
  const [working, setWorking] = useState(false);

  const make = async () => {
    clear();
    const wrong = passphraseProblem(passphrase, repeat);
    setProblem(wrong);
    if (wrong) return;
    setWorking(true);
    try {
      const made = await api.call('backups.createEncrypted', { passphrase });
      setPassphrase('');
      setRepeat('');
      onNotice(
        `Encrypted backup made: ${made.name} (${formatBytes(made.bytes)}). Keep the passphrase safe: without it the backup cannot be opened.`,
      );
      onMade();
    } catch (error) {
      showError(error);
    } finally {
      setWorking(false);
    }
  };

  return (
    <section className="card" aria-labelledby="encrypted-heading">
      <h2 id="encrypted-heading" className="card__heading">
        Encrypted backup
      </h2>
      <p className="card__hint">
        For a copy that leaves this computer (a USB stick, another office): it is locked with a passphrase, and nobody
        can read it without that passphrase — not even Knotbook. It is saved in the backups folder.
      </p>
      <form
        className="data-form"
        onSubmit={(event) => {
          event.preventDefault();
          void make();
        }}
      >
        <PassphraseFields passphrase={passphrase} repeat={repeat} onPassphrase={setPassphrase} onRepeat={setRepeat} />
        <button type="submit" className="button" disabled={working}>
          {working ? 'Encrypting…' : 'Make encrypted backup'}
        </button>
      </form>
      {problem && (
        <p role="alert" className="field__error">
          {problem}
        </p>
      )}
    </section>
  );
}
