import { useState } from 'react';
import { api } from '../../api/client';
import { useAlert } from '../../app/alert';
import { lockStore, useLockStatus } from '../lock/lock-store';
import { PassphraseFields, passphraseProblem } from '../PassphraseFields';

const IDLE_CHOICES = [2, 5, 10, 15, 30, 60];

/**
 * The optional app lock: a passphrase, and the minutes without use after which Knotbook hides
 * client records until it is entered again.
 */
export function AppLockSection({ onNotice }: { onNotice: (message: string) => void }) {
  const status = useLockStatus();
  const { showError, clear } = useAlert();
  const enabled = status?.enabled ?? false;
  const [current, setCurrent] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [idleMinutes, setIdleMinutes] = useState(status?.idleMinutes ?? 5);
  const [problem, setProblem] = useState('');

  const reset = () => {
    setCurrent('');
    setPassphrase('');
    setRepeat('');
    setProblem('');
  };

  const save = async () => {
    clear();
    const wrong = passphraseProblem(passphrase, repeat);
    setProblem(wrong);
    if (wrong) return;
    try {
      lockStore.set(
        await api.call('lock.set', { passphrase, idleMinutes, ...(enabled ? { currentPassphrase: current } : {}) }),
      );
      reset();
      onNotice(`The lock is on: Knotbook locks itself after ${idleMinutes} minutes without use.`);
    } catch (error) {
      showError(error);
    }
  };

  const remove = async () => {
    clear();
    try {
      lockStore.set(await api.call('lock.remove', { passphrase: current }));
      reset();
      onNotice('The lock is off.');
    } catch (error) {
      showError(error);
    }
  };

  return (
    <section className="card lock-settings-card" aria-labelledby="lock-settings-heading">
      <div className="card__head">
        <h2 id="lock-settings-heading" className="card__heading">
          App lock
        </h2>
        {enabled && (
          <button
            type="button"
            className="button"
            onClick={() => void api.call('lock.lock', {}).then(lockStore.set, showError)}
          >
            Lock now
          </button>
        )}
      </div>
      <p className="card__hint">
        {enabled
          ? `The lock is on. Knotbook asks for the passphrase when it starts and after ${status?.idleMinutes ?? idleMinutes} minutes without use.`
          : 'Hide client records when you step away: Knotbook asks for a passphrase when it starts and after some minutes without use.'}{' '}
        A forgotten passphrase cannot be recovered, so keep it somewhere safe.
      </p>
      <form
        className="lock-settings"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {enabled && (
          <label className="field">
            <span className="field__label">Current passphrase</span>
            <input
              type="password"
              autoComplete="current-password"
              value={current}
              onChange={(event) => setCurrent(event.target.value)}
            />
          </label>
        )}
        <PassphraseFields
          label={enabled ? 'New passphrase' : 'Passphrase'}
          passphrase={passphrase}
          repeat={repeat}
          onPassphrase={setPassphrase}
          onRepeat={setRepeat}
        />
        <label className="field">
          <span className="field__label">Lock after</span>
          <select value={idleMinutes} onChange={(event) => setIdleMinutes(Number(event.target.value))}>
            {IDLE_CHOICES.map((minutes) => (
              <option key={minutes} value={minutes}>
                {minutes} minutes without use
              </option>
            ))}
          </select>
        </label>
        <div className="lock-settings__actions">
          <button type="submit" className="button button--primary">
            {enabled ? 'Change the lock' : 'Turn on the lock'}
          </button>
          {enabled && (
            <button type="button" className="button" onClick={() => void remove()}>
              Turn off the lock
            </button>
          )}
        </div>
      </form>
      {problem && (
        <p role="alert" className="field__error">
          {problem}
        </p>
      )}
    </section>
  );
}
