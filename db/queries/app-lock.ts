/**
 * The optional app lock: a passphrase (kept only as a scrypt hash, in the settings table under
 * `app_lock`, never shown by settings.get nor exported) and the idle minutes after which the app
 * locks itself. While locked, the API answers nothing but the lock's own operations (db/api/
 * dispatch.ts), and the page shows only the lock screen.
 *
 * A passphrase is checked with node:crypto's asynchronous scrypt, which runs on libuv's thread
 * pool: the app answers other calls meanwhile. One check runs at a time, and repeated wrong
 * passphrases make the next check wait (db/queries/lock-attempts.ts).
 */
import crypto from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { waitSentence, type AppLockStatus } from '../api/contract';
import { AppError } from '../errors';
import { nowIso } from '../ids';
import { appendAudit } from './audit-log';
import { remainingWait, saveAttempts, storedAttempts, waitAfter, waitSeconds, type Attempts } from './lock-attempts';

export const APP_LOCK_KEY = 'app_lock';

interface StoredLock {
  salt: string;
  hash: string;
  N: number;
  r: number;
  p: number;
  idleMinutes: number;
  /** Wrong passphrases in a row, and when the last was given (lock-attempts.ts). */
  failures?: number;
  lastFailureAt?: number;
}

/** scrypt's cost: about 50-100 ms on a laptop, so guessing is slow and unlocking is not. */
const COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_BYTES = 32;

/** What the API keeps in memory about the lock (ApiContext.lock). */
export interface LockState extends Attempts {
  enabled: boolean;
  locked: boolean;
  idleMinutes: number;
  /** now() of the last call that was not about the lock itself. */
  lastActivity: number;
  /** True while a passphrase is being checked: a second one meanwhile is refused. */
  checking: boolean;
}

function derive(passphrase: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  const options = { ...cost, maxmem: 256 * cost.N * cost.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    crypto.scrypt(passphrase.normalize('NFC'), salt, KEY_BYTES, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

function stored(db: Database): StoredLock | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(APP_LOCK_KEY) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as StoredLock) : null;
}

/** True when both are the same lock (or both none): its count of wrong passphrases aside. */
const sameLock = (a: StoredLock | null, b: StoredLock | null) => a?.salt === b?.salt && a?.hash === b?.hash;

async function matches(lock: StoredLock, passphrase: string): Promise<boolean> {
  const expected = Buffer.from(lock.hash, 'hex');
  const given = await derive(passphrase, Buffer.from(lock.salt, 'hex'), lock);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

/**
 * The lock as the database has it, for a host starting up: locked from the start when set, with
 * the wrong passphrases counted so far. `now` is the clock (a test gives its own).
 */
export function initialLockState(db: Database, now: () => number = () => Date.now()): LockState {
  const lock = stored(db);
  return {
    enabled: lock !== null,
    locked: lock !== null,
    idleMinutes: lock?.idleMinutes ?? 0,
    lastActivity: now(),
    checking: false,
    ...storedAttempts(lock ?? {}),
    now,
  };
}

export function lockStatus(state: LockState | undefined): AppLockStatus {
  return {
    enabled: state?.enabled ?? false,
    locked: state?.locked ?? false,
    idleMinutes: state?.enabled ? state.idleMinutes : null,
    waitSeconds: state ? waitSeconds(remainingWait(state)) : 0,
  };
}

const WRONG = 'That passphrase is not right.';
const TOO_MANY = 'Too many wrong passphrases.';
const STILL_CHECKING = 'Knotbook is still checking the passphrase given before. Try again in a moment.';
const CHANGED_MEANWHILE = 'The lock was changed in the meantime, so nothing was changed now. Try again.';

/**
 * Checks a passphrase against the lock, counting a wrong one. During the wait after repeated
 * wrong ones, or while another is being checked, it is refused without being checked.
 * `outcome` is said after "That passphrase is not right." ("The lock was not changed.").
 */
async function verify(db: Database, state: LockState, lock: StoredLock, passphrase: string, outcome = '') {
  const wait = remainingWait(state);
  if (wait > 0) throw new AppError('conflict', `${TOO_MANY} ${waitSentence(waitSeconds(wait))}`);
  if (state.checking) throw new AppError('conflict', STILL_CHECKING);
  state.checking = true;
  let right: boolean;
  try {
    right = await matches(lock, passphrase);
  } finally {
    state.checking = false;
  }
  if (right) {
    if (state.failures > 0) saveAttempts(db, APP_LOCK_KEY, Object.assign(state, { failures: 0, lastFailureAt: 0 }));
    return;
  }
  saveAttempts(db, APP_LOCK_KEY, Object.assign(state, { failures: state.failures + 1, lastFailureAt: state.now() }));
  const next = waitAfter(state.failures);
  const said = [WRONG, outcome, next > 0 ? waitSentence(waitSeconds(next)) : ''];
  throw new AppError('invalid_input', said.filter(Boolean).join(' '));
}

/** Sets or changes the passphrase and the idle minutes (the current passphrase is asked when there is one). */
export async function setAppLock(
  db: Database,
  actor: string,
  state: LockState,
  input: { passphrase: string; idleMinutes: number; currentPassphrase?: string | undefined },
): Promise<AppLockStatus> {
  const NOT_CHANGED = 'The lock was not changed.';
  const current = stored(db);
  if (current) {
    if (input.currentPassphrase === undefined) throw new AppError('invalid_input', `${WRONG} ${NOT_CHANGED}`);
    await verify(db, state, current, input.currentPassphrase, NOT_CHANGED);
  }
  const salt = crypto.randomBytes(16);
  const hash = await derive(input.passphrase, salt, COST);
  return db.transaction(() => {
    if (!sameLock(stored(db), current)) throw new AppError('conflict', CHANGED_MEANWHILE);
    const value: StoredLock = {
      salt: salt.toString('hex'),
      hash: hash.toString('hex'),
      ...COST,
      idleMinutes: input.idleMinutes,
    };
    db.prepare(
      `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    ).run(APP_LOCK_KEY, JSON.stringify(value), nowIso());
    appendAudit(db, {
      actor,
      action: current ? 'update' : 'create',
      entity: 'app_lock',
      entityId: APP_LOCK_KEY,
      clientId: null,
      changes: current ? ['passphrase', 'idleMinutes'] : [],
    });
    Object.assign(state, {
      enabled: true,
      locked: false,
      idleMinutes: input.idleMinutes,
      lastActivity: state.now(),
      failures: 0,
      lastFailureAt: 0,
    });
    return lockStatus(state);
  })();
}

/** Turns the lock off; the passphrase is asked. */
export async function removeAppLock(
  db: Database,
  actor: string,
  state: LockState,
  passphrase: string,
): Promise<AppLockStatus> {
  const current = stored(db);
  if (!current) return lockStatus(state);
  await verify(db, state, current, passphrase, 'The lock is still on.');
  return db.transaction(() => {
    if (!sameLock(stored(db), current)) throw new AppError('conflict', CHANGED_MEANWHILE);
    db.prepare('DELETE FROM settings WHERE key = ?').run(APP_LOCK_KEY);
    appendAudit(db, { actor, action: 'delete', entity: 'app_lock', entityId: APP_LOCK_KEY, clientId: null });
    Object.assign(state, { enabled: false, locked: false, idleMinutes: 0, failures: 0, lastFailureAt: 0 });
    return lockStatus(state);
  })();
}

export async function unlockApp(db: Database, state: LockState, passphrase: string): Promise<AppLockStatus> {
  const current = stored(db);
  if (current) await verify(db, state, current, passphrase);
  Object.assign(state, { locked: false, lastActivity: state.now() });
  return lockStatus(state);
}

export function lockApp(state: LockState): AppLockStatus {
  if (state.enabled) state.locked = true;
  return lockStatus(state);
}
