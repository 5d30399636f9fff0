import { useState } from 'react';
import { api, errorMessage } from '../../api/client';
import { lockStore } from './lock-store';

/** The only thing on screen while Knotbook is locked. */
export function LockScreen() {
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState('');
  const [working, setWorking] = useState(false);

  const unlock = async () => {
    setWorking(true);
    try {
      lockStore.set(await api.call('lock.unlock', { passphrase }));
    } catch (error) {
      setProblem(errorMessage(error));
      setPassphrase('');
      setWorking(false);
    }
  };

  return (
    <section className="lock-screen" aria-labelledby="lock-heading">
      <svg className="lock-screen__icon" viewBox="0 0 24 24" aria-hidden="true">
        <rect x="5" y="10.5" width="14" height="10" rx="2" />
        <path d="M8 10.5V8a4 4 0 0 1 8 0v2.5" />
      </svg>
      <h1 id="lock-heading">Knotbook is locked</h1>
      <p>Client records are hidden. Enter your passphrase to go on.</p>
      <form
        className="lock-screen__form"
        onSubmit={(event) => {
          event.preventDefault();
          void unlock();
        }}
      >
        <label className="field">
          <span className="field__label">Passphrase</span>
          <input
            type="password"
            autoComplete="current-password"
            // The one thing to do on this screen.
            autoFocus
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
          />
        </label>
        <button type="submit" className="button button--primary" disabled={working || passphrase === ''}>
          Unlock
        </button>
      </form>
      <p role="alert" className="field__error">
        {problem}
      </p>
    </section>
  );
}
