import type { Migration } from './types';

/**
 * Schema version 1. STRICT tables, text ids (UUIDv7), ISO-8601 UTC times.
 * Nothing clinical is ever deleted: clients are archived, marks and zones soft-deleted,
 * and the audit log refuses updates and deletes.
 */
export const migration001: Migration = {
  version: 1,
  name: 'initial schema',
  up(db) {
    db.exec(`
      CREATE TABLE clients (
        id                TEXT PRIMARY KEY,
        given_name        TEXT NOT NULL CHECK (length(given_name) > 0),
        family_name       TEXT NOT NULL DEFAULT '',
        date_of_birth     TEXT CHECK (date_of_birth IS NULL OR date(date_of_birth) = date_of_birth),
        phone             TEXT NOT NULL DEFAULT '',
        email             TEXT NOT NULL DEFAULT '',
        address           TEXT NOT NULL DEFAULT '',
        health_history    TEXT NOT NULL DEFAULT '',
        contraindications TEXT NOT NULL DEFAULT '',
        archived          INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL
      ) STRICT;
      CREATE INDEX clients_by_name ON clients (family_name COLLATE NOCASE, given_name COLLATE NOCASE);

      CREATE TABLE sessions (
        id               TEXT PRIMARY KEY,
        client_id        TEXT NOT NULL REFERENCES clients (id),
        started_at       TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL DEFAULT 60 CHECK (duration_minutes BETWEEN 1 AND 1440),
        subjective       TEXT NOT NULL DEFAULT '',
        objective        TEXT NOT NULL DEFAULT '',
        assessment       TEXT NOT NULL DEFAULT '',
        plan             TEXT NOT NULL DEFAULT '',
        pain_before      INTEGER CHECK (pain_before BETWEEN 0 AND 10),
        pain_after       INTEGER CHECK (pain_after BETWEEN 0 AND 10),
        status           TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed')),
        signed_by        TEXT,
        signed_at        TEXT,
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL,
        CHECK ((status = 'signed') = (signed_by IS NOT NULL AND signed_at IS NOT NULL))
      ) STRICT;
      CREATE INDEX sessions_by_client ON sessions (client_id, started_at);

      CREATE TABLE marks (
        id                       TEXT PRIMARY KEY,
        session_id               TEXT NOT NULL REFERENCES sessions (id),
        kind                     TEXT NOT NULL CHECK (kind IN ('trigger_point', 'satellite', 'tender_point', 'note_pin')),
        view_id                  TEXT NOT NULL,
        artwork_version          INTEGER NOT NULL CHECK (artwork_version >= 1),
        x                        REAL NOT NULL CHECK (x BETWEEN 0 AND 1),
        y                        REAL NOT NULL CHECK (y BETWEEN 0 AND 1),
        muscle                   TEXT,
        activity                 TEXT CHECK (activity IN ('active', 'latent')),
        parent_mark_id           TEXT REFERENCES marks (id),
        pressure                 INTEGER CHECK (pressure BETWEEN 0 AND 10),
        hold_seconds             INTEGER CHECK (hold_seconds BETWEEN 0 AND 3600),
        repetitions              INTEGER CHECK (repetitions BETWEEN 0 AND 100),
        technique                TEXT NOT NULL DEFAULT '',
        tenderness               INTEGER CHECK (tenderness BETWEEN 0 AND 10),
        jump_sign                INTEGER CHECK (jump_sign IN (0, 1)),
        twitch_response          INTEGER CHECK (twitch_response IN (0, 1)),
        referred_pain_reproduced INTEGER CHECK (referred_pain_reproduced IN (0, 1)),
        referred_pain_where      TEXT NOT NULL DEFAULT '',
        release                  TEXT CHECK (release IN ('none', 'partial', 'full')),
        tenderness_after         INTEGER CHECK (tenderness_after BETWEEN 0 AND 10),
        note                     TEXT NOT NULL DEFAULT '',
        version                  INTEGER NOT NULL DEFAULT 1,
        deleted_at               TEXT,
        created_at               TEXT NOT NULL,
        updated_at               TEXT NOT NULL,
        CHECK (parent_mark_id IS NULL OR kind = 'satellite'),
        CHECK (activity IS NULL OR kind IN ('trigger_point', 'satellite'))
      ) STRICT;
      CREATE INDEX marks_by_session ON marks (session_id);
      CREATE INDEX marks_by_parent ON marks (parent_mark_id) WHERE parent_mark_id IS NOT NULL;

      CREATE TABLE referral_zones (
        id              TEXT PRIMARY KEY,
        mark_id         TEXT NOT NULL REFERENCES marks (id),
        view_id         TEXT NOT NULL,
        artwork_version INTEGER NOT NULL CHECK (artwork_version >= 1),
        shape           TEXT NOT NULL DEFAULT 'polygon' CHECK (shape IN ('polygon', 'freehand')),
        points          TEXT NOT NULL CHECK (json_valid(points) AND json_type(points) = 'array'),
        pattern         TEXT NOT NULL CHECK (pattern IN ('essential', 'spillover')),
        version         INTEGER NOT NULL DEFAULT 1,
        deleted_at      TEXT,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX referral_zones_by_mark ON referral_zones (mark_id);

      CREATE TABLE exercises (
        id             TEXT PRIMARY KEY,
        name           TEXT NOT NULL CHECK (length(name) > 0),
        body_region    TEXT NOT NULL DEFAULT '',
        target_muscles TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(target_muscles) AND json_type(target_muscles) = 'array'),
        steps          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(steps) AND json_type(steps) = 'array'),
        cautions       TEXT NOT NULL DEFAULT '',
        hold_seconds   INTEGER CHECK (hold_seconds >= 0),
        repetitions    INTEGER CHECK (repetitions >= 0),
        sets           INTEGER CHECK (sets >= 0),
        times_per_day  INTEGER CHECK (times_per_day >= 0),
        built_in       INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1)),
        hidden         INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
        retired_at     TEXT,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      ) STRICT;

      CREATE TABLE home_care_plan_items (
        id            TEXT PRIMARY KEY,
        session_id    TEXT NOT NULL REFERENCES sessions (id),
        exercise_id   TEXT NOT NULL REFERENCES exercises (id),
        position      INTEGER NOT NULL DEFAULT 0,
        hold_seconds  INTEGER CHECK (hold_seconds >= 0),
        repetitions   INTEGER CHECK (repetitions >= 0),
        sets          INTEGER CHECK (sets >= 0),
        times_per_day INTEGER CHECK (times_per_day >= 0),
        note          TEXT NOT NULL DEFAULT '',
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX home_care_plan_items_by_session ON home_care_plan_items (session_id, position);

      CREATE TABLE handouts (
        id         TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions (id),
        given_at   TEXT NOT NULL,
        format     TEXT NOT NULL CHECK (format IN ('print', 'pdf')),
        paper_size TEXT NOT NULL CHECK (paper_size IN ('letter', 'a4')),
        file_name  TEXT
      ) STRICT;
      CREATE INDEX handouts_by_session ON handouts (session_id);

      CREATE TABLE amendments (
        id         TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions (id),
        reason     TEXT NOT NULL CHECK (length(reason) > 0),
        body       TEXT NOT NULL,
        created_at TEXT NOT NULL,
        signed_by  TEXT,
        signed_at  TEXT,
        CHECK ((signed_by IS NULL) = (signed_at IS NULL))
      ) STRICT;
      CREATE INDEX amendments_by_session ON amendments (session_id, created_at);

      CREATE TABLE audit_log (
        id        TEXT PRIMARY KEY,
        at        TEXT NOT NULL,
        actor     TEXT NOT NULL,
        action    TEXT NOT NULL,
        entity    TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        client_id TEXT,
        changes   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(changes))
      ) STRICT;
      CREATE INDEX audit_log_by_client ON audit_log (client_id, at);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'The audit log cannot be changed.'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'The audit log cannot be changed.'); END;
    `);
  },
};
