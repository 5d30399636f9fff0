import type { SessionDraft } from './useSessionDraft';

const words = { saved: 'All changes saved', saving: 'Saving…', error: 'Not saved' } as const;

/** "All changes saved" / "Saving…" / "Not saved", with the reason when a value was refused. */
export function DraftSaveStatus({ draft }: { draft: Pick<SessionDraft, 'status' | 'error' | 'invalid'> }) {
  return (
    <p role="status" className={`draft-status draft-status--${draft.status}`}>
      <span className="draft-status__state">{words[draft.status]}</span>
      {draft.invalid && draft.error && <span className="draft-status__reason">{draft.error}</span>}
    </p>
  );
}
