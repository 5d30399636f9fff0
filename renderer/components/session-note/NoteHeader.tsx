import type { Client, Session, Settings } from '../../../db/api/contract';
import { formatBirthDate, formatDateTime, formatDuration } from '../../lib/format';
import { PracticeLetterhead } from '../printing/PracticeLetterhead';
import { PrintedName } from '../printing/PrintedText';

/** The practice's letterhead, then whose note this is and when the session took place. */
export function NoteHeader({ settings, client, session }: { settings: Settings; client: Client; session: Session }) {
  const born = formatBirthDate(client.dateOfBirth, new Date(session.startedAt));
  return (
    <header className="note-header">
      <PracticeLetterhead practice={settings.practice} practitioner={settings.practitioner} />
      <h1 className="note-title">Session note</h1>
      <dl className="note-facts">
        <div>
          <dt>Client</dt>
          <dd className="note-facts__client">
            <PrintedName name={client} />
          </dd>
        </div>
        <div>
          <dt>Date of birth</dt>
          <dd>{born || 'Not recorded'}</dd>
        </div>
        <div>
          <dt>Session</dt>
          <dd>
            <time dateTime={session.startedAt}>{formatDateTime(session.startedAt)}</time>
          </dd>
        </div>
        <div>
          <dt>Duration</dt>
          <dd>{formatDuration(session.durationMinutes)}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd className={session.status === 'draft' ? 'note-facts__draft' : undefined}>
            {session.status === 'signed' ? 'Signed' : 'Draft — not signed'}
          </dd>
        </div>
      </dl>
    </header>
  );
}
