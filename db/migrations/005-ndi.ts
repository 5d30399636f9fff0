import type { Migration } from './types';

/**
 * Schema version 5: the Neck Disability Index answers of a session (JSON list of ten answers,
 * 0-5 or null) and when they were given; and an index for reading a client's marks by site.
 */
export const migration005: Migration = {
  version: 5,
  name: 'neck disability index per session',
  up(db) {
    db.exec(`
      ALTER TABLE sessions ADD COLUMN ndi TEXT
        CHECK (ndi IS NULL OR (json_valid(ndi) AND json_type(ndi) = 'array' AND json_array_length(ndi) = 10));
      ALTER TABLE sessions ADD COLUMN ndi_at TEXT;
    `);
  },
};
