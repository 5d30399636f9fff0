/**
 * An encrypted backup of the open database with no plain copy on disk: the database file's bytes,
 * read as one consistent snapshot while the app goes on writing (snapshot.ts), go straight
 * through the cipher into the encrypted file (encrypted.ts encryptStream), which is then read
 * back, its tag verified and its plaintext's SHA-256 compared with that of the bytes read, before
 * it gets its final name. What this proves, and what it does not, is in docs/ENCRYPTED-BACKUP.md.
 *
 * When no snapshot can be had (another reader still needs an older state of the file, so
 * SQLite cannot bring the file up to date), it falls back to a checked plain backup under a
 * temporary name (write.ts), encrypted and then removed, as before.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { encryptFile, encryptStream, refuseWeakPassphrase, type ScryptParams, type SealedContent } from './encrypted';
import { writeFailure } from './errors';
import { randomSuffix, removeWithSidecars } from './files';
import { tempPathFor } from './names';
import { openFileSnapshot, type SnapshotRefusal } from './snapshot';
import type { ExpectedContents } from './verify';
import { backupTo } from './write';

export interface EncryptedBackupOptions {
  /** Path to a better-sqlite3 build for this runtime (the snapshot's connection, the fallback's check). */
  nativeBinding?: string | undefined;
  /** Key-derivation cost (tests only: smaller is faster). */
  scrypt?: Partial<ScryptParams>;
  /** After each piece of the snapshot is encrypted: bytes so far and in all. */
  onProgress?: (done: number, total: number) => void;
  /** Test hook: runs on the written encrypted file before it is read back and checked. */
  afterWrite?: (tempFile: string) => void | Promise<void>;
}

export interface EncryptedBackupSummary {
  /** The absolute path of the encrypted backup. */
  file: string;
  /** Its size. */
  bytes: number;
  /** 'snapshot': no plain copy was written; 'copy': the fallback (a checked plain copy, removed). */
  method: 'snapshot' | 'copy';
  /** Why there was no snapshot, with 'copy'. */
  refused?: SnapshotRefusal;
  /** The length and SHA-256 of the SQLite file inside, as the written file was proven to hold. */
  content: SealedContent;
  /** What the backup holds. */
  contents: ExpectedContents;
}

/** The fallback: a checked plain backup under a temporary name (removed at the next start if killed), encrypted, removed. */
async function throughPlainCopy(
  db: Database.Database,
  destination: string,
  passphrase: string,
  options: EncryptedBackupOptions,
): Promise<Omit<EncryptedBackupSummary, 'method' | 'bytes'>> {
  const plain = await backupTo(db, tempPathFor(destination, randomSuffix()), { nativeBinding: options.nativeBinding });
  try {
    const content = await encryptFile(plain.file, destination, passphrase, options);
    const { schemaVersion, clients, sessions } = plain;
    return { file: destination, content, contents: { schemaVersion, clients, sessions } };
  } finally {
    removeWithSidecars(plain.file);
  }
}

/**
 * Writes an encrypted backup of `db` to `destination` (a new name: an existing file there is
 * replaced), proven before it gets that name. Rejects with a BackupFileError (passphrase,
 * writing, not verified) or a BackupError (the fallback's plain copy), in plain words.
 */
export async function writeEncryptedBackup(
  db: Database.Database,
  destination: string,
  passphrase: string,
  options: EncryptedBackupOptions = {},
): Promise<EncryptedBackupSummary> {
  refuseWeakPassphrase(passphrase);
  const file = path.resolve(destination);
  const folder = path.dirname(file);
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw writeFailure(error, folder);
  }
  const snapshot = openFileSnapshot(db, { nativeBinding: options.nativeBinding });
  if ('refused' in snapshot) {
    const made = await throughPlainCopy(db, file, passphrase, options);
    return { ...made, method: 'copy', refused: snapshot.refused, bytes: fs.statSync(file).size };
  }
  try {
    const { afterWrite, scrypt } = options;
    const content = await encryptStream(() => snapshot.chunks(options.onProgress), file, passphrase, {
      ...(scrypt ? { scrypt } : {}),
      ...(afterWrite ? { afterWrite } : {}),
    });
    return { file, bytes: fs.statSync(file).size, method: 'snapshot', content, contents: snapshot.contents };
  } finally {
    snapshot.close();
  }
}
