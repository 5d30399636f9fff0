import type { Migration } from './types';

/**
 * Schema version 7: the same records in less space. Measured on the benchmark's ten-year clinic
 * (2,000,000 marks, 2.9 million audit entries, 2.2 million points carried to a later visit) the
 * file was 2.59 GB, over the 2 GB target; these three changes take about 650 MB off it and one
 * index write off every mark save.
 *
 * - `audit_log` is keyed by an integer that counts up (SQLite's rowid) instead of a UUID: the
 *   UUID and the index behind it took 37 bytes per entry in the table and 52 in its own index.
 *   Entries are listed in the order they were written (`ORDER BY id`), so the per-client index
 *   no longer needs the time beside the client id.
 * - `reassessments` is a WITHOUT ROWID table: its rows were stored twice, once in the table and
 *   once in the index behind its primary key (session, site).
 * - `marks_by_site` is gone: every query that looks for a site also knows the session, and finds
 *   the session's few marks through `marks_by_session`.
 */
export const migration007: Migration = {
  version: 7,
  name: 'compact storage',
  up(db) {
    db.exec(`
      DROP INDEX marks_by_site;

      CREATE TABLE reassessments_compact (
        session_id   TEXT NOT NULL REFERENCES sessions (id),
        site_id      TEXT NOT NULL,
        from_mark_id TEXT NOT NULL REFERENCES marks (id),
        resolved_at  TEXT,
        PRIMARY KEY (session_id, site_id)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO reassessments_compact (session_id, site_id, from_mark_id, resolved_at)
        SELECT session_id, site_id, from_mark_id, resolved_at FROM reassessments;
      DROP TABLE reassessments;
      ALTER TABLE reassessments_compact RENAME TO reassessments;

      DROP TRIGGER audit_log_no_update;
      DROP TRIGGER audit_log_no_delete;
      CREATE TABLE audit_log_compact (
        id        INTEGER PRIMARY KEY,
        at        TEXT NOT NULL,
        actor     TEXT NOT NULL,
        action    TEXT NOT NULL,
        entity    TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        client_id TEXT,
        changes   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(changes))
      ) STRICT;
      INSERT INTO audit_log_compact (at, actor, action, entity, entity_id, client_id, changes)
        SELECT at, actor, action, entity, entity_id, client_id, changes FROM audit_log ORDER BY at, id;
      DROP TABLE audit_log;
      ALTER TABLE audit_log_compact RENAME TO audit_log;
      CREATE INDEX audit_log_by_client ON audit_log (client_id);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'The audit log cannot be changed.'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'The audit log cannot be changed.'); END;
    `);
  },
};
