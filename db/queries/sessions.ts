import type { Database } from 'better-sqlite3';
import type { Session } from '../api/contract';
import { AppError, notFound } from '../errors';
import { newId, nowIso } from '../ids';
import { appendAudit } from './audit-log';
import { getClient } from './clients';

interface SessionRow {
  id: string;
  client_id: string;
  started_at: string;
  duration_minutes: number;
  subjective: string;
  objective: string;
  assessment: string;
  plan: string;
  pain_before: number | null;
  pain_after: number | null;
  status: Session['status'];
  signed_by: string | null;
  signed_at: string | null;
  created_at: string;
  updated_at: string;
}

export const DEFAULT_SESSION_MINUTES = 60;

function toModel(row: SessionRow): Session {
  return {
    id: row.id,
    clientId: row.client_id,
    startedAt: row.started_at,
    durationMinutes: row.duration_minutes,
    subjective: row.subjective,
    objective: row.objective,
    assessment: row.assessment,
    plan: row.plan,
    painBefore: row.pain_before,
    painAfter: row.pain_after,
    status: row.status,
    signedBy: row.signed_by,
    signedAt: row.signed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getSession(db: Database, id: string): Session {
  const row = db.prepare('SELECT * FROM sessions WHERE id = ?').get(id) as SessionRow | undefined;
  if (!row) throw notFound('session');
  return toModel(row);
}

/**
 * The one guard for writes to a session's record: a signed session is locked, and a correction
 * is made as an amendment. Returns the session, so callers can audit against its client.
 */
export function assertSessionEditable(db: Database, sessionId: string): Session {
  const session = getSession(db, sessionId);
  if (session.status === 'signed') {
    throw new AppError('read_only', 'This session is signed and cannot be changed. Add an amendment instead.');
  }
  return session;
}

/** A client's sessions, newest first. */
export function listSessionsForClient(db: Database, clientId: string): Session[] {
  getClient(db, clientId);
  const rows = db
    .prepare('SELECT * FROM sessions WHERE client_id = ? ORDER BY started_at DESC, id DESC')
    .all(clientId) as SessionRow[];
  return rows.map(toModel);
}

export function createSession(
  db: Database,
  actor: string,
  values: { clientId: string; startedAt?: string | undefined; durationMinutes?: number | undefined },
): Session {
  return db.transaction(() => {
    getClient(db, values.clientId);
    const id = newId();
    const now = nowIso();
    const startedAt = values.startedAt ? new Date(values.startedAt).toISOString() : now;
    db.prepare(
      `INSERT INTO sessions (id, client_id, started_at, duration_minutes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(id, values.clientId, startedAt, values.durationMinutes ?? DEFAULT_SESSION_MINUTES, now, now);
    appendAudit(db, { actor, action: 'create', entity: 'session', entityId: id, clientId: values.clientId });
    return getSession(db, id);
  })();
}
