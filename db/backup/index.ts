/**
 * Backups and restore at the database layer (no UI, no API wiring): online backups of the open
 * connection, verified before they are kept; a daily automatic backup with rotation; a copy
 * before every schema update; inspecting a backup; restoring one with a copy of what it replaces.
 */
export { automaticBackup, type AutomaticBackupOptions, type AutomaticBackupResult } from './automatic';
export { backupBeforeMigration, type BeforeMigrationOptions } from './before-migration';
export { BackupError, type BackupFailure } from './errors';
export { inspectBackup, type BackupInspection, type InspectFailure, type InspectOptions } from './inspect';
export {
  backupFileName,
  defaultBackupFolder,
  freeBackupPath,
  listBackups,
  type BackupEntry,
  type BackupKind,
} from './names';
export { restoreBackup, type RestoreOptions, type RestoreResult } from './restore';
export { backupsToKeep, rotateBackups } from './rotation';
export { verifyBackup, type ExpectedContents, type VerifiedContents } from './verify';
export { backupTo, type BackupOptions, type BackupSummary } from './write';
