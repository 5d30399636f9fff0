/**
 * Encrypted backups with no plain copy on disk (encrypted-backup.ts, snapshot.ts): made while the
 * app keeps writing, they restore to the whole file as it was when the backup began; no plain
 * copy appears in the backups folder or beside the database at any moment; when another reader
 * keeps SQLite from bringing the file up to date, the checked plain copy of before is the
 * fallback; a file that does not read back as written is not kept; a tampered one is refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createClient, EMPTY_CLIENT } from '../queries/clients';
import { ACTOR, openTempDb, tempPath, track } from '../testing/temp-db';
import { BACKUP_MESSAGES, BackupFileError, decryptFile, HEADER_LENGTH, readEncryptedHeader } from './encrypted';
import { writeEncryptedBackup } from './encrypted-backup';
import { inspectBackup } from './inspect';
import { defaultBackupFolder } from './names';
import { openFileSnapshot, readPiece } from './snapshot';
import { addPractice, namesIn, sha256, rejectionOf } from './testing';
import { sourceContents } from './write';

const PASSPHRASE = 'plum tree by the clinic door';
const FAST = { scrypt: { N: 2 ** 10 } };
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const FINAL = 'knotbook-encrypted-2026-11-21T08-30-00Z.knbtbak';
/** The encrypted file's own temporary name while it is written (ciphertext only). */
const OWN_TEMP = /^\.knotbook-encrypted-2026-11-21T08-30-00Z\.knbtbak\.p\d+-[0-9a-f]{12}\.partial$/;

/** A practice of a few MiB, so that the snapshot is read in several pieces. */
function bigPractice() {
  const { db, file } = openTempDb();
  addPractice(db);
  const history = 'Desk work; headaches behind the right eye. '.repeat(200); // about 8.6 KB
  db.transaction(() => {
    for (let i = 0; i < 400; i += 1) {
      createClient(db, ACTOR, { ...EMPTY_CLIENT, givenName: `Client ${i}`, healthHistory: history });
    }
  })();
  return { db, file, folder: defaultBackupFolder(file), destination: path.join(defaultBackupFolder(file), FINAL) };
}

/** Whether any file in `folder` starts as a SQLite database does (a plain copy). */
function plainFilesIn(folder: string): string[] {
  return namesIn(folder).filter((name) => {
    const full = path.join(folder, name);
    if (!fs.statSync(full).isFile()) return false;
    const head = Buffer.alloc(16);
    const fd = fs.openSync(full, 'r');
    try {
      fs.readSync(fd, head, 0, 16, 0);
    } finally {
      fs.closeSync(fd);
    }
    return head.equals(SQLITE_MAGIC);
  });
}

/** Decrypts a backup to a fresh file and reads its counts and integrity. */
async function restored(file: string) {
  const plain = tempPath('restored.sqlite');
  await decryptFile(file, plain, PASSPHRASE);
  const reader = track(new Database(plain, { readonly: true, fileMustExist: true }));
  const facts = { ...sourceContents(reader), integrity: reader.pragma('integrity_check', { simple: true }) };
  reader.close();
  return { plain, facts };
}

const failure = (promise: Promise<unknown>) => rejectionOf(promise, BackupFileError);

describe('an encrypted backup from a snapshot of the file', () => {
  it('is the file as it was when it began, whole, while the app keeps writing, and never a plain copy on disk', async () => {
    const { db, file, folder, destination } = bigPractice();
    const atStart = sourceContents(db);
    const besideDatabase = new Set([path.basename(file), `${path.basename(file)}-wal`, `${path.basename(file)}-shm`]);
    const seenInFolder = new Set<string>();
    const plainSeen: string[] = [];
    const strangersBeside: string[] = [];
    let writes = 0;

    const made = await writeEncryptedBackup(db, destination, PASSPHRASE, {
      ...FAST,
      onProgress: () => {
        for (const name of namesIn(folder)) seenInFolder.add(name);
        plainSeen.push(...plainFilesIn(folder));
        strangersBeside.push(
          ...namesIn(path.dirname(file)).filter((name) => !besideDatabase.has(name) && name !== path.basename(folder)),
        );
        // The app goes on writing while the backup is read, and asks SQLite to copy its log into
        // the file each time (as it does by itself every 1,000 pages): the snapshot holds it off.
        createClient(db, ACTOR, { ...EMPTY_CLIENT, givenName: `During ${writes}` });
        db.pragma('wal_checkpoint(PASSIVE)');
        writes += 1;
      },
    });

    expect(made.method).toBe('snapshot');
    expect(writes).toBeGreaterThanOrEqual(4); // read in several pieces, a write after each
    expect(made.contents).toEqual(atStart);
    expect(plainSeen).toEqual([]);
    expect(strangersBeside).toEqual([]);
    for (const name of seenInFolder) expect(name === FINAL || OWN_TEMP.test(name), name).toBe(true);
    expect(namesIn(folder)).toEqual([FINAL]);
    expect(sourceContents(db).clients).toBe(atStart.clients + writes);

    const back = await restored(destination);
    expect(back.facts).toEqual({ ...atStart, integrity: 'ok' });
    expect(sha256(back.plain)).toBe(made.content.sha256);
    expect(fs.statSync(back.plain).size).toBe(made.content.bytes);
    // The same format as ever: the header says so, and the API's inspection reads the plaintext.
    expect(await readEncryptedHeader(destination)).toMatchObject({
      formatVersion: 1,
      contentBytes: made.content.bytes,
    });
    expect(await inspectBackup(back.plain)).toMatchObject({ ok: true, clients: atStart.clients });
    // The writes made meanwhile reached the file once the snapshot ended.
    db.pragma('wal_checkpoint(PASSIVE)');
    expect(sourceContents(db).clients).toBe(atStart.clients + writes);
  });

  it('falls back to a checked plain copy when another reader keeps the log from being copied in', async () => {
    const { db, file, folder, destination } = bigPractice();
    const other = track(new Database(file, { readonly: true }));
    createClient(db, ACTOR, { ...EMPTY_CLIENT, givenName: 'Before the reader' });
    other.exec('BEGIN');
    other.prepare('SELECT count(*) FROM clients').get(); // holds this state of the file
    createClient(db, ACTOR, { ...EMPTY_CLIENT, givenName: 'After the reader' });
    const now = sourceContents(db);

    const made = await writeEncryptedBackup(db, destination, PASSPHRASE, FAST);
    other.exec('COMMIT');

    expect(made).toMatchObject({ method: 'copy', refused: 'log_in_use', contents: now });
    expect(namesIn(folder)).toEqual([FINAL]);
    const back = await restored(destination);
    expect(back.facts).toEqual({ ...now, integrity: 'ok' });
    expect(sha256(back.plain)).toBe(made.content.sha256);
  });

  it('opens no snapshot when another connection writes between the checkpoint and the snapshot', () => {
    const { db, file } = bigPractice();
    const other = track(new Database(file));
    const found = openFileSnapshot(db, {
      afterCheckpoint: () => createClient(other, ACTOR, { ...EMPTY_CLIENT, givenName: 'From elsewhere' }),
    });
    expect(found).toEqual({ refused: 'written_meanwhile' });
    // Nothing is left holding the file: the other connection's write is copied in.
    const [result] = db.pragma('wal_checkpoint(PASSIVE)') as { log: number; checkpointed: number }[];
    expect(result?.checkpointed).toBe(result?.log);
  });

  it('falls back too when the file is not in write-ahead log mode', async () => {
    const { db, folder, destination } = bigPractice();
    db.pragma('journal_mode = DELETE');
    const made = await writeEncryptedBackup(db, destination, PASSPHRASE, FAST);
    expect(made).toMatchObject({ method: 'copy', refused: 'not_wal' });
    expect(namesIn(folder)).toEqual([FINAL]);
    expect((await restored(destination)).facts).toEqual({ ...sourceContents(db), integrity: 'ok' });
  });

  it('keeps nothing when the written file does not read back as written', async () => {
    const { db, folder, destination } = bigPractice();
    const error = await failure(
      writeEncryptedBackup(db, destination, PASSPHRASE, {
        ...FAST,
        afterWrite: (temp) => {
          const fd = fs.openSync(temp, 'r+');
          fs.writeSync(fd, Buffer.from([0x5a]), 0, 1, HEADER_LENGTH + 5000);
          fs.closeSync(fd);
        },
      }),
    );
    expect(error).toMatchObject({ code: 'io', message: BACKUP_MESSAGES.notVerified });
    expect(namesIn(folder)).toEqual([]);
    // The snapshot ended: the app's writes are copied into the file again.
    createClient(db, ACTOR, { ...EMPTY_CLIENT, givenName: 'Afterwards' });
    const [result] = db.pragma('wal_checkpoint(PASSIVE)') as { log: number; checkpointed: number }[];
    expect(result?.checkpointed).toBe(result?.log);
  });

  it('refuses a short passphrase before anything is written', async () => {
    const { db, folder, destination } = bigPractice();
    const error = await failure(writeEncryptedBackup(db, destination, 'short', FAST));
    expect(error.code).toBe('passphrase_too_short');
    expect(fs.existsSync(folder)).toBe(false);
  });

  it('is refused as before when a byte of it is changed afterwards', async () => {
    const { db, destination } = bigPractice();
    await writeEncryptedBackup(db, destination, PASSPHRASE, FAST);
    const bytes = fs.readFileSync(destination);
    const at = Math.floor(bytes.length / 2);
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    fs.writeFileSync(destination, bytes);
    const out = tempPath('restored.sqlite');
    const error = await failure(decryptFile(destination, out, PASSPHRASE));
    expect(error).toMatchObject({
      code: 'wrong_passphrase_or_damaged',
      message: BACKUP_MESSAGES.wrongPassphraseOrDamaged,
    });
    expect(fs.existsSync(out)).toBe(false);
    expect(namesIn(path.dirname(out))).toEqual([]);
  });
});

describe('the lock-byte page', () => {
  it('is given as zeros, never read, and the bytes around it are read as they are', async () => {
    // A sparse file past 1 GiB (no disk space used), with marks on both sides of the lock-byte page.
    const file = tempPath('sparse.bin');
    const lock = 0x40000000;
    const pageSize = 4096;
    const fd = fs.openSync(file, 'w+');
    fs.ftruncateSync(fd, lock + 1024 * 1024);
    fs.writeSync(fd, Buffer.alloc(pageSize, 0x11), 0, pageSize, lock - pageSize);
    fs.writeSync(fd, Buffer.alloc(pageSize, 0x22), 0, pageSize, lock);
    fs.writeSync(fd, Buffer.alloc(pageSize, 0x33), 0, pageSize, lock + pageSize);
    fs.closeSync(fd);
    const handle = await fs.promises.open(file, 'r');
    try {
      const before = await readPiece(handle, lock - 1024 * 1024, 1024 * 1024, pageSize);
      expect(before.subarray(-pageSize).equals(Buffer.alloc(pageSize, 0x11))).toBe(true);
      const piece = await readPiece(handle, lock, 1024 * 1024, pageSize);
      expect(piece.subarray(0, pageSize).equals(Buffer.alloc(pageSize))).toBe(true);
      expect(piece.subarray(pageSize, 2 * pageSize).equals(Buffer.alloc(pageSize, 0x33))).toBe(true);
    } finally {
      await handle.close();
    }
  });
});
