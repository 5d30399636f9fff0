import { BUILT_IN_EXERCISES } from '../seed/exercises';
import type { Migration } from './types';

/**
 * Schema version 4: home care.
 * - Exercises get the id of the project's drawing for them; Knotbook's built-in exercises are
 *   added (fixed ids).
 * - Sessions get the plan's personal note and the next appointment.
 * - home_care_points: the session's own points the client is shown to press, with hold time and
 *   how often.
 * - Handouts keep a JSON snapshot of what they showed, so they can be printed again the same.
 */
export const migration004: Migration = {
  version: 4,
  name: 'home care: built-in exercises, plan note and points, handout snapshots',
  up(db) {
    db.exec(`
      ALTER TABLE exercises ADD COLUMN illustration TEXT;
      ALTER TABLE sessions ADD COLUMN home_care_note TEXT NOT NULL DEFAULT '';
      ALTER TABLE sessions ADD COLUMN next_visit_at TEXT;
      ALTER TABLE handouts ADD COLUMN content TEXT CHECK (content IS NULL OR json_valid(content));

      CREATE TABLE home_care_points (
        session_id    TEXT NOT NULL REFERENCES sessions (id),
        mark_id       TEXT NOT NULL REFERENCES marks (id),
        position      INTEGER NOT NULL DEFAULT 0,
        hold_seconds  INTEGER CHECK (hold_seconds BETWEEN 0 AND 600),
        times_per_day INTEGER CHECK (times_per_day BETWEEN 0 AND 24),
        PRIMARY KEY (session_id, mark_id)
      ) STRICT;
    `);
    const now = new Date().toISOString();
    const insert = db.prepare(
      `INSERT INTO exercises (id, name, body_region, target_muscles, steps, cautions, illustration, hold_seconds,
          repetitions, sets, times_per_day, built_in, hidden, created_at, updated_at)
       VALUES (@id, @name, @bodyRegion, @targetMuscles, @steps, @cautions, @illustration, @holdSeconds,
          @repetitions, @sets, @timesPerDay, 1, 0, @now, @now)`,
    );
    for (const e of BUILT_IN_EXERCISES) {
      insert.run({
        ...e,
        targetMuscles: JSON.stringify(e.targetMuscles),
        steps: JSON.stringify(e.steps),
        now,
      });
    }
  },
};
