/**
 * The optional app lock: a passphrase (kept only as a scrypt hash, in the settings table under
 * `app_lock`, never shown by settings.get nor exported) and the idle minutes after which the app
 * locks itself. While locked, the API answers nothing but the lock's own operations (db/api/
 * dispatch.ts), and the page shows only the lock screen.
 */
import crypto from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { AppLockStatus } from '../api/contract';
import { AppError } from '../errors';
import { nowIso } from '../ids';
import { appendAudit } from './audit-log';

export const APP_LOCK_KEY = 'app_lock';

interface StoredLock {
  salt: string;
  hash: string;
  N: number;
  r: number;
  p: number;
  idleMinutes: number;
}

/** scrypt's cost: about 50-100 ms on a laptop, so guessing is slow and unlocking is not. */
const COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_BYTES = 32;

/** What the API keeps in memory about the lock (ApiContext.lock). */
export interface LockState {
  enabled: boolean;
  locked: boolean;
  idleMinutes: number;
  /** Date.now() of the last call that was not about the lock itself. */
  lastActivity: number;
}

function derive(passphrase: string, salt: Buffer, cost: { N: number; r: number; p: number }): Buffer {
  return crypto.scryptSync(passphrase.normalize('NFC'), salt, KEY_BYTES, {
    ...cost,
    maxmem: 256 * cost.N * cost.r + 1024 * 1024,
  });
}

function stored(db: Database): StoredLock | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(APP_LOCK_KEY) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as StoredLock) : null;
}

function matches(lock: StoredLock, passphrase: string): boolean {
  const expected = Buffer.from(lock.hash, 'hex');
  const given = derive(passphrase, Buffer.from(lock.salt, 'hex'), lock);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

/** The lock as the database has it, for a host starting up: locked from the start when set. */
export function initialLockState(db: Database): LockState {
  const lock = stored(db);
  return {
    enabled: lock !== null,
    locked: lock !== null,
    idleMinutes: lock?.idleMinutes ?? 0,
    lastActivity: Date.now(),
  };
}

export function lockStatus(state: LockState | undefined): AppLockStatus {
  return {
    enabled: state?.enabled ?? false,
    locked: state?.locked ?? false,
    idleMinutes: state?.enabled ? state.idleMinutes : null,
  };
}

const WRONG = 'That passphrase is not right.';

/** Sets or changes the passphrase and the idle minutes (the current passphrase is asked when there is one). */
export function setAppLock(
  db: Database,
  actor: string,
  state: LockState,
  input: { passphrase: string; idleMinutes: number; currentPassphrase?: string | undefined },
): AppLockStatus {
  return db.transaction(() => {
    const current = stored(db);
    if (current && !(input.currentPassphrase !== undefined && matches(current, input.currentPassphrase))) {
      throw new AppError('invalid_input', `${WRONG} The lock was not changed.`);
    }
    const salt = crypto.randomBytes(16);
    const value: StoredLock = {
      salt: salt.toString('hex'),
      hash: derive(input.passphrase, salt, COST).toString('hex'),
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
    Object.assign(state, { enabled: true, locked: false, idleMinutes: input.idleMinutes, lastActivity: Date.now() });
    return lockStatus(state);
  })();
}

/** Turns the lock off; the passphrase is asked. */
export function removeAppLock(db: Database, actor: string, state: LockState, passphrase: string): AppLockStatus {
  return db.transaction(() => {
    const current = stored(db);
    if (!current) return lockStatus(state);
    if (!matches(current, passphrase)) throw new AppError('invalid_input', `${WRONG} The lock is still on.`);
    db.prepare('DELETE FROM settings WHERE key = ?').run(APP_LOCK_KEY);
    appendAudit(db, { actor, action: 'delete', entity: 'app_lock', entityId: APP_LOCK_KEY, clientId: null });
    Object.assign(state, { enabled: false, locked: false, idleMinutes: 0 });
    return lockStatus(state);
  })();
}

export function unlockApp(db: Database, state: LockState, passphrase: string): AppLockStatus {
  const current = stored(db);
  if (current && !matches(current, passphrase)) throw new AppError('invalid_input', WRONG);
  Object.assign(state, { locked: false, lastActivity: Date.now() });
  return lockStatus(state);
}

export function lockApp(state: LockState): AppLockStatus {
  if (state.enabled) state.locked = true;
  return lockStatus(state);
}
