/**
 * The only thing on screen while Knotbook is locked: the passphrase, and after repeated wrong
 * ones the wait before the next try, counted down in words with the Unlock button off meanwhile.
 */
import { useEffect, useRef, useState } from 'react';
import { api, errorMessage } from '../../api/client';
import { lockStore, useLockStatus } from './lock-store';
import { waitWords, withoutWait } from './lock-words';

const SECOND_MS = 1000;

/** Seconds left before the next try, counting down to 0 once a second. */
function useCountdown(initial: number): [number, (seconds: number) => void] {
  const [left, setLeft] = useState(initial);
  useEffect(() => {
    if (left <= 0) return;
    const timer = setTimeout(() => setLeft((seconds) => seconds - 1), SECOND_MS);
    return () => clearTimeout(timer);
  }, [left]);
  return [left, setLeft];
}

export function LockScreen() {
  const status = useLockStatus();
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState('');
  const [working, setWorking] = useState(false);
  // A wait can be running already: Knotbook keeps counting wrong passphrases across restarts.
  const [wait, setWait] = useCountdown(status?.waitSeconds ?? 0);
  const input = useRef<HTMLInputElement>(null);

  const unlock = async () => {
    setWorking(true);
    try {
      lockStore.set(await api.call('lock.unlock', { passphrase }));
    } catch (error) {
      setProblem(withoutWait(errorMessage(error)));
      setPassphrase('');
      // The wait as Knotbook counts it; the screen says it, counting down.
      const now = await api.call('lock.status', {}).catch(() => null);
      setWait(now?.waitSeconds ?? 0);
      setWorking(false);
      input.current?.focus(); // ready for the next try (the button was turned off meanwhile)
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
            ref={input}
            type="password"
            autoComplete="current-password"
            // The one thing to do on this screen.
            autoFocus
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
          />
        </label>
        <button
          type="submit"
          className="button button--primary"
          disabled={working || wait > 0 || passphrase === ''}
          aria-describedby={wait > 0 ? 'lock-wait' : undefined}
        >
          Unlock
        </button>
      </form>
      <p role="alert" className="field__error">
        {problem}
      </p>
      {/* A timer is not read out at every tick; the alert above said what went wrong. */}
      {wait > 0 && (
        <p id="lock-wait" role="timer" className="lock-screen__wait">
          {waitWords(wait)}
        </p>
      )}
    </section>
  );
}
