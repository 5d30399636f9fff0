/**
 * Handouts given to a client: when, and as print or PDF on which paper. Recording one is allowed
 * on a signed session too: giving the client their home care does not change the note.
 */
import type { Database } from 'better-sqlite3';
import type { Handout, HandoutContent } from '../api/contract';
import { notFound } from '../errors';
import { newId, nowIso } from '../ids';
import { appendAudit } from './audit-log';
import { getSession } from './sessions';

interface HandoutRow {
  id: string;
  session_id: string;
  given_at: string;
  format: Handout['format'];
  paper_size: Handout['paperSize'];
  file_name: string | null;
  content: string | null;
}

export type NewHandout = Pick<Handout, 'sessionId' | 'format' | 'paperSize'> & {
  /** The saved PDF's file name; none for a print. */
  fileName?: string | null | undefined;
  /** Now unless given (ISO-8601 with a zone). */
  givenAt?: string | undefined;
  /** What it showed (see handout-content.ts). */
  content?: HandoutContent | null | undefined;
};

function toModel(row: HandoutRow): Handout {
  return {
    id: row.id,
    sessionId: row.session_id,
    givenAt: row.given_at,
    format: row.format,
    paperSize: row.paper_size,
    fileName: row.file_name,
    content: row.content === null ? null : (JSON.parse(row.content) as HandoutContent),
  };
}

export function getHandout(db: Database, id: string): Handout {
  const row = db.prepare('SELECT * FROM handouts WHERE id = ?').get(id) as HandoutRow | undefined;
  if (!row) throw notFound('handout');
  return toModel(row);
}

/** The handouts given in a session, oldest first. */
export function listHandoutsForSession(db: Database, sessionId: string): Handout[] {
  getSession(db, sessionId);
  const rows = db
    .prepare('SELECT * FROM handouts WHERE session_id = ? ORDER BY given_at, id')
    .all(sessionId) as HandoutRow[];
  return rows.map(toModel);
}

export function recordHandout(db: Database, actor: string, values: NewHandout): Handout {
  return db.transaction(() => {
    const { clientId } = getSession(db, values.sessionId);
    const id = newId();
    const givenAt = values.givenAt ? new Date(values.givenAt).toISOString() : nowIso();
    db.prepare(
      `INSERT INTO handouts (id, session_id, given_at, format, paper_size, file_name, content)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      values.sessionId,
      givenAt,
      values.format,
      values.paperSize,
      values.fileName ?? null,
      values.content ? JSON.stringify(values.content) : null,
    );
    appendAudit(db, { actor, action: 'create', entity: 'handout', entityId: id, clientId });
    return getHandout(db, id);
  })();
}
