import type { Database } from 'better-sqlite3';
import { AUDIT_CHAIN_START, auditHash, type AuditContent } from '../queries/audit-log';
import type { Migration } from './types';

/**
 * Schema version 8: signed means signed below the API too, and the audit log is tamper-evident.
 *
 * - Triggers refuse, whoever asks (any SQLite client, not only Knotbook's API), every change to a
 *   signed session and to what belongs to it: its chart points, their referral zones, the points
 *   it re-assessed, its home-care plan and points to press. A session is added as a draft and
 *   signed by one UPDATE; it never goes back to draft and is never deleted once signed.
 *   Handouts may still be given after signing (added), never changed or removed; amendments only
 *   append: one is added, may be signed once, and is never changed nor removed.
 * - `audit_log` gains `prev_hash` and `hash` (64 lowercase hex): hash = sha256 of
 *   `[prev_hash, at, actor, action, entity, entity_id, client_id, changes]` as JSON, prev_hash = the
 *   previous entry's hash (AUDIT_CHAIN_START for the first). Existing entries are chained here in
 *   id order. A new entry must follow the last one.
 *
 * The background check (db/integrity.ts) verifies the chain and that every trigger of
 * PROTECTIVE_TRIGGERS is in the file as written here.
 */

/** One of Knotbook's safeguards in the file, and what it protects in plain words. */
export interface ProtectiveTrigger {
  name: string;
  sql: string;
  /** What SQLite says when it refuses a change (RAISE(ABORT, message)): plain words. */
  message: string;
  /** "signed sessions", "the chart points of signed sessions"… as the damage banner names it. */
  protects: string;
}

const signedSession = (sessionId: string) =>
  `EXISTS (SELECT 1 FROM sessions WHERE id = ${sessionId} AND status = 'signed')`;
const signedMark = (markId: string) =>
  `EXISTS (SELECT 1 FROM marks m JOIN sessions s ON s.id = m.session_id WHERE m.id = ${markId} AND s.status = 'signed')`;

function trigger(
  name: string,
  when: string,
  condition: string | null,
  message: string,
  protects: string,
): ProtectiveTrigger {
  const sql = [
    `CREATE TRIGGER ${name} ${when}`,
    ...(condition === null ? [] : [`  WHEN ${condition}`]),
    `  BEGIN SELECT RAISE(ABORT, '${message.replaceAll("'", "''")}'); END`,
  ].join('\n');
  return { name, sql, message, protects };
}

/**
 * INSERT, UPDATE (from or into a signed session) and DELETE refused for the rows of `table` that
 * belong to a signed session, found from the row by `owner` (its session_id, or its mark's).
 */
function ownedBySignedSession(
  table: string,
  owner: (row: 'NEW' | 'OLD') => string,
  what: string,
  protects: string,
): ProtectiveTrigger[] {
  const message = `This session is signed, so ${what} cannot be changed. Add an amendment instead.`;
  return [
    trigger(`${table}_signed_no_insert`, `BEFORE INSERT ON ${table}`, owner('NEW'), message, protects),
    trigger(
      `${table}_signed_no_update`,
      `BEFORE UPDATE ON ${table}`,
      `${owner('OLD')} OR ${owner('NEW')}`,
      message,
      protects,
    ),
    trigger(`${table}_signed_no_delete`, `BEFORE DELETE ON ${table}`, owner('OLD'), message, protects),
  ];
}

const AUDIT_UNCHANGEABLE = 'The audit log cannot be changed.';

/** Every trigger this version creates, in the order created. */
export const PROTECTIVE_TRIGGERS: readonly ProtectiveTrigger[] = [
  trigger(
    'sessions_signed_no_insert',
    'BEFORE INSERT ON sessions',
    "NEW.status = 'signed'",
    'A session is added as a draft and signed afterwards, never added already signed.',
    'signed sessions',
  ),
  trigger(
    'sessions_signed_no_update',
    'BEFORE UPDATE ON sessions',
    "OLD.status = 'signed'",
    'This session is signed and cannot be changed. Add an amendment instead.',
    'signed sessions',
  ),
  trigger(
    'sessions_signed_no_delete',
    'BEFORE DELETE ON sessions',
    "OLD.status = 'signed'",
    'This session is signed and cannot be deleted.',
    'signed sessions',
  ),
  ...ownedBySignedSession(
    'marks',
    (row) => signedSession(`${row}.session_id`),
    'its chart points',
    'the chart points of signed sessions',
  ),
  ...ownedBySignedSession(
    'referral_zones',
    (row) => signedMark(`${row}.mark_id`),
    'its referral zones',
    'the referral zones of signed sessions',
  ),
  ...ownedBySignedSession(
    'reassessments',
    (row) => signedSession(`${row}.session_id`),
    'the points it re-assessed',
    'the points signed sessions re-assessed',
  ),
  ...ownedBySignedSession(
    'home_care_plan_items',
    (row) => signedSession(`${row}.session_id`),
    'its home-care plan',
    'the home-care plans of signed sessions',
  ),
  ...ownedBySignedSession(
    'home_care_points',
    (row) => signedSession(`${row}.session_id`),
    'its points to press at home',
    'the points to press of signed sessions',
  ),
  trigger(
    'handouts_signed_no_update',
    'BEFORE UPDATE ON handouts',
    `${signedSession('OLD.session_id')} OR ${signedSession('NEW.session_id')}`,
    'A handout given in a signed session cannot be changed.',
    'the handouts of signed sessions',
  ),
  trigger(
    'handouts_signed_no_delete',
    'BEFORE DELETE ON handouts',
    signedSession('OLD.session_id'),
    'A handout given in a signed session cannot be removed.',
    'the handouts of signed sessions',
  ),
  // Signing an unsigned amendment, once, is the only change an amendment takes.
  trigger(
    'amendments_no_update',
    'BEFORE UPDATE ON amendments',
    `NOT (OLD.signed_at IS NULL AND NEW.signed_at IS NOT NULL AND NEW.signed_by IS NOT NULL
    AND NEW.id IS OLD.id AND NEW.session_id IS OLD.session_id AND NEW.reason IS OLD.reason
    AND NEW.body IS OLD.body AND NEW.created_at IS OLD.created_at)`,
    'An amendment cannot be changed once added, only signed once. Add another amendment instead.',
    'amendments',
  ),
  trigger(
    'amendments_no_delete',
    'BEFORE DELETE ON amendments',
    null,
    'An amendment cannot be removed. Add another amendment instead.',
    'amendments',
  ),
  trigger('audit_log_no_update', 'BEFORE UPDATE ON audit_log', null, AUDIT_UNCHANGEABLE, 'the audit log'),
  trigger('audit_log_no_delete', 'BEFORE DELETE ON audit_log', null, AUDIT_UNCHANGEABLE, 'the audit log'),
  trigger(
    'audit_log_chained',
    'BEFORE INSERT ON audit_log',
    `NEW.prev_hash IS NOT coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '${AUDIT_CHAIN_START}')`,
    'An audit entry must follow the last one: its prev_hash is the last entry’s hash.',
    'the audit log',
  ),
];

/** How many entries are chained per read: the log of a ten-year clinic is never held whole. */
const BACKFILL_BATCH = 5000;

/** Copies the log into the new table in id order, ids kept, each entry chained to the one before. */
function backfillChain(db: Database): void {
  const batch = db.prepare(
    'SELECT id, at, actor, action, entity, entity_id, client_id, changes FROM audit_log WHERE id > ? ORDER BY id LIMIT ?',
  );
  const insert = db.prepare(
    `INSERT INTO audit_log_chained (id, at, actor, action, entity, entity_id, client_id, changes, prev_hash, hash)
     VALUES (@id, @at, @actor, @action, @entity, @entity_id, @client_id, @changes, @prev_hash, @hash)`,
  );
  let prevHash = AUDIT_CHAIN_START;
  let after = 0;
  for (;;) {
    const rows = batch.all(after, BACKFILL_BATCH) as (AuditContent & { id: number })[];
    for (const row of rows) {
      const hash = auditHash(prevHash, row);
      insert.run({ ...row, prev_hash: prevHash, hash });
      prevHash = hash;
    }
    if (rows.length < BACKFILL_BATCH) return;
    after = rows[rows.length - 1]!.id;
  }
}

const HEX64 = (column: string) => `CHECK (length(${column}) = 64 AND NOT ${column} GLOB '*[^0-9a-f]*')`;

export const migration008: Migration = {
  version: 8,
  name: 'signed records protected in the file; audit log chained by hashes',
  up(db) {
    db.exec(`
      DROP TRIGGER audit_log_no_update;
      DROP TRIGGER audit_log_no_delete;
      CREATE TABLE audit_log_chained (
        id        INTEGER PRIMARY KEY,
        at        TEXT NOT NULL,
        actor     TEXT NOT NULL,
        action    TEXT NOT NULL,
        entity    TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        client_id TEXT,
        changes   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(changes)),
        prev_hash TEXT NOT NULL ${HEX64('prev_hash')},
        hash      TEXT NOT NULL ${HEX64('hash')}
      ) STRICT;
    `);
    backfillChain(db);
    db.exec(`
      DROP TABLE audit_log;
      ALTER TABLE audit_log_chained RENAME TO audit_log;
      CREATE INDEX audit_log_by_client ON audit_log (client_id);
    `);
    for (const { sql } of PROTECTIVE_TRIGGERS) db.exec(sql);
  },
};
