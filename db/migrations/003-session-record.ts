import type { Migration } from './types';

/**
 * Schema version 3: the whole session record.
 * - Sessions: cervical range of motion (degrees), the red-flag screen (answers as JSON, when it
 *   was screened and when a positive answer raised the "refer to a physician" alert), and the
 *   perpetuating factors checklist (JSON list of ids); at signing, a copy of what the signed note
 *   prints besides the session (client, contraindications, practitioner, practice).
 * - Marks: a site id shared by the same trigger point across visits (existing marks each start
 *   their own site), and an optional pressure pain threshold (kg/cm²).
 * - Reassessments: the previous visit's points a session was opened with, to be re-assessed;
 *   a point is "still present" when this session has a live mark on its site, "resolved" when
 *   resolved_at is set, and pending otherwise.
 * - Settings: the practitioner profile, practice details and quick phrases, one JSON value per key.
 */
export const migration003: Migration = {
  version: 3,
  name: 'session record: measures, red flags, factors, sites, reassessments, settings',
  up(db) {
    db.exec(`
      ALTER TABLE sessions ADD COLUMN rom_flexion INTEGER CHECK (rom_flexion BETWEEN 0 AND 180);
      ALTER TABLE sessions ADD COLUMN rom_extension INTEGER CHECK (rom_extension BETWEEN 0 AND 180);
      ALTER TABLE sessions ADD COLUMN rom_lateral_flexion_left INTEGER CHECK (rom_lateral_flexion_left BETWEEN 0 AND 180);
      ALTER TABLE sessions ADD COLUMN rom_lateral_flexion_right INTEGER CHECK (rom_lateral_flexion_right BETWEEN 0 AND 180);
      ALTER TABLE sessions ADD COLUMN rom_rotation_left INTEGER CHECK (rom_rotation_left BETWEEN 0 AND 180);
      ALTER TABLE sessions ADD COLUMN rom_rotation_right INTEGER CHECK (rom_rotation_right BETWEEN 0 AND 180);
      ALTER TABLE sessions ADD COLUMN red_flags TEXT NOT NULL DEFAULT '{}'
        CHECK (json_valid(red_flags) AND json_type(red_flags) = 'object');
      ALTER TABLE sessions ADD COLUMN red_flags_screened_at TEXT;
      ALTER TABLE sessions ADD COLUMN referral_alert_at TEXT;
      ALTER TABLE sessions ADD COLUMN perpetuating_factors TEXT NOT NULL DEFAULT '[]'
        CHECK (json_valid(perpetuating_factors) AND json_type(perpetuating_factors) = 'array');
      ALTER TABLE sessions ADD COLUMN signed_record TEXT CHECK (signed_record IS NULL OR json_valid(signed_record));
      CREATE INDEX sessions_unsigned ON sessions (started_at) WHERE status = 'draft';

      ALTER TABLE marks ADD COLUMN site_id TEXT;
      UPDATE marks SET site_id = id;
      ALTER TABLE marks ADD COLUMN ppt_kg_cm2 REAL CHECK (ppt_kg_cm2 BETWEEN 0 AND 20);
      CREATE INDEX marks_by_site ON marks (site_id);
      CREATE TRIGGER marks_need_site BEFORE INSERT ON marks WHEN NEW.site_id IS NULL
        BEGIN SELECT RAISE(ABORT, 'A mark needs a site id.'); END;

      CREATE TABLE reassessments (
        session_id   TEXT NOT NULL REFERENCES sessions (id),
        site_id      TEXT NOT NULL,
        from_mark_id TEXT NOT NULL REFERENCES marks (id),
        resolved_at  TEXT,
        PRIMARY KEY (session_id, site_id)
      ) STRICT;

      CREATE TABLE settings (
        key        TEXT PRIMARY KEY,
        value      TEXT NOT NULL CHECK (json_valid(value)),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
