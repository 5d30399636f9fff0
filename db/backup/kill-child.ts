/**
 * Test support for db/backup/kill-during-backups.test.ts: a process that does one kind of file
 * work over and over (or once, for an update) until the test kills it (SIGKILL). It prints
 * "ready" when it starts the work. Run with `node --import tsx db/backup/kill-child.ts <mode> ...`:
 *
 *   backup <database>                                  backups of the open database, one after another
 *   encrypted-backup <database> <phrase>               encrypted backups of it (no plain copy), one after another
 *   restore <database> <backup> <backup>               restores of the two backups in turn
 *   encrypted-restore <database> <enc> <enc> <phrase>  the same, each decrypted first (as the API does)
 *   migration <database>                               opens a file of an older schema (copy, then update)
 */
import { backupTo } from './write';
import { defaultBackupFolder, freeBackupPath, freeEncryptedBackupPath } from './names';
import { writeEncryptedBackup } from './encrypted-backup';
import { restoreBackup } from './restore';
import { withDecryptedBackup } from './encrypted-restore';
import { openDatabase } from '../open';

const [mode, database, ...rest] = process.argv.slice(2);
/** Backup names come from this time, never the clock: each is made free with "-2", "-3"…. */
const AT = new Date('2026-11-21T08:30:00.000Z');

async function run(): Promise<void> {
  if (!database) throw new Error('kill-child: no database given');
  if (mode === 'backup') {
    const db = openDatabase(database);
    process.stdout.write('ready\n');
    for (;;) await backupTo(db, freeBackupPath(defaultBackupFolder(database), 'manual', AT));
  }
  if (mode === 'encrypted-backup') {
    const db = openDatabase(database);
    process.stdout.write('ready\n');
    const folder = defaultBackupFolder(database);
    for (;;) {
      await writeEncryptedBackup(db, freeEncryptedBackupPath(folder, AT), rest[0] ?? '', { scrypt: { N: 2 ** 10 } });
    }
  }
  if (mode === 'restore' || mode === 'encrypted-restore') {
    const [first, second, passphrase] = rest;
    if (!first || !second) throw new Error('kill-child: two backups are needed');
    process.stdout.write('ready\n');
    for (let turn = 0; ; turn += 1) {
      const backupFile = turn % 2 === 0 ? first : second;
      if (mode === 'restore') {
        await restoreBackup({ databaseFile: database, backupFile, now: AT });
      } else {
        await withDecryptedBackup(backupFile, passphrase ?? '', (plain) =>
          restoreBackup({ databaseFile: database, backupFile: plain, now: AT }),
        );
      }
    }
  }
  if (mode === 'migration') {
    process.stdout.write('ready\n');
    openDatabase(database).close();
    process.stdout.write('done\n');
    return;
  }
  throw new Error(`kill-child: unknown mode ${mode ?? ''}`);
}

run().catch((error: unknown) => {
  process.stderr.write(`kill-child: ${error instanceof Error ? `${error.name}: ${error.message}` : 'failed'}\n`);
  process.exit(1);
});
