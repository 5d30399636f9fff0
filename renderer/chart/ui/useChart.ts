/**
 * Loads a session's chart into a ChartModel and keeps it saved: the ChartSaver sends every
 * finished edit within a fraction of a second, and pending edits are flushed when the window
 * loses focus or is hidden, when the session page is left, and when the app quits.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { v7 as uuidv7 } from 'uuid';
import { api } from '../../api/client';
import { appArtwork as artwork } from '../artwork/app-port';
import { ChartModel, ChartSaver, type SaveStatus } from '../model';
import { Signal } from './signal';

type Loaded = { model: ChartModel; saver: ChartSaver };

export function useChart(sessionId: string) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // The save status changes twice per save: only the status line listens (see ChartStatusBar).
  const [status] = useState(() => new Signal<SaveStatus>({ state: 'saved' }));

  const open = useCallback(async (): Promise<Loaded> => {
    const snapshot = await api.call('chart.get', { sessionId });
    const model = new ChartModel(snapshot, { artwork, newId: uuidv7 });
    // delayMs 0: each finished edit is sent at once (edits made during a save go in the next one).
    const saver = new ChartSaver({
      model,
      save: (input) => api.call('chart.save', input),
      onStatus: status.set,
      delayMs: 0,
    });
    return { model, saver };
  }, [sessionId, status]);

  const show = useCallback(
    (opened: Promise<Loaded>, isCurrent: () => boolean = () => true) => {
      opened.then(
        (next) => {
          if (!isCurrent()) return next.saver.dispose();
          status.set({ state: 'saved' });
          setLoadError(null);
          setLoaded(next);
        },
        (error: unknown) => isCurrent() && setLoadError((error as Error).message),
      );
    },
    [status],
  );

  useEffect(() => {
    let current = true;
    show(open(), () => current);
    return () => {
      current = false;
    };
  }, [open, show]);

  const reload = useCallback(() => show(open()), [open, show]);

  useEffect(() => {
    if (!loaded) return;
    // A failed flush has already been reported through onStatus.
    const flush = () => void loaded.saver.flush().catch(() => undefined);
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('blur', flush);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('blur', flush);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      // Leaving the session page: send what is pending, then stop listening to the model.
      void loaded.saver
        .flush()
        .catch(() => undefined)
        .finally(() => loaded.saver.dispose());
    };
  }, [loaded]);

  // While a mark is being dragged Konva moves it by itself: the page re-renders once, at the drop.
  const settled = useRef(0);
  const revision = useSyncExternalStore(loaded?.model.subscribe ?? noSubscribe, () => {
    const model = loaded?.model;
    if (model && model.draggingId === null) settled.current = model.getVersion();
    return model ? settled.current : 0;
  });

  return { model: loaded?.model ?? null, saver: loaded?.saver ?? null, revision, status, loadError, reload };
}

const noSubscribe = () => () => undefined;
