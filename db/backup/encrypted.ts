/**
 * Encrypted backup files: a copy of a file sealed with a passphrase (AES-256-GCM, key from
 * scrypt), using only Node's own `node:crypto`. The layout, the parameters and what this does
 * and does not protect against are in docs/ENCRYPTED-BACKUP.md.
 *
 * Both directions stream (a 2 GB database never sits in memory), write to a temporary file
 * beside the destination (owner-only permissions, flushed to disk) and rename it into place only
 * after success: when decrypting, only after the tag has been verified. On any failure the
 * temporary file is deleted and the destination, new or existing, is left as it was. Failures
 * are `BackupFileError`s with a code and a message for the therapist; the passphrase and the
 * file's contents are never logged or put in a message.
 */
import { createCipheriv, createDecipheriv, randomBytes, scrypt, type CipherGCM, type DecipherGCM } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import fs, { type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { isBlankPassphrase, MIN_PASSPHRASE_LENGTH } from '../api/contract';
import { tempPathFor } from './names';

export const BACKUP_MAGIC = Buffer.from('KNBTBAK\0', 'latin1');
export const BACKUP_FORMAT_VERSION = 1;

const SALT_LENGTH = 16;
const IV_LENGTH = 12;
const KEY_LENGTH = 32;
/** Byte offsets of the version 1 header (docs/ENCRYPTED-BACKUP.md). */
const AT = { version: 8, N: 9, r: 13, p: 17, salt: 21, iv: 37 } as const;
export const HEADER_LENGTH = AT.iv + IV_LENGTH; // 49
/** The GCM tag at the very end of the file. */
export const TAG_LENGTH = 16;
const CHUNK = 1024 * 1024;

export interface ScryptParams {
  /** CPU and memory cost: a power of two. */
  N: number;
  /** Block size. */
  r: number;
  /** Parallelism. */
  p: number;
}

/** 2^17, 8, 1: 128 MiB of memory and a fraction of a second per attempt. */
export const DEFAULT_SCRYPT: Readonly<ScryptParams> = Object.freeze({ N: 2 ** 17, r: 8, p: 1 });

/**
 * The range this version accepts, written or read, so that a hostile file cannot ask for
 * gigabytes of memory or minutes of work before the passphrase is even checked.
 */
export const SCRYPT_LIMITS = {
  minN: 2 ** 10,
  maxN: 2 ** 20,
  maxR: 32,
  maxP: 16,
  /** 128 · N · r bytes: twice the default. */
  maxMemoryBytes: 256 * 1024 * 1024,
  /** N · r · p: sixteen times the default. */
  maxWork: 2 ** 24,
} as const;

export interface EncryptOptions {
  /** Key-derivation cost; anything left out is the default. Smaller values are for tests. */
  scrypt?: Partial<ScryptParams>;
}

/** What `readEncryptedHeader` finds, before any passphrase is asked for. */
export interface EncryptedBackupInfo {
  formatVersion: number;
  cipher: 'aes-256-gcm';
  kdf: { algorithm: 'scrypt' } & ScryptParams;
  /** Size of the original file, in bytes. */
  contentBytes: number;
}

export type BackupFileErrorCode =
  'wrong_passphrase_or_damaged' | 'not_encrypted_backup' | 'newer_format' | 'damaged' | 'passphrase_too_short' | 'io';

/** Why a backup could not be made or read. `message` is for the therapist, as it is. */
export class BackupFileError extends Error {
  constructor(
    readonly code: BackupFileErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'BackupFileError';
  }
}

export const BACKUP_MESSAGES = {
  passphraseTooShort: `Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`,
  wrongPassphraseOrDamaged:
    'The passphrase is wrong, or the backup file has been changed or damaged since it was made: ' +
    'Knotbook cannot tell which of the two it is. Check the passphrase and try again, or try another ' +
    'copy of the backup. Nothing was restored.',
  notEncryptedBackup:
    'This file is not a Knotbook encrypted backup, so nothing was restored. Choose a backup file Knotbook made.',
  newerFormat:
    'This backup was made by a newer version of Knotbook. Update Knotbook, then try again. Nothing was restored.',
  damaged:
    'This backup file is damaged: it is cut short, or its first bytes have been changed. ' +
    'Try another copy of the backup. Nothing was restored.',
  sameFile: 'A file cannot be written over itself. Choose another name or folder, then try again.',
  keyFailed:
    'Knotbook could not prepare the key for the passphrase: the computer may be short of memory. ' +
    'Close other programs, then try again.',
  readMissing:
    'Knotbook could not find that file. It may have been moved or renamed, or its drive disconnected. ' +
    'Check the file, then try again.',
  readDenied: 'Knotbook is not allowed to read that file: it may be open in another program. Close it, then try again.',
  readFolder: 'That is a folder, not a file. Choose a file, then try again.',
  readOther: 'Knotbook could not read that file. Check that its drive is connected, then try again.',
  diskFull: 'The disk is full, so nothing was written. Free some space or choose another drive, then try again.',
  writeDenied:
    'Knotbook could not write there: the file may be open in another program, or the folder may not allow ' +
    'saving. Close the file or choose another folder, then try again.',
  readOnly: 'That drive cannot be written to. Choose another folder, then try again.',
  noFolder: 'That folder is no longer there. Choose another folder, then try again.',
  isFolder: 'That name belongs to a folder. Choose another name, then try again.',
  writeOther: 'The file could not be written. Try again, or choose another folder.',
} as const;

const fail = (code: BackupFileErrorCode, message: string, cause?: unknown) =>
  new BackupFileError(code, message, cause === undefined ? undefined : { cause });

const M = BACKUP_MESSAGES;
const READ_ERRORS = new Map<unknown, string>([
  ['ENOENT', M.readMissing],
  ['ENOTDIR', M.readMissing],
  ['EACCES', M.readDenied],
  ['EPERM', M.readDenied],
  ['EBUSY', M.readDenied],
  ['EISDIR', M.readFolder],
]);
const WRITE_ERRORS = new Map<unknown, string>([
  ['ENOSPC', M.diskFull],
  ['EDQUOT', M.diskFull],
  ['EACCES', M.writeDenied],
  ['EPERM', M.writeDenied],
  ['EBUSY', M.writeDenied],
  ['EROFS', M.readOnly],
  ['ENOENT', M.noFolder],
  ['ENOTDIR', M.noFolder],
  ['EISDIR', M.isFolder],
]);

/** A file-system error as a sentence (never the raw error or the path; those stay in `cause`). */
function ioError(error: unknown, reading: boolean): BackupFileError {
  const code = (error as { code?: unknown } | null)?.code;
  const message = (reading ? READ_ERRORS : WRITE_ERRORS).get(code) ?? (reading ? M.readOther : M.writeOther);
  return fail('io', message, error);
}
const readError = (error: unknown) => ioError(error, true);
const writeError = (error: unknown) => ioError(error, false);

/** True when the parameters are ones this version writes and reads. */
export function isAcceptedScrypt({ N, r, p }: ScryptParams): boolean {
  const L = SCRYPT_LIMITS;
  const whole = (n: number) => Number.isSafeInteger(n) && n >= 1;
  if (!whole(N) || !whole(r) || !whole(p)) return false;
  if ((N & (N - 1)) !== 0 || N < L.minN || N > L.maxN || r > L.maxR || p > L.maxP) return false;
  return 128 * N * r <= L.maxMemoryBytes && N * r * p <= L.maxWork;
}

/** The passphrase as bytes (Unicode NFC, UTF-8), so the same letters typed on any system match. */
function passphraseBytes(passphrase: string): Buffer {
  return Buffer.from(passphrase.normalize('NFC'), 'utf8');
}

function checkNewPassphrase(passphrase: unknown): Buffer {
  if (typeof passphrase !== 'string') throw fail('passphrase_too_short', BACKUP_MESSAGES.passphraseTooShort);
  const letters = [...passphrase.normalize('NFC')].length;
  if (letters < MIN_PASSPHRASE_LENGTH || isBlankPassphrase(passphrase)) {
    throw fail('passphrase_too_short', BACKUP_MESSAGES.passphraseTooShort);
  }
  return passphraseBytes(passphrase);
}

function deriveKey(secret: Buffer, salt: Buffer, { N, r, p }: ScryptParams): Promise<Buffer> {
  // OpenSSL needs 128·r·(N + 2) bytes for V plus 128·r·p for B; 1 MiB to spare.
  const maxmem = 128 * r * (N + p + 2) + 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(secret, salt, KEY_LENGTH, { N, r, p, maxmem }, (error, key) => {
      secret.fill(0); // the passphrase bytes are not needed again (the JS string cannot be wiped)
      if (error) reject(fail('io', BACKUP_MESSAGES.keyFailed, error));
      else resolve(key);
    });
  });
}

function encodeHeader({ N, r, p }: ScryptParams, salt: Buffer, iv: Buffer): Buffer {
  const header = Buffer.alloc(HEADER_LENGTH);
  BACKUP_MAGIC.copy(header, 0);
  header.writeUInt8(BACKUP_FORMAT_VERSION, AT.version);
  header.writeUInt32BE(N, AT.N);
  header.writeUInt32BE(r, AT.r);
  header.writeUInt32BE(p, AT.p);
  salt.copy(header, AT.salt);
  iv.copy(header, AT.iv);
  return header;
}

interface ParsedBackup {
  info: EncryptedBackupInfo;
  header: Buffer;
  salt: Buffer;
  iv: Buffer;
  tag: Buffer;
  size: number;
}

/** Reads exactly `buffer.length` bytes at `position`; a file that ends sooner is damaged. */
async function readExactly(handle: FileHandle, buffer: Buffer, position: number): Promise<void> {
  let done = 0;
  while (done < buffer.length) {
    const { bytesRead } = await handle.read(buffer, done, buffer.length - done, position + done);
    if (bytesRead === 0) throw fail('damaged', BACKUP_MESSAGES.damaged);
    done += bytesRead;
  }
}

/** Checks the header in the order that gives the most useful answer; see the doc. */
function parseHeader(head: Buffer, size: number): Omit<ParsedBackup, 'tag'> {
  const magicSeen = Math.min(head.length, BACKUP_MAGIC.length);
  if (!head.subarray(0, magicSeen).equals(BACKUP_MAGIC.subarray(0, magicSeen))) {
    throw fail('not_encrypted_backup', BACKUP_MESSAGES.notEncryptedBackup);
  }
  if (head.length <= AT.version) throw fail('damaged', BACKUP_MESSAGES.damaged);
  const version = head.readUInt8(AT.version);
  if (version > BACKUP_FORMAT_VERSION) throw fail('newer_format', BACKUP_MESSAGES.newerFormat);
  if (version !== BACKUP_FORMAT_VERSION || size < HEADER_LENGTH + TAG_LENGTH) {
    throw fail('damaged', BACKUP_MESSAGES.damaged);
  }
  const kdf = { N: head.readUInt32BE(AT.N), r: head.readUInt32BE(AT.r), p: head.readUInt32BE(AT.p) };
  if (!isAcceptedScrypt(kdf)) throw fail('damaged', BACKUP_MESSAGES.damaged);
  const header = Buffer.from(head.subarray(0, HEADER_LENGTH));
  return {
    info: {
      formatVersion: version,
      cipher: 'aes-256-gcm',
      kdf: { algorithm: 'scrypt', ...kdf },
      contentBytes: size - HEADER_LENGTH - TAG_LENGTH,
    },
    header,
    salt: header.subarray(AT.salt, AT.salt + SALT_LENGTH),
    iv: header.subarray(AT.iv, AT.iv + IV_LENGTH),
    size,
  };
}

async function readBackup(file: string): Promise<ParsedBackup> {
  let handle: FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    throw readError(error);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw fail('io', BACKUP_MESSAGES.readFolder);
    const head = Buffer.alloc(Math.min(HEADER_LENGTH, stat.size));
    await readExactly(handle, head, 0);
    const parsed = parseHeader(head, stat.size);
    const tag = Buffer.alloc(TAG_LENGTH);
    await readExactly(handle, tag, stat.size - TAG_LENGTH);
    return { ...parsed, tag };
  } catch (error) {
    throw error instanceof BackupFileError ? error : readError(error);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * The format version and parameters of an encrypted backup, without the passphrase: for
 * checking a file before asking for it. Throws a `BackupFileError` (not a backup, newer
 * format, damaged, cannot be read).
 */
export async function readEncryptedHeader(file: string): Promise<EncryptedBackupInfo> {
  return (await readBackup(file)).info;
}

/** Refuses to write a file over the one it is read from (same path, or the same file by link). */
async function refuseSameFile(from: string, to: string): Promise<void> {
  if (path.resolve(from) === path.resolve(to)) throw fail('io', BACKUP_MESSAGES.sameFile);
  const [a, b] = await Promise.all([from, to].map((f) => fs.stat(f, { bigint: true }).catch(() => null)));
  if (a && b && a.ino !== 0n && a.dev === b.dev && a.ino === b.ino) throw fail('io', BACKUP_MESSAGES.sameFile);
}

/** Named as the backup module's other temporary files, so the next start removes one left by a kill (leftovers.ts). */
function tempPathBeside(destination: string): string {
  return tempPathFor(destination, randomBytes(6).toString('hex'));
}

/** Makes the rename itself durable (POSIX); Windows has no folder handle to flush. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(folder, 'r').catch(() => null);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close().catch(() => undefined);
}

/**
 * Streams `source` through `transform` into a new owner-only temporary file beside
 * `destination`, flushes it to disk, then renames it into place. On failure the temporary file
 * is removed and the destination is untouched. Errors become `BackupFileError`s: those of the
 * file read (`readFile`) are read errors, anything else from the file system a write error.
 */
async function writeThroughTemp(
  readFile: string,
  destination: string,
  source: () => Readable,
  transform: Transform,
): Promise<void> {
  const temp = tempPathBeside(destination);
  try {
    const out: Writable = createWriteStream(temp, { flags: 'wx', mode: 0o600, flush: true });
    await pipeline(source(), transform, out);
    await fs.rename(temp, destination);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    if (error instanceof BackupFileError) throw error;
    throw (error as { path?: unknown } | null)?.path === readFile ? readError(error) : writeError(error);
  }
  await syncFolder(path.dirname(destination));
}

/** Header first, then the ciphertext, then the tag. */
function sealing(cipher: CipherGCM, header: Buffer): Transform {
  let started = false;
  const start = (stream: Transform) => {
    if (!started) stream.push(header);
    started = true;
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      try {
        start(this);
        done(null, cipher.update(chunk));
      } catch (error) {
        done(error as Error);
      }
    },
    flush(done) {
      try {
        start(this);
        this.push(cipher.final());
        done(null, cipher.getAuthTag());
      } catch (error) {
        done(error as Error);
      }
    },
  });
}

/** Plaintext out; the tag is checked at the end, before anything is renamed into place. */
function opening(decipher: DecipherGCM): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      try {
        done(null, decipher.update(chunk));
      } catch (error) {
        done(error as Error);
      }
    },
    flush(done) {
      let rest: Buffer;
      try {
        rest = decipher.final();
      } catch {
        done(fail('wrong_passphrase_or_damaged', BACKUP_MESSAGES.wrongPassphraseOrDamaged));
        return;
      }
      done(null, rest);
    },
  });
}

/**
 * Writes an encrypted copy of `sourceFile` to `destinationFile` (replaced only when the whole
 * copy is written). A passphrase under 8 characters is refused before anything is written.
 * `sourceFile` should be a finished file (for a live database, a snapshot of it).
 */
export async function encryptFile(
  sourceFile: string,
  destinationFile: string,
  passphrase: string,
  options: EncryptOptions = {},
): Promise<void> {
  const secret = checkNewPassphrase(passphrase);
  const params: ScryptParams = { ...DEFAULT_SCRYPT, ...options.scrypt };
  if (!isAcceptedScrypt(params)) throw new RangeError('encryptFile: scrypt parameters outside SCRYPT_LIMITS');
  await refuseSameFile(sourceFile, destinationFile);
  const stat = await fs.stat(sourceFile).catch((error: unknown) => {
    throw readError(error);
  });
  if (!stat.isFile()) throw fail('io', BACKUP_MESSAGES.readFolder);

  const salt = randomBytes(SALT_LENGTH);
  const iv = randomBytes(IV_LENGTH);
  const header = encodeHeader(params, salt, iv);
  const key = await deriveKey(secret, salt, params);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_LENGTH });
  key.fill(0); // OpenSSL holds its own copy
  cipher.setAAD(header);
  await writeThroughTemp(
    sourceFile,
    destinationFile,
    () => createReadStream(sourceFile, { highWaterMark: CHUNK }),
    sealing(cipher, header),
  );
}

/**
 * Decrypts `encryptedFile` to `destinationFile`. The destination (new or existing) is replaced
 * only after the whole file has been decrypted and its tag verified; otherwise it is left as it
 * was and a `BackupFileError` says why.
 */
export async function decryptFile(encryptedFile: string, destinationFile: string, passphrase: string): Promise<void> {
  if (typeof passphrase !== 'string') {
    throw fail('wrong_passphrase_or_damaged', BACKUP_MESSAGES.wrongPassphraseOrDamaged);
  }
  await refuseSameFile(encryptedFile, destinationFile);
  const backup = await readBackup(encryptedFile);
  const key = await deriveKey(passphraseBytes(passphrase), backup.salt, backup.info.kdf);
  const decipher = createDecipheriv('aes-256-gcm', key, backup.iv, { authTagLength: TAG_LENGTH });
  key.fill(0);
  decipher.setAAD(backup.header);
  decipher.setAuthTag(backup.tag);
  const end = backup.size - TAG_LENGTH; // first byte of the tag
  await writeThroughTemp(
    encryptedFile,
    destinationFile,
    () =>
      end > HEADER_LENGTH
        ? createReadStream(encryptedFile, { start: HEADER_LENGTH, end: end - 1, highWaterMark: CHUNK })
        : Readable.from([]),
    opening(decipher),
  );
}
