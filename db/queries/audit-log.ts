import type { Database } from 'better-sqlite3';
import type { AuditEntry, ClientAuditEntry } from '../api/contract';
import { nowIso } from '../ids';

export type AuditAction = AuditEntry['action'];
export type { AuditEntry };

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: AuditAction;
  entity: string;
  entity_id: string;
  client_id: string | null;
  changes: string;
}

function toModel(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    clientId: row.client_id,
    changes: JSON.parse(row.changes) as string[],
  };
}

/**
 * Appends one entry. Call it inside the same transaction as the write it records, so the
 * record and its audit entry are saved together or not at all.
 */
export function appendAudit(
  db: Database,
  entry: {
    actor: string;
    action: AuditAction;
    entity: string;
    entityId: string;
    clientId: string | null;
    changes?: string[];
  },
): void {
  db.prepare(
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, client_id, changes)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    nowIso(),
    entry.actor,
    entry.action,
    entry.entity,
    entry.entityId,
    entry.clientId,
    JSON.stringify(entry.changes ?? []),
  );
}

/** Everything recorded about one client and their sessions, in the order it was written. */
export function listAuditForClient(db: Database, clientId: string): ClientAuditEntry[] {
  const rows = db
    .prepare(
      `SELECT a.*, CASE a.entity
          WHEN 'session' THEN a.entity_id
          WHEN 'home_care_plan' THEN a.entity_id
          WHEN 'mark' THEN (SELECT session_id FROM marks WHERE id = a.entity_id)
          WHEN 'referral_zone' THEN (SELECT m.session_id FROM referral_zones z JOIN marks m ON m.id = z.mark_id
                                      WHERE z.id = a.entity_id)
          WHEN 'amendment' THEN (SELECT session_id FROM amendments WHERE id = a.entity_id)
          WHEN 'home_care_plan_item' THEN (SELECT session_id FROM home_care_plan_items WHERE id = a.entity_id)
          WHEN 'handout' THEN (SELECT session_id FROM handouts WHERE id = a.entity_id)
        END AS session_id
         FROM audit_log a WHERE a.client_id = ? ORDER BY a.id`,
    )
    .all(clientId) as (AuditRow & { session_id: string | null })[];
  return rows.map((row) => ({ ...toModel(row), sessionId: row.session_id }));
}
