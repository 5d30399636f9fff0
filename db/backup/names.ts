/**
 * The names Knotbook gives its backup files, and the list of the backups in a folder. Only files
 * whose names match these patterns are ever listed, rotated or deleted: anything else in the
 * folder belongs to the therapist.
 *
 *   knotbook-2026-11-21T08-30-00Z.sqlite                  daily (automatic), rotated
 *   knotbook-before-v7-2026-11-21T08-30-00Z.sqlite        before updating the file to schema 7
 *   knotbook-before-restore-2026-11-21T08-30-00Z.sqlite   the database as it was before a restore
 *   knotbook-manual-2026-11-21T08-30-00Z.sqlite           made on request
 *
 * The time is UTC, with hyphens for colons (Windows allows no colons in names), so the names
 * sort in time order. A second backup of the same kind in the same second gets "-2", "-3", ....
 */
import fs from 'node:fs';
import path from 'node:path';

export type BackupKind = 'daily' | 'before-migration' | 'before-restore' | 'manual';

export interface BackupEntry {
  /** The absolute path. */
  file: string;
  name: string;
  kind: BackupKind;
  /** When the backup was made (ISO-8601 UTC), from its name. */
  at: string;
  bytes: number;
  /** For a 'before-migration' backup: the schema version the file was about to be updated to. */
  beforeVersion?: number;
}

const STAMP = String.raw`(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})Z`;
const NAME = new RegExp(
  String.raw`^knotbook-(?:(before-v(\d{1,4})|before-restore|manual)-)?${STAMP}(?:-(\d{1,4}))?\.sqlite$`,
);

/**
 * The folder a database's backups go to: beside it, named after it (`knotbook.sqlite` →
 * `knotbook-backups`), so two databases in one folder never mix their backups.
 */
export function defaultBackupFolder(databaseFile: string): string {
  const file = path.resolve(databaseFile);
  return path.join(path.dirname(file), `${path.basename(file, path.extname(file))}-backups`);
}

/** `2026-11-21T08-30-00Z`: the time in UTC to the second, without colons. */
export function timeStamp(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace(/:/g, '-')}Z`;
}

/** The file name for a backup of this kind made at `at` (`beforeVersion` for 'before-migration'). */
export function backupFileName(
  kind: BackupKind,
  at: Date,
  options: { beforeVersion?: number; copy?: number } = {},
): string {
  const prefix = {
    daily: 'knotbook-',
    'before-migration': `knotbook-before-v${options.beforeVersion ?? 0}-`,
    'before-restore': 'knotbook-before-restore-',
    manual: 'knotbook-manual-',
  }[kind];
  const copy = options.copy && options.copy > 1 ? `-${options.copy}` : '';
  return `${prefix}${timeStamp(at)}${copy}.sqlite`;
}

/**
 * A free name for an encrypted backup made at `at` (`knotbook-encrypted-<time>.knbtbak`, then
 * `-2`, `-3`… when taken): the page's encrypted backups and encrypted files copied in.
 */
export function freeEncryptedBackupPath(folder: string, at: Date): string {
  for (let copy = 1; ; copy += 1) {
    const file = path.join(folder, `knotbook-encrypted-${timeStamp(at)}${copy > 1 ? `-${copy}` : ''}.knbtbak`);
    if (!fs.existsSync(file)) return file;
  }
}

/** What a name of ours says (kind and time), or undefined for any other file. */
export function parseBackupName(name: string): { kind: BackupKind; at: Date; beforeVersion?: number } | undefined {
  const match = NAME.exec(name);
  if (!match) return undefined;
  const [, label, version, year, month, day, hour, minute, second] = match;
  const at = new Date(
    Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)),
  );
  if (Number.isNaN(at.getTime()) || timeStamp(at) !== name.match(STAMP)?.[0]) return undefined;
  if (label === undefined) return { kind: 'daily', at };
  if (label === 'before-restore') return { kind: 'before-restore', at };
  if (label === 'manual') return { kind: 'manual', at };
  return { kind: 'before-migration', at, beforeVersion: Number(version) };
}

/** A path in `folder` for a new backup of this kind that no file has yet. */
export function freeBackupPath(folder: string, kind: BackupKind, at: Date, beforeVersion?: number): string {
  for (let copy = 1; ; copy += 1) {
    const file = path.join(folder, backupFileName(kind, at, { beforeVersion, copy }));
    if (!fs.existsSync(file)) return file;
  }
}

/** Knotbook's backups in `folder`, newest first; other files are left out. An absent folder has none. */
export function listBackups(folder: string): BackupEntry[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const entries: BackupEntry[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const file = path.join(path.resolve(folder), name);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      continue; // removed in the meantime
    }
    if (!stat.isFile()) continue;
    const entry: BackupEntry = { file, name, kind: parsed.kind, at: parsed.at.toISOString(), bytes: stat.size };
    if (parsed.beforeVersion !== undefined) entry.beforeVersion = parsed.beforeVersion;
    entries.push(entry);
  }
  return entries.sort((a, b) => b.at.localeCompare(a.at) || b.name.localeCompare(a.name));
}

/**
 * Temporary files of ours in a backups folder: `.<final name>.p<process id>-<12 hex>.partial`
 * (and SQLite's files beside them). The process id says whose it is: one whose process is gone
 * was left by a kill or a crash (leftovers.ts). Older versions wrote `.<name>.<12 hex>.partial`,
 * and a decrypted scratch file's own temporary file has a second leading dot.
 */
const TEMP = /^\.{1,2}knotbook-.*\.(?:p(\d{1,10})-)?[0-9a-f]{12}\.partial(?:-journal|-wal|-shm)?$/;

/** A hidden temporary name beside `finalFile`, for writing before the rename; tagged with this process's id. */
export function tempPathFor(finalFile: string, random: string): string {
  return path.join(path.dirname(finalFile), `.${path.basename(finalFile)}.p${process.pid}-${random}.partial`);
}

export function isOurTempFile(name: string): boolean {
  return TEMP.test(name);
}

/**
 * The process that wrote a temporary file of ours (`pid`), or `pid: null` for a name of an older
 * version, which carried none; undefined for any other name. `databaseName` (the database file's
 * own name) also matches the temporary files a restore writes beside the database.
 */
export function tempFileOwner(name: string, databaseName?: string): { pid: number | null } | undefined {
  const match = TEMP.exec(name) ?? (databaseName === undefined ? null : besideDatabase(databaseName).exec(name));
  if (!match) return undefined;
  return { pid: match[1] === undefined ? null : Number(match[1]) };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `.knotbook.sqlite.p123-<12 hex>.partial` and SQLite's files beside it: a restore's copy beside the database. */
function besideDatabase(databaseName: string): RegExp {
  return new RegExp(
    String.raw`^\.${escapeRegExp(databaseName)}\.(?:p(\d{1,10})-)?[0-9a-f]{12}\.partial(?:-journal|-wal|-shm)?$`,
  );
}
