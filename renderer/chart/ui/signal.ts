/**
 * A value with listeners, kept outside React, for state that changes many times a second and is
 * shown in one or two small places: the view transform (wheel, pinch and pan change it; the
 * canvas redraws itself and the zoom label re-renders, nothing else) and the save status.
 */
import { useSyncExternalStore } from 'react';

export class Signal<T> {
  private readonly listeners = new Set<() => void>();
  constructor(private value: T) {}

  readonly get = (): T => this.value;

  readonly set = (next: T): void => {
    if (Object.is(next, this.value)) return;
    this.value = next;
    for (const listener of this.listeners) listener();
  };

  readonly update = (change: (value: T) => T): void => this.set(change(this.value));

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

/** Re-renders the calling component when `select(signal value)` changes. */
export function useSignal<T, R = T>(signal: Signal<T>, select: (value: T) => R = (v) => v as unknown as R): R {
  return useSyncExternalStore(signal.subscribe, () => select(signal.get()));
}
