/**
 * An update cut off by a kill (or a crash, or a power cut) rolls back whole, and the file is as it
 * was; the copy made before it (before-migration.ts) is then a copy of the file as it still is.
 * Opening it again reuses that copy instead of making one more each time. The newest copy
 * before this update is reused only when it still reads as a whole Knotbook file (its header,
 * its length, its small tables) and holds exactly what the file holds: the same schema, the same
 * number of rows in every table, and the same number of audit entries and newest audit entry.
 * Every change Knotbook makes adds an audit entry, and audit entries can be neither changed nor
 * removed, so a file used in between (by an older Knotbook, say) gets a new copy.
 */
import Database from 'better-sqlite3';
import { readHeader } from './files';
import { listBackups } from './names';
import type { BackupSummary } from './write';

/** Tables whose own check is cheap: those db/open.ts checks on every open. */
const SMALL_TABLES = ['sqlite_schema', 'settings', 'clients', 'exercises'];

/** What must be equal between the file and its copy. */
function fingerprint(db: Database.Database): string {
  const objects = db
    .prepare("SELECT type, name, coalesce(sql, '') AS sql FROM sqlite_schema ORDER BY type, name")
    .all() as { type: string; name: string; sql: string }[];
  const tables = objects.filter((o) => o.type === 'table' && !o.name.startsWith('sqlite_')).map((o) => o.name);
  const counts = tables.map((table) => db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number);
  const newestAudit = tables.includes('audit_log') ? db.prepare('SELECT max(at) FROM audit_log').pluck().get() : null;
  return JSON.stringify({
    applicationId: db.pragma('application_id', { simple: true }),
    schemaVersion: db.pragma('user_version', { simple: true }),
    objects,
    counts,
    newestAudit,
  });
}

function smallTablesIntact(db: Database.Database): boolean {
  const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
  return SMALL_TABLES.filter((name) => name === 'sqlite_schema' || tables.has(name)).every(
    (name) => db.pragma(`quick_check("${name}")`, { simple: true }) === 'ok',
  );
}

/**
 * The newest copy in `folder` made before updating to `toVersion`, when it is a whole copy of
 * the file `source` is connected to as it is now; otherwise undefined (a new copy is then made).
 * Never throws: a copy that cannot be read is simply not reused.
 */
export function reusableCopy(
  source: Database.Database,
  folder: string,
  toVersion: number,
  nativeBinding: string | undefined,
): BackupSummary | undefined {
  const newest = listBackups(folder).find((e) => e.kind === 'before-migration' && e.beforeVersion === toVersion);
  if (!newest) return undefined;
  let copy: Database.Database | undefined;
  try {
    const header = readHeader(newest.file);
    // A copy in write-ahead-log mode is not looked into: a connection would make files beside it.
    if (!header.isSqlite || header.truncated || header.walMode) return undefined;
    copy = new Database(newest.file, { readonly: true, fileMustExist: true, nativeBinding });
    if (!smallTablesIntact(copy) || fingerprint(copy) !== fingerprint(source)) return undefined;
    const count = (table: string) => copy?.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    return {
      file: newest.file,
      bytes: newest.bytes,
      clients: count('clients'),
      sessions: count('sessions'),
      lastChangeAt: copy.prepare('SELECT max(at) FROM audit_log').pluck().get() as string | null,
      schemaVersion: copy.pragma('user_version', { simple: true }) as number,
      verified: true,
    };
  } catch {
    return undefined;
  } finally {
    copy?.close();
  }
}
