/**
 * Amendments: dated corrections to a session that keep the original visible. They are the way to
 * correct a signed session, so they are allowed whatever the session's status. Once signed, an
 * amendment is locked too.
 */
import type { Database } from 'better-sqlite3';
import type { Amendment } from '../api/contract';
import { AppError, notFound } from '../errors';
import { newId, nowIso } from '../ids';
import { appendAudit } from './audit-log';
import { getSession } from './sessions';

interface AmendmentRow {
  id: string;
  session_id: string;
  reason: string;
  body: string;
  created_at: string;
  signed_by: string | null;
  signed_at: string | null;
}

export type NewAmendment = Pick<Amendment, 'sessionId' | 'reason' | 'body'>;

function toModel(row: AmendmentRow): Amendment {
  return {
    id: row.id,
    sessionId: row.session_id,
    reason: row.reason,
    body: row.body,
    createdAt: row.created_at,
    signedBy: row.signed_by,
    signedAt: row.signed_at,
  };
}

export function getAmendment(db: Database, id: string): Amendment {
  const row = db.prepare('SELECT * FROM amendments WHERE id = ?').get(id) as AmendmentRow | undefined;
  if (!row) throw notFound('amendment');
  return toModel(row);
}

/** A session's amendments, oldest first. */
export function listAmendmentsForSession(db: Database, sessionId: string): Amendment[] {
  getSession(db, sessionId);
  const rows = db
    .prepare('SELECT * FROM amendments WHERE session_id = ? ORDER BY created_at, id')
    .all(sessionId) as AmendmentRow[];
  return rows.map(toModel);
}

export function addAmendment(db: Database, actor: string, values: NewAmendment): Amendment {
  return db.transaction(() => {
    const { clientId } = getSession(db, values.sessionId);
    const reason = values.reason.trim();
    if (reason === '') throw new AppError('invalid_input', 'An amendment needs a reason.');
    const id = newId();
    db.prepare('INSERT INTO amendments (id, session_id, reason, body, created_at) VALUES (?, ?, ?, ?, ?)').run(
      id,
      values.sessionId,
      reason,
      values.body,
      nowIso(),
    );
    appendAudit(db, {
      actor,
      action: 'amend',
      entity: 'amendment',
      entityId: id,
      clientId,
      changes: ['reason', 'body'],
    });
    return getAmendment(db, id);
  })();
}

/** Signs an amendment as `signedBy`, now. A signed amendment cannot be signed again. */
export function signAmendment(db: Database, actor: string, id: string, signedBy: string): Amendment {
  return db.transaction(() => {
    const before = getAmendment(db, id);
    const { clientId } = getSession(db, before.sessionId);
    if (before.signedAt) {
      throw new AppError('read_only', 'This amendment is already signed and cannot be signed again.');
    }
    const name = signedBy.trim();
    if (name === '') {
      throw new AppError(
        'invalid_input',
        'Add your name under Settings, Practitioner, before signing. It is printed with your signature.',
      );
    }
    db.prepare('UPDATE amendments SET signed_by = ?, signed_at = ? WHERE id = ?').run(name, nowIso(), id);
    const changes = ['signedBy', 'signedAt'];
    appendAudit(db, { actor, action: 'sign', entity: 'amendment', entityId: id, clientId, changes });
    return getAmendment(db, id);
  })();
}
