/**
 * Loads one operation's result for a page. Errors are reported to the alert region and also
 * returned, so the page can show what it could not load. Pass `null` as input to wait (for
 * example until another query has given an id).
 */
import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { OpInput, OpName, OpResult } from '../../db/api/contract';
import { api } from '../api/client';
import { useAlert } from '../app/alert';

interface Loaded<T> {
  key: string;
  version: number;
  data?: T;
  error?: unknown;
}

export interface Query<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
  /** Replace the data after a change made on this page (for example archiving). */
  setData: (data: T) => void;
}

export function useApiQuery<K extends OpName>(op: K, input: OpInput<K> | null): Query<OpResult<K>> {
  const { showError } = useAlert();
  const inputJson = input === null ? null : JSON.stringify(input);
  const key = `${op}:${inputJson ?? ''}`;
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<OpResult<K>> | null>(null);
  const report = useEffectEvent((error: unknown) => showError(error));

  useEffect(() => {
    if (inputJson === null) return;
    let live = true;
    api.call(op, JSON.parse(inputJson) as OpInput<K>).then(
      (data) => {
        if (live) setLoaded({ key, version, data });
      },
      (error: unknown) => {
        if (!live) return;
        setLoaded({ key, version, error });
        report(error);
      },
    );
    return () => {
      live = false;
    };
  }, [op, inputJson, key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const setData = useCallback(
    (data: OpResult<K>) => setLoaded((prev) => (prev ? { ...prev, data, error: undefined } : prev)),
    [],
  );

  const current = loaded?.key === key ? loaded : null;
  return {
    data: current?.data,
    error: current?.error,
    loading: inputJson !== null && (current === null || current.version !== version),
    reload,
    setData,
  };
}
