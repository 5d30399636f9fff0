import { describe, expect, it } from 'vitest';
import { openTempDb } from '../testing/temp-db';
import { COLUMNS, JSON_COLUMNS, TABLE_NAMES } from './format';
import { KEYS, RECORD_TABLES, REFERENCES } from './tables';

interface ColumnInfo {
  name: string;
  pk: number;
}
interface ForeignKey {
  table: string;
  from: string;
  to: string;
}

/** The tables of the file that are not tables of the database: the choices about built-in exercises. */
const STORED_IN: Partial<Record<string, string>> = { built_in_exercises: 'exercises' };
const DATABASE_TABLES = TABLE_NAMES.filter((t) => !(t in STORED_IN));

/**
 * The format follows the schema: a migration that adds a table or a column fails here until the
 * export (and docs/EXPORT-FORMAT.md) say what it holds.
 */
describe('the export format and the database schema', () => {
  it('has every table of the database', () => {
    const { db } = openTempDb();
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all();
    expect([...DATABASE_TABLES].sort()).toEqual(tables);
    // Every table but the practice's (import-settings.ts) and the audit log (import-audit.ts) is inserted in order.
    expect([...RECORD_TABLES, 'settings', 'audit_log'].sort()).toEqual(tables);
  });

  it('has every column of every table, in the database’s order, and its key', () => {
    const { db } = openTempDb();
    for (const table of DATABASE_TABLES) {
      const columns = db.pragma(`table_info(${table})`) as ColumnInfo[];
      expect(COLUMNS[table], table).toEqual(columns.map((c) => c.name));
      const key = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
      expect(KEYS[table], table).toEqual(key.map((c) => c.name));
      for (const column of JSON_COLUMNS[table]) expect(COLUMNS[table], table).toContain(column);
    }
    const exercises = (db.pragma('table_info(exercises)') as ColumnInfo[]).map((c) => c.name);
    for (const column of COLUMNS.built_in_exercises) expect(exercises).toContain(column);
  });

  it('knows every foreign key, and inserts a table after the tables it points to', () => {
    const { db } = openTempDb();
    const order: readonly string[] = RECORD_TABLES;
    for (const table of DATABASE_TABLES) {
      const keys = (db.pragma(`foreign_key_list(${table})`) as ForeignKey[])
        .map((k) => `${k.from}->${k.table}.${k.to}`)
        .sort();
      expect(REFERENCES[table].map((r) => `${r.column}->${r.table}.id`).sort(), table).toEqual(keys);
      for (const ref of REFERENCES[table]) {
        expect(order.indexOf(ref.table), `${table} after ${ref.table}`).toBeLessThanOrEqual(order.indexOf(table));
      }
    }
  });
});
