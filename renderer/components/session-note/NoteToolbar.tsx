import { BackLink } from '../BackLink';

interface Props {
  sessionId: string;
  /** True in the desktop app, where Export PDF saves a file itself. */
  desktop: boolean;
  exporting: boolean;
  /** "Saved as …" after an export. */
  notice: string | null;
  onPrint: () => void;
  onExport: () => void;
}

/** On screen only: back to the session, print, export as PDF. */
export function NoteToolbar({ sessionId, desktop, exporting, notice, onPrint, onExport }: Props) {
  return (
    <div className="note-toolbar">
      <BackLink href={`/sessions/${sessionId}`}>Back to session</BackLink>
      <div className="note-toolbar__actions">
        <button type="button" className="button" onClick={onPrint}>
          Print
        </button>
        <button type="button" className="button button--primary" onClick={onExport} disabled={exporting}>
          {exporting ? 'Exporting PDF…' : 'Export PDF'}
        </button>
      </div>
      {!desktop && <p className="note-toolbar__hint">Choose Save as PDF in the print dialog.</p>}
      <p role="status" className="note-toolbar__status">
        {notice}
      </p>
    </div>
  );
}
