/**
 * The audit log: who did what, when, to which record (field names only, never values). It only
 * grows (triggers refuse UPDATE and DELETE), and it is a hash chain: each entry carries the
 * previous entry's hash and a hash over its own content and that one, so an entry changed or
 * removed outside Knotbook shows as a break (found by the background check, db/integrity.ts).
 */
import { createHash } from 'node:crypto';
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

/** The previous hash of the first entry: the chain starts from 64 zeros. */
export const AUDIT_CHAIN_START = '0'.repeat(64);

/** An entry's content as stored: `changes` is the JSON text, client_id may be null. */
export interface AuditContent {
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  client_id: string | null;
  changes: string;
}

/** A stored entry as the chain check reads it. */
export interface AuditChainRow extends AuditContent {
  id: number;
  prev_hash: string;
  hash: string;
}

/**
 * The first entry that does not hold: its content is not what its hash was made over
 * ('changed'), or it does not follow the entry before it ('missing before': entries before it
 * were removed, or it was put in).
 */
export interface AuditChainBreak {
  id: number;
  at: string;
  reason: 'changed' | 'missing before';
}

/**
 * sha256 (lowercase hex) of `[prevHash, at, actor, action, entity, entity_id, client_id, changes]`
 * as JSON. The background check's worker (db/integrity.ts) computes the same in plain JavaScript.
 */
export function auditHash(prevHash: string, row: AuditContent): string {
  const content = [prevHash, row.at, row.actor, row.action, row.entity, row.entity_id, row.client_id, row.changes];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/**
 * Walks the entries in id order (an array or a statement's `.iterate()`, so a log of millions
 * is never held whole) and returns the first break, or null when the chain holds.
 */
export function findAuditChainBreak(rows: Iterable<AuditChainRow>): AuditChainBreak | null {
  let previous = AUDIT_CHAIN_START;
  for (const row of rows) {
    if (row.prev_hash !== previous) return { id: row.id, at: row.at, reason: 'missing before' };
    if (row.hash !== auditHash(row.prev_hash, row)) return { id: row.id, at: row.at, reason: 'changed' };
    previous = row.hash;
  }
  return null;
}

/** The columns findAuditChainBreak reads, in id order. */
export const AUDIT_CHAIN_SQL =
  'SELECT id, at, actor, action, entity, entity_id, client_id, changes, prev_hash, hash FROM audit_log ORDER BY id';

export interface NewAuditEntry {
  actor: string;
  action: AuditAction;
  entity: string;
  entityId: string;
  clientId: string | null;
  changes?: string[];
  /** When it happened; now unless given (an import keeps the original time). */
  at?: string;
}

/**
 * Appends one entry, chained to the last one. Call it inside the same transaction as the write it
 * records, so the record and its audit entry are saved together or not at all.
 */
export function appendAudit(db: Database, entry: NewAuditEntry): void {
  const append = () => {
    const last = db.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get() as string | undefined;
    const content: AuditContent = {
      at: entry.at ?? nowIso(),
      actor: entry.actor,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      client_id: entry.clientId,
      changes: JSON.stringify(entry.changes ?? []),
    };
    const prevHash = last ?? AUDIT_CHAIN_START;
    db.prepare(
      `INSERT INTO audit_log (at, actor, action, entity, entity_id, client_id, changes, prev_hash, hash)
       VALUES (@at, @actor, @action, @entity, @entity_id, @client_id, @changes, @prevHash, @hash)`,
    ).run({ ...content, prevHash, hash: auditHash(prevHash, content) });
  };
  // Reading the last hash and appending are one step: inside the caller's transaction, or its own.
  if (db.inTransaction) append();
  else db.transaction(append)();
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
