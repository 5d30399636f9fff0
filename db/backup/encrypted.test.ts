/**
 * Encrypted backups: a real Knotbook database comes back byte for byte with the right
 * passphrase; a wrong passphrase or any changed, cut or foreign file restores nothing, leaves the
 * destination as it was and leaves no temporary file behind.
 */
import { createDecipheriv, scryptSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../open';
import { createClient, EMPTY_CLIENT, listClients } from '../queries/clients';
import { ACTOR, openTempDb, tempPath, track } from '../testing/temp-db';
import {
  BACKUP_MESSAGES,
  BackupFileError,
  type BackupFileErrorCode,
  decryptFile,
  encryptFile,
  HEADER_LENGTH,
  readEncryptedHeader,
  TAG_LENGTH,
} from './encrypted';

const PASSPHRASE = 'plum tree by the clinic door';
/** A small scrypt cost keeps the tests fast; one test below uses the default. */
const FAST = { scrypt: { N: 2 ** 10 } };

/** A closed Knotbook database with one client, and its folder. */
function databaseWithClient(givenName = 'Maya'): { file: string; dir: string } {
  const { db, file } = openTempDb();
  createClient(db, ACTOR, { ...EMPTY_CLIENT, givenName });
  db.close(); // checkpoints the WAL into the main file
  return { file, dir: path.dirname(file) };
}

async function backupOf(source: string): Promise<string> {
  const backup = path.join(path.dirname(source), 'clinic.knotbackup');
  await encryptFile(source, backup, PASSPHRASE, FAST);
  return backup;
}

/** A copy of `file` with `change` applied to its bytes. */
function changedCopy(file: string, change: (bytes: Buffer) => Buffer | void): string {
  const bytes = fs.readFileSync(file);
  const copy = path.join(path.dirname(file), 'changed.knotbackup');
  fs.writeFileSync(copy, change(bytes) ?? bytes);
  return copy;
}

async function failure(promise: Promise<unknown>): Promise<BackupFileError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupFileError);
  return error as BackupFileError;
}

const leftovers = (dir: string) => fs.readdirSync(dir).filter((name) => name.endsWith('.partial'));

describe('encrypted backup round trip', () => {
  it('gives back a real database byte for byte, with its client', async () => {
    const { file, dir } = databaseWithClient('Maya');
    const backup = await backupOf(file);

    const sealed = fs.readFileSync(backup);
    expect(sealed.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(sealed.includes(Buffer.from('Maya'))).toBe(false);
    expect(sealed.length).toBe(fs.statSync(file).size + HEADER_LENGTH + TAG_LENGTH);

    const restored = path.join(dir, 'restored.sqlite');
    await decryptFile(backup, restored, PASSPHRASE);
    expect(fs.readFileSync(restored).equals(fs.readFileSync(file))).toBe(true);
    const db = track(openDatabase(restored));
    expect(listClients(db, { includeArchived: true }).map((c) => c.givenName)).toEqual(['Maya']);
    expect(leftovers(dir)).toEqual([]);
  });

  it('works with the default key cost and records it in the header', async () => {
    const source = tempPath('notes.bin');
    fs.writeFileSync(source, 'Upper trapezius, left, active trigger point.');
    const backup = path.join(path.dirname(source), 'notes.knotbackup');
    await encryptFile(source, backup, PASSPHRASE);
    expect(await readEncryptedHeader(backup)).toEqual({
      formatVersion: 1,
      cipher: 'aes-256-gcm',
      kdf: { algorithm: 'scrypt', N: 131072, r: 8, p: 1 },
      contentBytes: fs.statSync(source).size,
    });
    const restored = path.join(path.dirname(source), 'restored.bin');
    await decryptFile(backup, restored, PASSPHRASE);
    expect(fs.readFileSync(restored).equals(fs.readFileSync(source))).toBe(true);
  });

  it('follows the documented layout, with the header bound to the content', async () => {
    const source = tempPath('notes.bin');
    fs.writeFileSync(source, 'Levator scapulae, right, latent.');
    const backup = `${source}.knotbackup`;
    await encryptFile(source, backup, PASSPHRASE, { scrypt: { N: 2 ** 11, r: 4, p: 2 } });
    const bytes = fs.readFileSync(backup);
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('KNBTBAK\0');
    expect([bytes[8], bytes.readUInt32BE(9), bytes.readUInt32BE(13), bytes.readUInt32BE(17)]).toEqual([1, 2048, 4, 2]);
    const header = bytes.subarray(0, HEADER_LENGTH);
    const key = scryptSync(PASSPHRASE, bytes.subarray(21, 37), 32, { N: 2048, r: 4, p: 2 });
    const open = (aad: Buffer | null) => {
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(37, 49), { authTagLength: 16 });
      if (aad) decipher.setAAD(aad);
      decipher.setAuthTag(bytes.subarray(bytes.length - TAG_LENGTH));
      return Buffer.concat([
        decipher.update(bytes.subarray(HEADER_LENGTH, bytes.length - TAG_LENGTH)),
        decipher.final(),
      ]);
    };
    expect(open(header).toString()).toBe('Levator scapulae, right, latent.');
    expect(() => open(null)).toThrow();
  });

  it('streams a file larger than one read, and an empty file', async () => {
    const big = tempPath('big.bin');
    fs.writeFileSync(big, Buffer.alloc(3 * 1024 * 1024 + 17, 7));
    const empty = path.join(path.dirname(big), 'empty.bin');
    fs.writeFileSync(empty, '');
    for (const source of [big, empty]) {
      const backup = `${source}.knotbackup`;
      const restored = `${source}.restored`;
      await encryptFile(source, backup, PASSPHRASE, FAST);
      await decryptFile(backup, restored, PASSPHRASE);
      expect(fs.readFileSync(restored).equals(fs.readFileSync(source))).toBe(true);
    }
  });

  it('accepts the same passphrase typed with accents composed differently', async () => {
    const source = tempPath('notes.bin');
    fs.writeFileSync(source, 'notes');
    const backup = `${source}.knotbackup`;
    await encryptFile(source, backup, 'Cr\u00e8me br\u00fbl\u00e9e', FAST);
    await decryptFile(backup, `${source}.restored`, 'Cre\u0300me bru\u0302le\u0301e');
    expect(fs.readFileSync(`${source}.restored`, 'utf8')).toBe('notes');
  });

  it('makes a different file each time (fresh salt and IV), both restorable', async () => {
    const { file, dir } = databaseWithClient();
    const first = path.join(dir, 'first.knotbackup');
    const second = path.join(dir, 'second.knotbackup');
    await encryptFile(file, first, PASSPHRASE, FAST);
    await encryptFile(file, second, PASSPHRASE, FAST);
    const [a, b] = [fs.readFileSync(first), fs.readFileSync(second)];
    expect(a.subarray(21, 37).equals(b.subarray(21, 37))).toBe(false); // salt
    expect(a.subarray(37, 49).equals(b.subarray(37, 49))).toBe(false); // IV
    expect(a.subarray(HEADER_LENGTH).equals(b.subarray(HEADER_LENGTH))).toBe(false);
    await decryptFile(second, path.join(dir, 'restored.sqlite'), PASSPHRASE);
    expect(fs.readFileSync(path.join(dir, 'restored.sqlite')).equals(fs.readFileSync(file))).toBe(true);
  });

  it('replaces an existing backup file only when the new one is complete', async () => {
    const { file, dir } = databaseWithClient();
    const backup = path.join(dir, 'clinic.knotbackup');
    fs.writeFileSync(backup, 'last week');
    await encryptFile(file, backup, PASSPHRASE, FAST);
    expect((await readEncryptedHeader(backup)).contentBytes).toBe(fs.statSync(file).size);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('passphrase rules', () => {
  it.each(['', 'seven77', '        '])('refuses %j before writing anything', async (passphrase) => {
    const { file, dir } = databaseWithClient();
    const backup = path.join(dir, 'clinic.knotbackup');
    const error = await failure(encryptFile(file, backup, passphrase, FAST));
    expect(error.code).toBe('passphrase_too_short');
    expect(error.message).toBe('Choose a passphrase of at least 8 characters.');
    expect(fs.existsSync(backup)).toBe(false);
    expect(leftovers(dir)).toEqual([]);
  });

  it('accepts eight characters', async () => {
    const { file, dir } = databaseWithClient();
    await encryptFile(file, path.join(dir, 'clinic.knotbackup'), 'eight888', FAST);
    expect(fs.existsSync(path.join(dir, 'clinic.knotbackup'))).toBe(true);
  });
});

describe('restoring refuses and changes nothing', () => {
  it('with a wrong passphrase: no destination made, no temporary file, passphrase not in the message', async () => {
    const { file, dir } = databaseWithClient();
    const backup = await backupOf(file);
    const restored = path.join(dir, 'restored.sqlite');
    const error = await failure(decryptFile(backup, restored, 'not the passphrase'));
    expect(error.code).toBe('wrong_passphrase_or_damaged');
    expect(error.message).toBe(BACKUP_MESSAGES.wrongPassphraseOrDamaged);
    expect(error.message).toContain('Nothing was restored');
    expect(`${error.message} ${String(error.cause)}`).not.toContain('not the passphrase');
    expect(fs.existsSync(restored)).toBe(false);
    expect(leftovers(dir)).toEqual([]);
  });

  it('with a wrong passphrase: an existing destination keeps its bytes', async () => {
    const { file, dir } = databaseWithClient('Maya');
    const backup = await backupOf(file);
    const { file: current } = databaseWithClient('Jonah');
    const before = fs.readFileSync(current);
    const error = await failure(decryptFile(backup, current, 'not the passphrase'));
    expect(error.code).toBe('wrong_passphrase_or_damaged');
    expect(fs.readFileSync(current).equals(before)).toBe(true);
    expect(leftovers(dir)).toEqual([]);
    expect(leftovers(path.dirname(current))).toEqual([]);
  });

  const flips: [string, (bytes: Buffer) => number][] = [
    ['the encrypted content', () => HEADER_LENGTH + 100],
    ['the salt', () => 25],
    ['the IV', () => 40],
    ['the recorded r', () => 16],
    ['the tag', (b) => b.length - 1],
  ];
  it.each(flips)('when one byte of %s is changed', async (_what, offset) => {
    const { file, dir } = databaseWithClient();
    const backup = await backupOf(file);
    const current = path.join(dir, 'current.sqlite');
    fs.writeFileSync(current, 'the working file');
    const changed = changedCopy(backup, (bytes) => {
      bytes[offset(bytes)]! ^= 0x01;
    });
    const error = await failure(decryptFile(changed, current, PASSPHRASE));
    expect(error.code).toBe('wrong_passphrase_or_damaged');
    expect(fs.readFileSync(current, 'utf8')).toBe('the working file');
    expect(leftovers(dir)).toEqual([]);
  });

  const headerCases: [string, (bytes: Buffer) => Buffer | void, BackupFileErrorCode][] = [
    ['a changed magic byte', (b) => void (b[3] = 0x58), 'not_encrypted_backup'],
    ['format version 2', (b) => void (b[8] = 2), 'newer_format'],
    ['format version 0', (b) => void (b[8] = 0), 'damaged'],
    ['N not a power of two', (b) => void b.writeUInt32BE(1000, 9), 'damaged'],
    ['N asking for gigabytes', (b) => void b.writeUInt32BE(2 ** 31, 9), 'damaged'],
    ['a file cut inside the header', (b) => b.subarray(0, 30), 'damaged'],
    ['a file shorter than header and tag', (b) => b.subarray(0, HEADER_LENGTH + TAG_LENGTH - 1), 'damaged'],
    ['a file cut to five bytes', (b) => b.subarray(0, 5), 'damaged'],
    ['a file with its last byte cut off', (b) => b.subarray(0, b.length - 1), 'wrong_passphrase_or_damaged'],
  ];
  it.each(headerCases)('for %s', async (_what, change, code) => {
    const { file, dir } = databaseWithClient();
    const changed = changedCopy(await backupOf(file), change);
    const restored = path.join(dir, 'restored.sqlite');
    const error = await failure(decryptFile(changed, restored, PASSPHRASE));
    expect(error.code).toBe(code);
    expect(fs.existsSync(restored)).toBe(false);
    expect(leftovers(dir)).toEqual([]);
    if (code !== 'wrong_passphrase_or_damaged') {
      expect((await failure(readEncryptedHeader(changed))).code).toBe(code);
    }
  });

  it('for files that are not encrypted backups: a text file, a plain database', async () => {
    const text = tempPath('notes.txt');
    fs.writeFileSync(text, 'Client prefers morning appointments.\n'.repeat(10));
    const { file: plain } = databaseWithClient();
    for (const file of [text, plain]) {
      expect((await failure(readEncryptedHeader(file))).code).toBe('not_encrypted_backup');
      const restored = path.join(path.dirname(file), 'restored.sqlite');
      const error = await failure(decryptFile(file, restored, PASSPHRASE));
      expect(error.code).toBe('not_encrypted_backup');
      expect(error.message).toBe(BACKUP_MESSAGES.notEncryptedBackup);
      expect(fs.existsSync(restored)).toBe(false);
    }
  });
});

describe('file problems', () => {
  it('says so in plain words when a file is missing or a folder is gone', async () => {
    const { file, dir } = databaseWithClient();
    const missing = path.join(dir, 'gone.knotbackup');
    expect(await failure(readEncryptedHeader(missing))).toMatchObject({
      code: 'io',
      message: BACKUP_MESSAGES.readMissing,
    });
    expect(await failure(encryptFile(missing, path.join(dir, 'x.knotbackup'), PASSPHRASE, FAST))).toMatchObject({
      code: 'io',
      message: BACKUP_MESSAGES.readMissing,
    });
    const noFolder = path.join(dir, 'no-such-folder', 'clinic.knotbackup');
    expect(await failure(encryptFile(file, noFolder, PASSPHRASE, FAST))).toMatchObject({
      code: 'io',
      message: BACKUP_MESSAGES.noFolder,
    });
    expect(fs.existsSync(path.dirname(noFolder))).toBe(false);
  });

  it('refuses to write a file over the one it reads', async () => {
    const { file } = databaseWithClient();
    const before = fs.readFileSync(file);
    const error = await failure(encryptFile(file, file, PASSPHRASE, FAST));
    expect(error).toMatchObject({ code: 'io', message: BACKUP_MESSAGES.sameFile });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    const backup = await backupOf(file);
    const link = path.join(path.dirname(file), 'link.knotbackup');
    fs.linkSync(backup, link);
    expect((await failure(decryptFile(backup, link, PASSPHRASE))).message).toBe(BACKUP_MESSAGES.sameFile);
  });
});
