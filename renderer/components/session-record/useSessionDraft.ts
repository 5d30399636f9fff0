/**
 * The session being edited on the session page, saved as the therapist works (see
 * draft-queue.ts for how). Waiting edits are sent when a field loses focus (call `flush`), when
 * the page is hidden or left, and when the page unmounts. Failures other than a refused value
 * also go to the alert region.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Session } from '../../../db/api/contract';
import { api, ApiError } from '../../api/client';
import { useAlert } from '../../app/alert';
import { SessionDraftQueue, type DraftStatus, type SessionEdit } from './draft-queue';

export interface SessionDraft {
  /** The session as the therapist sees it, with every edit applied. */
  session: Session;
  /** True while the session is a draft; false once it is signed. */
  editable: boolean;
  /** Applies an edit at once (give a function to build it from the current values). */
  update: (edit: SessionEdit | ((current: Session) => SessionEdit)) => void;
  status: DraftStatus;
  /** Why the last save failed; null when nothing failed. */
  error: string | null;
  /** The server refused a value: show `error` beside the status. */
  invalid: boolean;
  /** Sends waiting edits now; true once everything is saved (call before signing). */
  flush: () => Promise<boolean>;
  /** Starts over from a session the server gave, e.g. the signed one. */
  replace: (session: Session) => void;
}

function makeQueue(initial: Session): SessionDraftQueue {
  return new SessionDraftQueue(initial, {
    send: (changes) => api.call('sessions.update', { id: initial.id, ...changes }),
  });
}

export function useSessionDraft(initial: Session): SessionDraft {
  const [queue, setQueue] = useState(() => makeQueue(initial));
  // Another session opened in the same page: start a new draft (the old one flushes on cleanup).
  if (queue.sessionId !== initial.id) setQueue(makeQueue(initial));

  const { showError } = useAlert();
  useEffect(
    () =>
      queue.setErrorHandler((error) => {
        showError(error);
        // Signed meanwhile (another window): show it as it now is, locked.
        if (error instanceof ApiError && error.code === 'read_only') {
          void api.call('sessions.get', { id: queue.sessionId }).then((latest) => queue.replace(latest), showError);
        }
      }),
    [queue, showError],
  );

  useEffect(() => {
    const send = () => void queue.flush();
    window.addEventListener('pagehide', send);
    window.addEventListener('beforeunload', send);
    return () => {
      window.removeEventListener('pagehide', send);
      window.removeEventListener('beforeunload', send);
      send();
    };
  }, [queue]);

  const snapshot = useSyncExternalStore(queue.subscribe, queue.getSnapshot);
  const update = useCallback((edit: SessionEdit | ((current: Session) => SessionEdit)) => queue.update(edit), [queue]);
  const flush = useCallback(() => queue.flush(), [queue]);
  const replace = useCallback((session: Session) => queue.replace(session), [queue]);

  return useMemo(
    () => ({
      session: snapshot.session,
      editable: snapshot.session.status === 'draft',
      update,
      status: snapshot.status,
      error: snapshot.error,
      invalid: snapshot.invalid,
      flush,
      replace,
    }),
    [snapshot, update, flush, replace],
  );
}
