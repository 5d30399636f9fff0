/**
 * The audit chain through export and import: the file carries each entry's prev_hash and hash,
 * an import refuses a log that does not hold together (naming the entry and its time), appends
 * what it takes to this database's own chain, and still reads files made before the chain.
 */
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AUDIT_CHAIN_SQL, AUDIT_CHAIN_START, findAuditChainBreak, type AuditChainRow } from '../queries/audit-log';
import { openTestApi } from '../testing/api';
import { ACTOR } from '../testing/temp-db';
import { exportAll, exportClient, toJsonText } from './export';
import { importJson } from './import';
import { fingerprint, makeClientRecord, refusedMessage, setUpPractice } from './testing';

type Row = Record<string, unknown>;
type ExportFile = Row & { tables: Record<string, Row[]> };

function recorded() {
  const api = openTestApi();
  setUpPractice(api);
  const maya = makeClientRecord(api);
  makeClientRecord(api, 'Luis', 'Ortega');
  const file = (scope: 'client' | 'all') =>
    JSON.parse(toJsonText(scope === 'all' ? exportAll(api.db) : exportClient(api.db, maya.client.id))) as ExportFile;
  return { ...api, maya, file };
}

const log = (data: ExportFile): Row[] => data.tables.audit_log ?? [];

function entry(data: ExportFile, index: number): Row {
  const found = log(data)[index];
  if (!found) throw new Error(`no audit entry ${index + 1}`);
  return found;
}

function chainBreak(db: Database.Database) {
  return findAuditChainBreak(db.prepare(AUDIT_CHAIN_SQL).iterate() as Iterable<AuditChainRow>);
}

/** "entry 12 of this file (2026-03-02 23:30)" as the refusal words it, in the local time. */
function named(row: Row): string {
  const at = new Date(String(row.at));
  const pad = (n: number) => String(n).padStart(2, '0');
  const local = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
  return `entry ${String(row.id)} of this file (${local})`;
}

describe('the audit chain in an export', () => {
  it('is carried whole in an export of everything, from the start of the chain', () => {
    const { db, file } = recorded();
    const data = file('all');
    expect(data.formatVersion).toBe(3);
    expect(entry(data, 0).prev_hash).toBe(AUDIT_CHAIN_START);
    const stored = db.prepare('SELECT id, prev_hash, hash FROM audit_log ORDER BY id').all();
    expect(log(data).map(({ id, prev_hash, hash }) => ({ id, prev_hash, hash }))).toEqual(stored);
  });

  it('is appended to this database’s own chain on import, keeping the entries’ times', () => {
    const { file } = recorded();
    const data = file('client');
    const target = openTestApi();
    setUpPractice(target);
    importJson(target.db, data, ACTOR);
    expect(chainBreak(target.db)).toBeNull();
    const times = target.db.prepare('SELECT at FROM audit_log WHERE client_id IS NOT NULL ORDER BY id').pluck().all();
    expect(times.slice(0, log(data).length)).toEqual(log(data).map((e) => e.at));
  });

  it('refuses an entry changed in the file, naming it and its time', () => {
    const { db, file } = recorded();
    for (const scope of ['client', 'all'] as const) {
      const data = file(scope);
      const changed = entry(data, 3);
      changed.actor = 'Someone Else';
      const message = `The audit log in this file does not hold together: ${named(changed)} was changed after it was written. Nothing was imported.`;
      expect(refusedMessage(db, data)).toBe(message);
      expect(refusedMessage(openTestApi().db, data)).toBe(message);
    }
  });

  it('refuses an export of everything with an entry taken out', () => {
    const { file } = recorded();
    const data = file('all');
    const next = entry(data, 5);
    log(data).splice(4, 1);
    expect(refusedMessage(openTestApi().db, data)).toBe(
      `The audit log in this file does not hold together: ${named(next)} does not follow the entry before it (entries were removed or put in before it). Nothing was imported.`,
    );
  });

  it('refuses a file of format 3 whose entries have no hashes', () => {
    const { file } = recorded();
    const data = file('client');
    delete entry(data, 1).hash;
    expect(refusedMessage(openTestApi().db, data)).toBe('audit_log row 2: hash is missing. Nothing was imported.');
  });

  it('still imports a file made before the chain (format 2, schema 7, no hashes, no built-in choices)', () => {
    const { file } = recorded();
    const data = file('all');
    Object.assign(data, { formatVersion: 2, appSchemaVersion: 7 });
    delete data.tables.built_in_exercises;
    for (const row of log(data)) {
      delete row.prev_hash;
      delete row.hash;
    }
    const target = openTestApi();
    const report = importJson(target.db, data, ACTOR);
    expect(report.imported).toMatchObject({ clients: 2, audit_log: log(data).length, built_in_exercises: 0 });
    expect(chainBreak(target.db)).toBeNull();
    // And again: already present, matched without the hashes it never had.
    const before = fingerprint(target.db);
    expect(importJson(target.db, data, ACTOR).imported.audit_log).toBe(0);
    expect(fingerprint(target.db)).toEqual(before);
  });
});
