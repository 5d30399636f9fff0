/**
 * A therapist's file from any earlier Knotbook opens in this one with every record intact: for
 * each earlier schema version, a file is built at that version and filled with representative
 * records (schema-fixtures.ts), copied, and the copy opened with openDatabase, which migrates it
 * to the latest version. Every record must still be there, unchanged, and readable through the API.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Envelope, OpInput, OpName, OpResult } from '../api/contract';
import { dispatch } from '../api/dispatch';
import type { ApiContext } from '../api/handlers';
import { LATEST_SCHEMA_VERSION, migrate, schemaVersion } from '../migrations';
import { openDatabase } from '../open';
import { BUILT_IN_EXERCISES } from '../seed/exercises';
import { tempPath, track } from '../testing/temp-db';
import { AUDIT_CHAIN_SQL, AUDIT_CHAIN_START, findAuditChainBreak, type AuditChainRow } from '../queries/audit-log';
import {
  AUDIT_COUNTED_SINCE,
  C1,
  FIXTURES,
  keyOf,
  rowsFor,
  S1,
  S2,
  type FixtureGroup,
  type Row,
} from './schema-fixtures';

const columnsOf = (db: Database.Database) => (table: string) =>
  new Set((db.pragma(`table_info("${table}")`) as { name: string }[]).map((c) => c.name));

/** Each table's rows, merged across the groups that apply, in insertion order. */
function byTable(groups: FixtureGroup[]): Map<string, Row[]> {
  const tables = new Map<string, Row[]>();
  for (const { table, rows } of groups) tables.set(table, [...(tables.get(table) ?? []), ...rows]);
  return tables;
}

/** A file at `version` (migrated there from empty, as that Knotbook made it) holding the fixtures. */
function buildFileAt(version: number): { file: string; tables: Map<string, Row[]> } {
  const file = tempPath(`v${version}.sqlite`);
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    migrate(db, version);
    expect(schemaVersion(db)).toBe(version);
    const groups = rowsFor(version, columnsOf(db));
    db.transaction(() => {
      for (const { table, rows } of groups) {
        for (const row of rows) {
          const columns = Object.keys(row);
          db.prepare(
            `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
          ).run(row);
        }
      }
    })();
    return { file, tables: byTable(groups) };
  } finally {
    db.close();
  }
}

function api(ctx: ApiContext) {
  return <K extends OpName>(op: K, input: OpInput<K>): OpResult<K> => {
    const reply = dispatch(ctx, op, input) as Envelope<OpResult<K>>;
    if (!reply.ok) throw new Error(`${op} was refused: ${reply.error.message}`);
    return reply.value;
  };
}

const ids = (records: { id: string }[]) => records.map((r) => r.id).sort();
const earlierVersions = Array.from({ length: LATEST_SCHEMA_VERSION - 1 }, (_, i) => i + 1);

describe('migrating a copy of every earlier schema version', () => {
  it('has fixtures that name only real columns, and every column by the version before the latest', () => {
    const db = track(new Database(tempPath()));
    migrate(db, LATEST_SCHEMA_VERSION - 1);
    const withoutAuditIds = FIXTURES.map((group) =>
      group.table === 'audit_log' ? { ...group, rows: group.rows.map(({ id: _id, ...row }) => row) } : group,
    );
    expect(rowsFor(LATEST_SCHEMA_VERSION - 1, columnsOf(db))).toEqual(withoutAuditIds);
  });

  it.each(earlierVersions)('keeps every record of a version %i file and reads it through the API', (version) => {
    const { file, tables } = buildFileAt(version);
    expect(fs.existsSync(`${file}-wal`), 'the file was closed cleanly').toBe(false);
    const copy = tempPath(`copy-of-v${version}.sqlite`);
    fs.copyFileSync(file, copy);

    const db = track(openDatabase(copy));
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);

    for (const [table, rows] of tables) {
      const key = keyOf(table);
      if (key.length === 0) continue;
      for (const row of rows) {
        const where = key.map((k) => `${k} = @${k}`).join(' AND ');
        const found = db.prepare(`SELECT ${Object.keys(row).join(', ')} FROM ${table} WHERE ${where}`).get(row);
        expect(found, `${table} ${key.map((k) => row[k]).join(', ')}`).toEqual(row);
      }
      const seeded = table === 'exercises' ? BUILT_IN_EXERCISES.length : 0;
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), `rows in ${table}`).toBe(rows.length + seeded);
    }

    // Before version 7 the audit log is renumbered in the order it was listed (time, then the old
    // id); from then on it keeps the numbers it gave, in the order written.
    const written = tables.get('audit_log') ?? [];
    const entries =
      version >= AUDIT_COUNTED_SINCE
        ? written
        : [...written].sort(
            (a, b) => String(a.at).localeCompare(String(b.at)) || String(a.id).localeCompare(String(b.id)),
          );
    expect(
      db.prepare('SELECT at, actor, action, entity, entity_id, client_id, changes FROM audit_log ORDER BY id').all(),
    ).toEqual(entries.map(({ id: _id, ...rest }) => rest));
    expect(db.prepare('SELECT id FROM audit_log ORDER BY id').pluck().all()).toEqual(entries.map((_, i) => i + 1));
    // ...chained by hashes from the first entry (schema version 8).
    const chain = db.prepare(AUDIT_CHAIN_SQL).all() as AuditChainRow[];
    expect(chain[0]?.prev_hash).toBe(AUDIT_CHAIN_START);
    expect(findAuditChainBreak(chain)).toBeNull();
    // Columns added later start empty or with their default; every mark has a site.
    expect(db.prepare('SELECT count(*) FROM marks WHERE site_id IS NULL').pluck().get()).toBe(0);

    const call = api({ db, actor: 'Jo Park', databasePath: copy, appVersion: 'test' });
    const sessionsOfAnn = (tables.get('sessions') ?? []).length;
    expect(ids(call('clients.list', {}))).toEqual([C1]);
    expect(call('clients.list', { includeArchived: true })).toHaveLength(2);
    expect(call('sessions.listForClient', { clientId: C1 })).toHaveLength(sessionsOfAnn);
    const chart = call('chart.get', { sessionId: S1 });
    expect(chart.editable).toBe(true);
    expect(ids(chart.marks)).toEqual(
      ids((tables.get('marks') ?? []).filter((m) => m.session_id === S1 && !m.deleted_at) as { id: string }[]),
    );
    expect(chart.zones).toHaveLength(2);
    const progress = call('progress.get', { clientId: C1 });
    expect(progress.visits).toHaveLength(sessionsOfAnn);
    expect(progress.sites.length).toBeGreaterThan(0);
    const auditOfAnn = (tables.get('audit_log') ?? []).filter((e) => e.client_id === C1);
    expect(call('audit.listForClient', { clientId: C1 })).toHaveLength(auditOfAnn.length);

    if (version >= 3) {
      const signed = call('chart.get', { sessionId: S2 });
      expect(signed.editable).toBe(false);
      expect(signed.marks).toHaveLength(2);
      expect(signed.carried).toHaveLength(2);
      expect(call('sessions.get', { id: S2 }).signedRecord?.practitioner.name).toBe('Jo Park');
      expect(call('amendments.list', { sessionId: S2 })).toHaveLength(1);
      expect(call('settings.get', {}).paperSize).toBe('a4');
    }
    if (version >= 4) {
      const plan = call('homeCare.get', { sessionId: S1 });
      expect(plan.items).toHaveLength(2);
      expect(plan.points).toHaveLength(2);
      expect(plan.note).toBe('Heat before the stretches.');
      const handouts = call('handouts.list', { sessionId: S1 });
      expect(handouts).toHaveLength(2);
      expect(handouts.find((h) => h.content)?.content?.clientName).toBe('Ann Lee');
    }
    if (version >= 5) {
      expect(call('sessions.get', { id: S1 }).ndi).toEqual([1, 2, 1, 0, 2, 1, null, 1, 2, 1]);
    }
  });
});
