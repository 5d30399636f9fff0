/**
 * Encrypted backup files: a copy of a file sealed with a passphrase (AES-256-GCM, key from
 * scrypt), using only Node's own `node:crypto`. The layout, the parameters and what this does
 * and does not protect against are in docs/ENCRYPTED-BACKUP.md.
 *
 * Both directions stream (a 2 GB database never sits in memory), write to a temporary file
 * beside the destination (owner-only permissions, flushed to disk) and rename it into place only
 * after success: when decrypting, only after the tag has been verified; when encrypting, only
 * after the file was read back, its tag verified and its plaintext's SHA-256 found equal to that
 * of what was encrypted. `encryptStream` takes any source of bytes (the live database's
 * snapshot: db/backup/encrypted-backup.ts). On any failure the
 * temporary file is deleted and the destination, new or existing, is left as it was. Failures
 * are `BackupFileError`s with a code and a message for the therapist; the passphrase and the
 * file's contents are never logged or put in a message.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  randomBytes,
  scrypt,
  type CipherGCM,
  type DecipherGCM,
} from 'node:crypto';
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
  /** Test hook: runs on the written temporary file before it is read back and checked (to damage it). */
  afterWrite?: (tempFile: string) => void | Promise<void>;
}

/** What went into the cipher, as the written file was proven to give back. */
export interface SealedContent {
  /** Length of the plaintext, in bytes. */
  bytes: number;
  /** SHA-256 of the plaintext, in hex. */
  sha256: string;
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
  notVerified:
    'The encrypted backup did not read back exactly as it was written, so Knotbook did not keep it. ' +
    'Your records are unchanged; try again, or save the backup on another disk.',
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

/** Throws the `passphrase_too_short` BackupFileError for a passphrase encryptFile would refuse. */
export function refuseWeakPassphrase(passphrase: unknown): void {
  checkNewPassphrase(passphrase).fill(0);
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

/** An error of the data source, kept apart from the file system's errors in writing. */
class SourceFailure extends Error {
  constructor(readonly original: unknown) {
    super('source failed');
  }
}

/**
 * The source's errors, as they are when they are ours (a BackupFileError, a check that refused the
 * data), as a read error when the file system refused (an error with a `syscall`).
 */
function fromSource(error: unknown): unknown {
  if (error instanceof BackupFileError) return error;
  return typeof error === 'object' && error !== null && 'syscall' in error ? readError(error) : error;
}

/**
 * Streams `source` through `transform` into a new owner-only temporary file beside
 * `destination`, flushes it to disk, runs `check` on it, then renames it into place. On failure
 * the temporary file is removed and the destination is untouched. Errors become
 * `BackupFileError`s: those of the file read (`readFile`) or of the source are read errors, anything
 * else from the file system a write error; the source's own refusals and `check`'s pass as they are.
 */
async function writeThroughTemp(
  readFile: string | null,
  destination: string,
  source: () => AsyncIterable<Buffer>,
  transform: Transform,
  check?: (tempFile: string) => Promise<void>,
): Promise<void> {
  const temp = tempPathBeside(destination);
  try {
    const out: Writable = createWriteStream(temp, { flags: 'wx', mode: 0o600, flush: true });
    const guarded = async function* () {
      try {
        yield* source();
      } catch (error) {
        throw new SourceFailure(error);
      }
    };
    await pipeline(guarded, transform, out);
    await check?.(temp);
    await fs.rename(temp, destination);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    if (error instanceof SourceFailure) throw fromSource(error.original);
    if (error instanceof BackupFileError) throw error;
    throw readFile !== null && (error as { path?: unknown } | null)?.path === readFile
      ? readError(error)
      : writeError(error);
  }
  await syncFolder(path.dirname(destination));
}

/** Header first, then the ciphertext, then the tag; the plaintext is counted and hashed on its way in. */
function sealing(cipher: CipherGCM, header: Buffer, seen: { bytes: number; hash: ReturnType<typeof createHash> }) {
  let started = false;
  const start = (stream: Transform) => {
    if (!started) stream.push(header);
    started = true;
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      try {
        start(this);
        seen.bytes += chunk.length;
        seen.hash.update(chunk);
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

/** The ciphertext of a parsed backup, as a stream (none when the original was empty). */
function ciphertextOf(file: string, backup: ParsedBackup): Readable {
  const end = backup.size - TAG_LENGTH; // first byte of the tag
  return end > HEADER_LENGTH
    ? createReadStream(file, { start: HEADER_LENGTH, end: end - 1, highWaterMark: CHUNK })
    : Readable.from([]);
}

/**
 * Reads a just-written file back and proves it: the same header (salt, IV, parameters), the tag
 * verified with the same key, and the decrypted plaintext of the same length and SHA-256 as what
 * went into the cipher. Nothing is written; a mismatch is `notVerified`.
 */
async function proveSealed(file: string, header: Buffer, key: Buffer, expected: SealedContent): Promise<void> {
  const notVerified = (cause?: unknown) => fail('io', BACKUP_MESSAGES.notVerified, cause);
  let backup: ParsedBackup;
  try {
    backup = await readBackup(file);
  } catch (error) {
    throw notVerified(error);
  }
  if (!backup.header.equals(header) || backup.info.contentBytes !== expected.bytes) throw notVerified();
  const decipher = createDecipheriv('aes-256-gcm', key, backup.iv, { authTagLength: TAG_LENGTH });
  decipher.setAAD(backup.header);
  decipher.setAuthTag(backup.tag);
  const hash = createHash('sha256');
  let bytes = 0;
  try {
    for await (const chunk of ciphertextOf(file, backup)) {
      const plain = decipher.update(chunk as Buffer);
      bytes += plain.length;
      hash.update(plain);
    }
    const rest = decipher.final(); // throws when the tag does not verify
    bytes += rest.length;
    hash.update(rest);
  } catch (error) {
    throw notVerified(error);
  }
  if (bytes !== expected.bytes || hash.digest('hex') !== expected.sha256) throw notVerified();
}

/**
 * Encrypts what `source` yields into `destinationFile` (replaced only when the whole file is
 * written and proven: read back, its tag verified, its plaintext of the same SHA-256 as what was
 * read from `source`). Returns the length and SHA-256 of that plaintext. A passphrase under 8
 * characters is refused before `source` is read. `source` runs once; its file-system errors
 * are read errors, its other errors are passed on as they are (a check of the data that failed).
 */
export async function encryptStream(
  source: () => AsyncIterable<Buffer>,
  destinationFile: string,
  passphrase: string,
  options: EncryptOptions = {},
  readFile: string | null = null,
): Promise<SealedContent> {
  const secret = checkNewPassphrase(passphrase);
  const params: ScryptParams = { ...DEFAULT_SCRYPT, ...options.scrypt };
  if (!isAcceptedScrypt(params)) throw new RangeError('encryptFile: scrypt parameters outside SCRYPT_LIMITS');
  const salt = randomBytes(SALT_LENGTH);
  const iv = randomBytes(IV_LENGTH);
  const header = encodeHeader(params, salt, iv);
  const key = await deriveKey(secret, salt, params);
  try {
    const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_LENGTH });
    cipher.setAAD(header);
    const seen = { bytes: 0, hash: createHash('sha256') };
    let sealed: SealedContent | undefined;
    await writeThroughTemp(readFile, destinationFile, source, sealing(cipher, header, seen), async (temp) => {
      sealed = { bytes: seen.bytes, sha256: seen.hash.digest('hex') };
      await options.afterWrite?.(temp);
      await proveSealed(temp, header, key, sealed);
    });
    if (!sealed) throw new Error('encryptStream: the file was not checked');
    return sealed;
  } finally {
    key.fill(0); // OpenSSL holds its own copies while the cipher lives
  }
}

/**
 * Writes an encrypted copy of `sourceFile` to `destinationFile` (replaced only when the whole
 * copy is written and proven, as encryptStream). A passphrase under 8 characters is refused
 * before anything is written. `sourceFile` should be a finished file (for a live database, a
 * snapshot of it: db/backup/encrypted-backup.ts).
 */
export async function encryptFile(
  sourceFile: string,
  destinationFile: string,
  passphrase: string,
  options: EncryptOptions = {},
): Promise<SealedContent> {
  refuseWeakPassphrase(passphrase); // refused before anything is touched
  await refuseSameFile(sourceFile, destinationFile);
  const stat = await fs.stat(sourceFile).catch((error: unknown) => {
    throw readError(error);
  });
  if (!stat.isFile()) throw fail('io', BACKUP_MESSAGES.readFolder);
  return encryptStream(
    () => createReadStream(sourceFile, { highWaterMark: CHUNK }),
    destinationFile,
    passphrase,
    options,
    sourceFile,
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
  await writeThroughTemp(encryptedFile, destinationFile, () => ciphertextOf(encryptedFile, backup), opening(decipher));
}
