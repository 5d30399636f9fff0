/**
 * The therapist's own copies of their records: backups (plain and encrypted) in the backups
 * folder beside the database, restoring one, and export/import as JSON or CSV. The file work
 * lives in db/backup and db/export; this module turns it into operations. Backups and restore
 * answer later (dispatchAsync): SQLite's online backup lets the app keep working meanwhile.
 * Exports of any size are written to a file piece by piece (exportToFile, used by the desktop's
 * save dialog and the loopback adapter's download), and imports read from a file (importFromFile).
 */
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'date-fns';
import {
  BackupError,
  backupTo,
  defaultBackupFolder,
  inspectBackup,
  listBackups,
  restoreBackup,
  type BackupSummary,
} from '../backup';
import { freeBackupPath, freeEncryptedBackupPath } from '../backup/names';
import { BackupFileError } from '../backup/encrypted';
import { writeEncryptedBackup } from '../backup/encrypted-backup';
import { withDecryptedBackup } from '../backup/encrypted-restore';
import { AppError } from '../errors';
import { nowIso } from '../ids';
import {
  exportAll,
  exportClient,
  exportCsv,
  importJson,
  toJsonText,
  writeExportCsvZip,
  writeExportJson,
  type ExportFileSummary,
  type ExportProgress,
  type ExportScope,
  type KnotbookExport,
} from '../export';
import { getClient } from '../queries/clients';
import type {
  BackupContents,
  BackupInfo,
  BackupList,
  ExportedFile,
  ImportReport,
  OpParsed,
  RestoreOutcome,
} from './contract';
import { fileNamePart } from './file-name';
import { gateRefusal } from './gate';
import type { ApiContext } from './handlers';

const ENCRYPTED = /^knotbook-encrypted-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})Z(?:-\d+)?\.knbtbak$/;

function folderOf(ctx: ApiContext): string {
  return defaultBackupFolder(ctx.databasePath);
}

function encryptedBackups(folder: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const m = ENCRYPTED.exec(name);
    if (!m) return [];
    const at = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.000Z`;
    return [{ name, kind: 'encrypted' as const, at, bytes: fs.statSync(path.join(folder, name)).size }];
  });
}

export function listAllBackups(ctx: ApiContext): BackupList {
  const folder = folderOf(ctx);
  const plain: BackupInfo[] = listBackups(folder).map(({ name, kind, at, bytes }) => ({ name, kind, at, bytes }));
  const backups = [...plain, ...encryptedBackups(folder)].sort((a, b) => b.at.localeCompare(a.at));
  return { folder, backups };
}

/** A backup of the folder by name (the name was checked against our patterns by the schema). */
function backupFile(ctx: ApiContext, name: string): string {
  const file = path.join(folderOf(ctx), path.basename(name));
  if (!fs.existsSync(file)) throw new AppError('not_found', 'That backup is no longer in the backups folder.');
  return file;
}

function infoOf(file: string, kind: BackupInfo['kind'], at: Date): BackupInfo {
  return { name: path.basename(file), kind, at: at.toISOString(), bytes: fs.statSync(file).size };
}

/**
 * A manual backup under the first free name of its second. Two started together (two windows,
 * a double click) may pick the same name: the one that finds it taken takes the next.
 */
async function manualBackup(ctx: ApiContext, at: Date): Promise<BackupSummary> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await backupTo(ctx.db, freeBackupPath(folderOf(ctx), 'manual', at), { nativeBinding: ctx.nativeBinding });
    } catch (error) {
      if (!(error instanceof BackupError && error.reason === 'exists') || attempt >= 5) throw error;
    }
  }
}

export async function createBackup(ctx: ApiContext): Promise<BackupInfo> {
  const at = new Date(nowIso());
  const summary = await manualBackup(ctx, at);
  return infoOf(summary.file, 'manual', at);
}

/** Turns the encrypted format's refusals into the API's plain-words errors. */
function fromBackupFileError(error: unknown): never {
  if (error instanceof BackupFileError) {
    const code = error.code === 'io' ? 'internal' : 'invalid_input';
    throw new AppError(code, error.message);
  }
  throw error;
}

/**
 * An encrypted backup in the backups folder, made from a snapshot of the file with no plain copy
 * on disk and proven before it gets its name (db/backup/encrypted-backup.ts).
 */
export async function createEncryptedBackup(
  ctx: ApiContext,
  { passphrase }: OpParsed<'backups.createEncrypted'>,
): Promise<BackupInfo> {
  const at = new Date(nowIso());
  const file = freeEncryptedBackupPath(folderOf(ctx), at);
  await writeEncryptedBackup(ctx.db, file, passphrase, { nativeBinding: ctx.nativeBinding }).catch(fromBackupFileError);
  return infoOf(file, 'encrypted', at);
}

/**
 * Runs `work` on a plain SQLite copy of the named backup: the file itself, or for an encrypted
 * one a scratch copy decrypted with the passphrase and removed afterwards.
 */
async function withPlainBackup<T>(
  ctx: ApiContext,
  name: string,
  passphrase: string | undefined,
  work: (file: string) => Promise<T>,
): Promise<T> {
  const file = backupFile(ctx, name);
  if (!name.endsWith('.knbtbak')) return work(file);
  if (!passphrase) throw new AppError('invalid_input', 'This backup is encrypted: enter its passphrase.');
  // Decrypted to a scratch file the next start removes if this process is killed meanwhile.
  let decrypted = false;
  return withDecryptedBackup(file, passphrase, (plain) => {
    decrypted = true;
    return work(plain);
  }).catch((error: unknown) => {
    if (decrypted) throw error;
    return fromBackupFileError(error);
  });
}

export async function inspectNamedBackup(
  ctx: ApiContext,
  { name, passphrase }: OpParsed<'backups.inspect'>,
): Promise<BackupContents> {
  return withPlainBackup(ctx, name, passphrase, async (file) => {
    const found = await inspectBackup(file, { nativeBinding: ctx.nativeBinding });
    if (!found.ok) throw new AppError('invalid_input', found.message);
    const { schemaVersion, clients, sessions, lastChangeAt } = found;
    return { name, schemaVersion, clients, sessions, lastChangeAt };
  });
}

/**
 * Replaces the database with the named backup. The host's `reopen` closes the connection, lets
 * restoreBackup keep a verified copy of the current file and put the backup in its place, and
 * opens the result (migrating an older one); every other call waits with a plain refusal.
 */
export async function restoreNamedBackup(
  ctx: ApiContext,
  { name, passphrase }: OpParsed<'backups.restore'>,
): Promise<RestoreOutcome> {
  const reopen = ctx.reopen;
  if (!reopen) throw new AppError('read_only', 'This copy of Knotbook cannot restore backups.');
  return withPlainBackup(ctx, name, passphrase, async (file) => {
    // restoreBackup checks the backup first (the same inspection as backups.inspect) and refuses
    // it with the same plain message, changing nothing; the connection is then opened again.
    const result = await reopen(() =>
      restoreBackup({ databaseFile: ctx.databasePath, backupFile: file, nativeBinding: ctx.nativeBinding }),
    );
    return {
      restoredFrom: name,
      safetyCopy: result.safetyCopy ? path.basename(result.safetyCopy) : null,
      clients: result.restored.clients,
      sessions: result.restored.sessions,
    };
  });
}

/**
 * "knotbook-maya-okafor-2026-11-21.json": named by the local calendar day of the export's own
 * `exportedAt`, so an export made at 23:30 carries that evening's date, as the file says inside.
 */
function exportFileName(what: string, extension: string, exportedAt: string): string {
  return `knotbook-${what}-${format(new Date(exportedAt), 'yyyy-MM-dd')}.${extension}`;
}

function asFile(data: KnotbookExport, what: string, kind: 'json' | 'csv'): ExportedFile {
  const name = (extension: string) => exportFileName(what, extension, data.exportedAt);
  if (kind === 'json') return { kind: 'json', fileName: name('json'), text: toJsonText(data) };
  const files = [...exportCsv(data)].map(([table, text]) => ({ name: `${table}.csv`, text }));
  return { kind: 'csv', fileName: name('csv.zip'), files };
}

/** "maya-okafor": a file name part from the client's name (letters and digits only). */
function slug(text: string): string {
  const plain = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return plain || 'client';
}

export function exportOneClient(ctx: ApiContext, { clientId, format: kind }: OpParsed<'export.client'>): ExportedFile {
  const client = getClient(ctx.db, clientId);
  return asFile(exportClient(ctx.db, clientId), slug(`${client.givenName} ${client.familyName}`), kind);
}

export function exportEverything(ctx: ApiContext, { format: kind }: OpParsed<'export.all'>): ExportedFile {
  return asFile(exportAll(ctx.db), 'everything', kind);
}

const NOT_JSON = 'That file is not a Knotbook export: it is not JSON. Nothing was imported.';

function importText(ctx: ApiContext, text: string, settings: 'keep' | 'replace'): ImportReport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new AppError('invalid_input', NOT_JSON);
  }
  return importJson(ctx.db, data, ctx.actor, settings);
}

export function importFromJson(ctx: ApiContext, { text, settings }: OpParsed<'import.json'>): ImportReport {
  return importText(ctx, text, settings);
}

/**
 * What the dispatcher refuses before any operation, for the file routes that do not pass
 * through it (the desktop's dialogs, the loopback adapter's download): a restore under way, or
 * the app lock (locked, or idle past its minutes). Otherwise counts as use of the app.
 */
export function refuseWhileBusyOrLocked(ctx: ApiContext, what = 'file'): void {
  const refused = gateRefusal(ctx, what);
  if (refused) throw refused;
}

export interface ExportToFileOptions {
  format: 'json' | 'csv';
  /** One client's record; everything when absent. */
  clientId?: string | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: ExportProgress) => void) | undefined;
  /** The export's time; the clock's by default. */
  now?: Date | undefined;
}

const scopeOf = (clientId: string | undefined): ExportScope =>
  clientId === undefined ? { kind: 'all' } : { kind: 'client', clientId };

/**
 * The name Knotbook suggests for an export made at `at`: "knotbook-everything-2026-11-21.json",
 * or the client's name for one record; ".csv.zip" for CSV.
 */
export function suggestedExportName(
  ctx: ApiContext,
  { format: kind, clientId }: Pick<ExportToFileOptions, 'format' | 'clientId'>,
  at: Date,
): string {
  let what = 'everything';
  if (clientId !== undefined) {
    const client = getClient(ctx.db, clientId);
    what = slug(fileNamePart(`${client.givenName} ${client.familyName}`));
  }
  return exportFileName(what, kind === 'json' ? 'json' : 'csv.zip', at.toISOString());
}

/**
 * Writes an export (JSON, or CSV files in a zip) to `file`, piece by piece from a second,
 * read-only connection (db/export/export-file.ts): memory does not grow with the practice and the
 * app keeps answering meanwhile. Refused while restoring or locked.
 */
export function exportToFile(ctx: ApiContext, file: string, options: ExportToFileOptions): Promise<ExportFileSummary> {
  refuseWhileBusyOrLocked(ctx, 'export.toFile');
  const write = options.format === 'json' ? writeExportJson : writeExportCsvZip;
  return write(ctx.db, scopeOf(options.clientId), file, {
    nativeBinding: ctx.nativeBinding,
    signal: options.signal,
    onProgress: options.onProgress,
    now: options.now,
  });
}

/**
 * Imports a Knotbook JSON export from a file: read without holding up the app, then parsed and
 * imported in one transaction (importJson). A file too large to read whole is refused in words.
 */
export async function importFromFile(
  ctx: ApiContext,
  file: string,
  settings: 'keep' | 'replace' = 'keep',
): Promise<ImportReport> {
  refuseWhileBusyOrLocked(ctx, 'import.fromFile');
  let text: string;
  try {
    text = await fs.promises.readFile(file, 'utf8');
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    if (code === 'ERR_STRING_TOO_LONG' || code === 'ERR_FS_FILE_TOO_LARGE') {
      throw new AppError(
        'invalid_input',
        'That file is too large for Knotbook to import at once. Nothing was imported.',
      );
    }
    throw new AppError(
      'invalid_input',
      'Knotbook could not read that file. Check that it is still there, then try again.',
    );
  }
  // The file was read while the app kept answering: a restore may have begun meanwhile.
  refuseWhileBusyOrLocked(ctx);
  return importText(ctx, text, settings);
}
