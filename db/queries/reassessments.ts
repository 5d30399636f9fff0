/**
 * Points carried from the previous visit to be re-assessed (table `reassessments`, filled when a
 * session is created). Still present = a live mark on the site in this session; resolved =
 * `resolved_at` set; otherwise waiting.
 */
import type { Database } from 'better-sqlite3';
import type { CarriedPoint } from '../api/contract';
import { AppError, notFound } from '../errors';
import { nowIso } from '../ids';
import { appendAudit } from './audit-log';
import type { MarkRow } from './marks';
import { assertSessionEditable } from './sessions';

type CarriedRow = MarkRow & { from_started_at: string; resolved_at: string | null };

function toModel(row: CarriedRow): CarriedPoint {
  return {
    siteId: row.site_id,
    fromMarkId: row.id,
    fromSessionId: row.session_id,
    fromStartedAt: row.from_started_at,
    fromParentMarkId: row.parent_mark_id,
    kind: row.kind,
    activity: row.activity,
    viewId: row.view_id as CarriedPoint['viewId'],
    artworkVersion: row.artwork_version,
    x: row.x,
    y: row.y,
    muscle: row.muscle,
    side: row.side,
    tenderness: row.tenderness,
    tendernessAfter: row.tenderness_after,
    pptKgCm2: row.ppt_kg_cm2,
    resolvedAt: row.resolved_at,
  };
}

const SELECT = `SELECT m.*, s.started_at AS from_started_at, r.resolved_at FROM reassessments r
  JOIN marks m ON m.id = r.from_mark_id JOIN sessions s ON s.id = m.session_id`;

/**
 * The points a session was opened with: the last visit's in the order they were charted, then
 * those still waiting from the visit before.
 */
export function listCarried(db: Database, sessionId: string): CarriedPoint[] {
  const rows = db
    .prepare(
      `${SELECT} WHERE r.session_id = ? AND m.deleted_at IS NULL
        ORDER BY s.started_at DESC, m.created_at, m.id`,
    )
    .all(sessionId) as CarriedRow[];
  return rows.map(toModel);
}

/** Records a carried point as resolved at this visit, or takes that back. */
export function resolveSite(
  db: Database,
  actor: string,
  values: { sessionId: string; siteId: string; resolved: boolean },
): CarriedPoint {
  return db.transaction(() => {
    const { clientId } = assertSessionEditable(db, values.sessionId);
    const current = db
      .prepare('SELECT resolved_at FROM reassessments WHERE session_id = ? AND site_id = ?')
      .get(values.sessionId, values.siteId) as { resolved_at: string | null } | undefined;
    if (!current) throw notFound('point from the previous visit');
    const read = () =>
      toModel(
        db
          .prepare(`${SELECT} WHERE r.session_id = ? AND r.site_id = ?`)
          .get(values.sessionId, values.siteId) as CarriedRow,
      );
    // Asked again for what is already recorded: keep the first time, write no audit entry.
    if ((current.resolved_at !== null) === values.resolved) return read();
    if (values.resolved) {
      const present = db
        .prepare('SELECT 1 FROM marks WHERE session_id = ? AND site_id = ? AND deleted_at IS NULL')
        .get(values.sessionId, values.siteId);
      if (present) {
        throw new AppError(
          'conflict',
          'This point is charted as still present. Remove it from the chart first if it has resolved.',
        );
      }
    }
    db.prepare('UPDATE reassessments SET resolved_at = ? WHERE session_id = ? AND site_id = ?').run(
      values.resolved ? nowIso() : null,
      values.sessionId,
      values.siteId,
    );
    appendAudit(db, {
      actor,
      action: 'update',
      entity: 'reassessment',
      entityId: values.siteId,
      clientId,
      changes: ['resolved'],
    });
    return read();
  })();
}
