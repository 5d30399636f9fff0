import { describe, expect, it } from 'vitest';
import { openTempDb } from '../testing/temp-db';
import { COLUMNS, JSON_COLUMNS, TABLE_NAMES } from './format';
import { INSERT_ORDER, KEYS, REFERENCES } from './tables';

interface ColumnInfo {
  name: string;
  pk: number;
}
interface ForeignKey {
  table: string;
  from: string;
  to: string;
}

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
    expect([...TABLE_NAMES].sort()).toEqual(tables);
    expect([...INSERT_ORDER].sort()).toEqual(tables);
  });

  it('has every column of every table, in the database’s order, and its key', () => {
    const { db } = openTempDb();
    for (const table of TABLE_NAMES) {
      const columns = db.pragma(`table_info(${table})`) as ColumnInfo[];
      expect(COLUMNS[table], table).toEqual(columns.map((c) => c.name));
      const key = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
      expect(KEYS[table], table).toEqual(key.map((c) => c.name));
      for (const column of JSON_COLUMNS[table]) expect(COLUMNS[table], table).toContain(column);
    }
  });

  it('knows every foreign key, and inserts a table after the tables it points to', () => {
    const { db } = openTempDb();
    for (const table of TABLE_NAMES) {
      const keys = (db.pragma(`foreign_key_list(${table})`) as ForeignKey[])
        .map((k) => `${k.from}->${k.table}.${k.to}`)
        .sort();
      expect(REFERENCES[table].map((r) => `${r.column}->${r.table}.id`).sort(), table).toEqual(keys);
      for (const ref of REFERENCES[table]) {
        expect(INSERT_ORDER.indexOf(ref.table), `${table} after ${ref.table}`).toBeLessThanOrEqual(
          INSERT_ORDER.indexOf(table),
        );
      }
    }
  });
});
