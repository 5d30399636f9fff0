/**
 * Shows the page only while Knotbook is unlocked. With a lock set, the app opens locked, locks
 * itself after the chosen idle minutes (no key, click, touch or scroll), and locks at once when
 * the API says it is locked; while locked, nothing of the records is in the page.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { api, onLocked } from '../../api/client';
import { Loading } from '../Loading';
import { lockStore, useLockStatus } from './lock-store';
import { LockScreen } from './LockScreen';
import './lock.css';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
const CHECK_EVERY_MS = 10_000;

function useIdleLock(idleMinutes: number | null, locked: boolean): void {
  useEffect(() => {
    if (idleMinutes === null || locked) return;
    let last = Date.now();
    const seen = () => (last = Date.now());
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, seen, { capture: true, passive: true });
    const timer = setInterval(() => {
      if (Date.now() - last < idleMinutes * 60_000) return;
      void api.call('lock.lock', {}).then(lockStore.set, () => undefined);
    }, CHECK_EVERY_MS);
    return () => {
      clearInterval(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, seen, { capture: true });
    };
  }, [idleMinutes, locked]);
}

export function LockGate({ children }: { children: ReactNode }) {
  const status = useLockStatus();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    void api.call('lock.status', {}).then(lockStore.set, () => setFailed(true));
    return onLocked(() => {
      const known = lockStore.get();
      lockStore.set({ enabled: true, locked: true, idleMinutes: known?.idleMinutes ?? null, waitSeconds: 0 });
    });
  }, []);
  useIdleLock(status?.enabled ? status.idleMinutes : null, status?.locked ?? false);

  // If the lock could not be asked about, the API still refuses everything while locked.
  if (status === null && !failed) return <Loading label="Opening Knotbook…" />;
  if (status?.locked) return <LockScreen />;
  return children;
}
