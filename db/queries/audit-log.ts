import type { Database } from 'better-sqlite3';
import type { AuditEntry } from '../api/contract';
import { newId, nowIso } from '../ids';

export type AuditAction = AuditEntry['action'];
export type { AuditEntry };

interface AuditRow {
  id: string;
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
    `INSERT INTO audit_log (id, at, actor, action, entity, entity_id, client_id, changes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    newId(),
    nowIso(),
    entry.actor,
    entry.action,
    entry.entity,
    entry.entityId,
    entry.clientId,
    JSON.stringify(entry.changes ?? []),
  );
}

/** Everything recorded about one client and their sessions, oldest first. */
export function listAuditForClient(db: Database, clientId: string): AuditEntry[] {
  const rows = db.prepare('SELECT * FROM audit_log WHERE client_id = ? ORDER BY at, id').all(clientId) as AuditRow[];
  return rows.map(toModel);
}
