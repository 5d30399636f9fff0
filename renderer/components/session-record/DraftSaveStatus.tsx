import type { SessionDraft } from './useSessionDraft';

const words = { saved: 'Note saved', saving: 'Saving note…', error: 'Note not saved' } as const;

/**
 * "Note saved" / "Saving note…" / "Note not saved", with the reason when a value was refused.
 * (The chart has its own status.) A span, so it can sit inside a line of text.
 */
export function DraftSaveStatus({ draft }: { draft: Pick<SessionDraft, 'status' | 'error' | 'invalid'> }) {
  return (
    <span role="status" className={`draft-status draft-status--${draft.status}`}>
      <span className="draft-status__state">{words[draft.status]}</span>
      {draft.invalid && draft.error && <span className="draft-status__reason">{draft.error}</span>}
    </span>
  );
}
