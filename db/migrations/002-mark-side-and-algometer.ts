import type { Migration } from './types';

/**
 * Schema version 2: a mark records which side of the body it is on (filled from the artwork
 * region, editable), and optionally the algometer reading in kg/cm² beside the client's 0-10.
 */
export const migration002: Migration = {
  version: 2,
  name: 'mark side and algometer pressure',
  up(db) {
    db.exec(`
      ALTER TABLE marks ADD COLUMN side TEXT CHECK (side IN ('left', 'right', 'midline'));
      ALTER TABLE marks ADD COLUMN pressure_kg_cm2 REAL CHECK (pressure_kg_cm2 BETWEEN 0 AND 20);
    `);
  },
};
