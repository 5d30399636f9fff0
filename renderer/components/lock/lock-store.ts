/**
 * The app lock as the page knows it: one small store the lock screen, the idle timer and the
 * settings read and update (useSyncExternalStore), so turning the lock on in Settings takes
 * effect at once everywhere.
 */
import { useSyncExternalStore } from 'react';
import type { AppLockStatus } from '../../../db/api/contract';

let current: AppLockStatus | null = null;
const listeners = new Set<() => void>();

export const lockStore = {
  get: (): AppLockStatus | null => current,
  set(status: AppLockStatus): void {
    current = status;
    for (const listener of listeners) listener();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useLockStatus(): AppLockStatus | null {
  return useSyncExternalStore(lockStore.subscribe, lockStore.get, lockStore.get);
}
