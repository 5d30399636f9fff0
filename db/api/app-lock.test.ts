/**
 * The app lock through dispatchAsync, as both transports call it: what it hides, when it locks,
 * who may change it; that checking a passphrase leaves the app answering; that repeated wrong
 * passphrases wait longer and longer (said in words, kept across a restart); that a passphrase
 * of spaces is refused; and that app.info tells nothing about the file while locked.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportAll } from '../export';
import { hostContext } from '../host';
import { openDatabase } from '../open';
import { APP_LOCK_KEY, initialLockState } from '../queries/app-lock';
import { tempPath } from '../testing/temp-db';
import type { AppLockStatus, Envelope } from './contract';
import { dispatchAsync } from './dispatch';
import type { ApiContext } from './handlers';

const PASS = 'harbour massage 2026';
const WRONG = 'That passphrase is not right.';
/** A Monday morning, local time (any time zone). */
const T0 = new Date(2026, 2, 2, 9, 0).getTime();

const contexts: ApiContext[] = [];
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  for (const ctx of contexts.splice(0)) if (ctx.db.open) ctx.db.close();
});

/**
 * The lock's clock, given to it; Date is set to the same time, for dispatch's idle check (which
 * reads Date.now).
 */
function testClock() {
  let t = T0;
  vi.useFakeTimers({ toFake: ['Date'], now: t });
  return {
    now: () => t,
    advance(ms: number) {
      t += ms;
      vi.setSystemTime(t);
    },
  };
}
type Clock = ReturnType<typeof testClock>;

function start(file = tempPath(), clock?: Clock): ApiContext {
  const ctx = hostContext(openDatabase(file), { file, actor: 'Jo Park', appVersion: 'test', automaticBackup: false });
  if (clock) ctx.lock = initialLockState(ctx.db, clock.now);
  contexts.push(ctx);
  return ctx;
}
const call = (ctx: ApiContext, op: string, input: unknown = {}) => dispatchAsync(ctx, op, input);
const status = async (ctx: ApiContext) => ((await call(ctx, 'lock.status')) as { value: AppLockStatus }).value;
const refusal = (code: string, message: string) => ({ ok: false, error: { code, message } });

/** A file with a lock set, locked. */
async function locked(file = tempPath(), clock?: Clock): Promise<ApiContext> {
  const ctx = start(file, clock);
  expect(await call(ctx, 'lock.set', { passphrase: PASS, idleMinutes: 5 })).toMatchObject({ ok: true });
  expect(await call(ctx, 'lock.lock')).toMatchObject({ ok: true, value: { locked: true } });
  return ctx;
}

describe('the app lock', () => {
  it('has no lock until one is set, and then hides everything until unlocked', async () => {
    const ctx = start(tempPath(), testClock());
    expect(await status(ctx)).toEqual({ enabled: false, locked: false, idleMinutes: null, waitSeconds: 0 });
    await call(ctx, 'clients.create', { givenName: 'Maya' });
    expect(await call(ctx, 'lock.set', { passphrase: PASS, idleMinutes: 5 })).toMatchObject({
      ok: true,
      value: { enabled: true, locked: false, idleMinutes: 5 },
    });
    expect(await call(ctx, 'lock.lock')).toMatchObject({ ok: true, value: { locked: true } });
    for (const op of ['clients.list', 'settings.get', 'backups.list', 'export.all'])
      expect(await call(ctx, op, op === 'export.all' ? { format: 'json' } : {})).toEqual(
        refusal('locked', 'Knotbook is locked. Enter your passphrase to unlock it.'),
      );
    expect(await call(ctx, 'lock.unlock', { passphrase: 'not the one' })).toEqual(refusal('invalid_input', WRONG));
    expect((await status(ctx)).locked).toBe(true);
    expect(await call(ctx, 'lock.unlock', { passphrase: PASS })).toMatchObject({ ok: true, value: { locked: false } });
    expect(await call(ctx, 'clients.list')).toMatchObject({ ok: true, value: [{ givenName: 'Maya' }] });
  });

  it('locks itself after the idle minutes, and starts locked the next time Knotbook opens the file', async () => {
    const clock = testClock();
    const file = tempPath();
    const ctx = start(file, clock);
    await call(ctx, 'lock.set', { passphrase: PASS, idleMinutes: 2 });
    clock.advance(90_000);
    expect((await call(ctx, 'clients.list')).ok).toBe(true); // use resets the clock
    clock.advance(90_000);
    expect((await call(ctx, 'clients.list')).ok).toBe(true);
    clock.advance(121_000);
    expect(await call(ctx, 'clients.list')).toMatchObject({ ok: false, error: { code: 'locked' } });
    ctx.db.close();
    const again = start(file, clock);
    expect(await status(again)).toEqual({ enabled: true, locked: true, idleMinutes: 2, waitSeconds: 0 });
  });

  it('changes or removes the lock only with the current passphrase, and never exports it', async () => {
    const ctx = start(tempPath(), testClock());
    await call(ctx, 'lock.set', { passphrase: PASS, idleMinutes: 5 });
    expect(await call(ctx, 'lock.set', { passphrase: 'a new passphrase', idleMinutes: 10 })).toMatchObject({
      ok: false,
      error: { message: `${WRONG} The lock was not changed.` },
    });
    expect(await call(ctx, 'lock.remove', { passphrase: 'guess guess' })).toEqual(
      refusal('invalid_input', `${WRONG} The lock is still on.`),
    );
    expect(
      await call(ctx, 'lock.set', { passphrase: 'a new passphrase', idleMinutes: 10, currentPassphrase: PASS }),
    ).toMatchObject({ ok: true, value: { idleMinutes: 10 } });
    const row = ctx.db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(APP_LOCK_KEY) as string;
    const lock = JSON.parse(row) as { salt: string; hash: string };
    const exported = JSON.stringify(exportAll(ctx.db));
    expect(exported).not.toContain('"key":"app_lock"');
    for (const kept of [lock.salt, lock.hash]) expect(exported).not.toContain(kept);
    expect(JSON.stringify(await call(ctx, 'settings.get'))).not.toMatch(/hash|salt|failures/);
    expect(await call(ctx, 'lock.remove', { passphrase: 'a new passphrase' })).toMatchObject({
      ok: true,
      value: { enabled: false, locked: false },
    });
    expect(await call(ctx, 'lock.set', { passphrase: 'short', idleMinutes: 5 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('refuses a passphrase of only spaces, as encrypted backups do', async () => {
    const ctx = start(tempPath(), testClock());
    for (const passphrase of ['          ', ' \t \u00a0 \u3000   \n  '])
      expect(await call(ctx, 'lock.set', { passphrase, idleMinutes: 5 })).toEqual(
        refusal('invalid_input', 'Passphrase cannot be only spaces.'),
      );
    expect(await call(ctx, 'lock.set', { passphrase: '   ', idleMinutes: 5 })).toEqual(
      refusal('invalid_input', 'Passphrase must be at least 8 characters.'),
    );
    expect(await status(ctx)).toMatchObject({ enabled: false });
    // Spaces around other characters are part of a passphrase like any other.
    expect(await call(ctx, 'lock.set', { passphrase: '  harbour  ', idleMinutes: 5 })).toMatchObject({ ok: true });
    await call(ctx, 'lock.lock');
    expect(await call(ctx, 'lock.unlock', { passphrase: 'harbour' })).toMatchObject({ ok: false });
    expect(await call(ctx, 'lock.unlock', { passphrase: '  harbour  ' })).toMatchObject({ ok: true });
  });
});

describe('checking a passphrase', () => {
  it('runs off the event loop: other calls answer while a guess is checked', async () => {
    const ctx = await locked(tempPath(), testClock());
    const order: string[] = [];
    const guess = call(ctx, 'lock.unlock', { passphrase: 'not the one' }).then(() => order.push('guess'));
    const info = call(ctx, 'app.info').then(() => order.push('app.info'));
    const asked = call(ctx, 'lock.status').then(() => order.push('lock.status'));
    await Promise.all([guess, info, asked]);
    expect(order).toEqual(['app.info', 'lock.status', 'guess']);

    // Unlocked, the records answer while the lock is being changed or removed.
    await call(ctx, 'lock.unlock', { passphrase: PASS });
    order.length = 0;
    const removing = call(ctx, 'lock.remove', { passphrase: 'guess guess' }).then(() => order.push('lock.remove'));
    const listed = call(ctx, 'clients.list').then(() => order.push('clients.list'));
    await Promise.all([removing, listed]);
    expect(order).toEqual(['clients.list', 'lock.remove']);
  });

  it('checks one passphrase at a time, and a lock changed meanwhile is not changed again', async () => {
    const clock = testClock();
    const ctx = await locked(tempPath(), clock);
    const [first, second] = await Promise.all([
      call(ctx, 'lock.unlock', { passphrase: 'not the one' }),
      call(ctx, 'lock.unlock', { passphrase: PASS }),
    ]);
    expect(first).toEqual(refusal('invalid_input', WRONG));
    expect(second).toEqual(
      refusal('conflict', 'Knotbook is still checking the passphrase given before. Try again in a moment.'),
    );

    const fresh = start(tempPath(), clock);
    const both = await Promise.all([
      call(fresh, 'lock.set', { passphrase: 'first passphrase', idleMinutes: 5 }),
      call(fresh, 'lock.set', { passphrase: 'second passphrase', idleMinutes: 5 }),
    ]);
    expect(both.filter((answer) => answer.ok)).toHaveLength(1);
    expect(both.find((answer) => !answer.ok)).toEqual(
      refusal('conflict', 'The lock was changed in the meantime, so nothing was changed now. Try again.'),
    );
  });
});

describe('repeated wrong passphrases', () => {
  const wrongThen = (wait: string) => refusal('invalid_input', `${WRONG} ${wait}`);
  const tooMany = (wait: string) => refusal('conflict', `Too many wrong passphrases. ${wait}`);

  it('wait longer and longer (1 s, 2 s, 4 s … a minute) after the first three, said in words', async () => {
    const clock = testClock();
    const ctx = await locked(tempPath(), clock);
    const scrypt = vi.spyOn(crypto, 'scrypt');
    const guess = (passphrase = 'not the one') => call(ctx, 'lock.unlock', { passphrase });

    for (let i = 0; i < 3; i++) expect(await guess()).toEqual(refusal('invalid_input', WRONG));
    expect(await status(ctx)).toMatchObject({ locked: true, waitSeconds: 0 });
    expect(await guess()).toEqual(wrongThen('Wait 1 second before trying again.'));
    expect(await status(ctx)).toMatchObject({ waitSeconds: 1 });

    // During the wait even the right passphrase is refused, without being checked.
    const checks = scrypt.mock.calls.length;
    expect(await guess(PASS)).toEqual(tooMany('Wait 1 second before trying again.'));
    expect(scrypt.mock.calls.length).toBe(checks);
    expect(await status(ctx)).toMatchObject({ locked: true });

    const said: string[] = [];
    for (const seconds of [1, 2, 4, 8, 16, 32, 60]) {
      clock.advance(seconds * 1000 - 1);
      expect(await guess()).toEqual(tooMany('Wait 1 second before trying again.'));
      clock.advance(1);
      const answer = (await guess()) as Envelope<never> & { ok: false };
      said.push(answer.error.message.replace(`${WRONG} `, ''));
    }
    expect(said).toEqual([
      'Wait 2 seconds before trying again.',
      'Wait 4 seconds before trying again.',
      'Wait 8 seconds before trying again.',
      'Wait 16 seconds before trying again.',
      'Wait 32 seconds before trying again.',
      'Wait 60 seconds before trying again.',
      'Wait 60 seconds before trying again.',
    ]);
    clock.advance(52_500);
    expect(await status(ctx)).toMatchObject({ waitSeconds: 8 });
    expect(await guess(PASS)).toEqual(tooMany('Wait 8 seconds before trying again.'));

    // A right passphrase after the wait unlocks, and the count starts again.
    clock.advance(7_500);
    expect(await guess(PASS)).toMatchObject({ ok: true, value: { locked: false, waitSeconds: 0 } });
    await call(ctx, 'lock.lock');
    for (let i = 0; i < 3; i++) expect(await guess()).toEqual(refusal('invalid_input', WRONG));
  });

  it('count across a restart, and a wrong current passphrase in Settings counts too', async () => {
    const clock = testClock();
    const file = tempPath();
    const ctx = await locked(file, clock);
    await call(ctx, 'lock.unlock', { passphrase: PASS });
    for (let i = 0; i < 4; i++) await call(ctx, 'lock.remove', { passphrase: 'guess guess' });
    clock.advance(1000);
    expect(await call(ctx, 'lock.set', { passphrase: 'a new one!', idleMinutes: 5, currentPassphrase: 'no' })).toEqual(
      wrongThen('The lock was not changed. Wait 2 seconds before trying again.'),
    );
    ctx.db.close();

    // Knotbook closed and opened again: the wait goes on.
    clock.advance(500);
    const again = start(file, clock);
    expect(await status(again)).toEqual({ enabled: true, locked: true, idleMinutes: 5, waitSeconds: 2 });
    expect(await call(again, 'lock.unlock', { passphrase: PASS })).toEqual(
      tooMany('Wait 2 seconds before trying again.'),
    );
    clock.advance(1500);
    expect(await call(again, 'lock.unlock', { passphrase: PASS })).toMatchObject({ ok: true });
  });
});

describe('app.info', () => {
  it('tells nothing about the file while Knotbook is locked', async () => {
    const clock = testClock();
    const file = tempPath();
    const ctx = await locked(file, clock);
    const info = await call(ctx, 'app.info');
    expect(info).toEqual({ ok: true, value: { locked: true, appVersion: 'test', integrity: 'checking' } });
    expect(JSON.stringify(info)).not.toContain(path.basename(file));

    await call(ctx, 'lock.unlock', { passphrase: PASS });
    expect(await call(ctx, 'app.info')).toMatchObject({ ok: true, value: { locked: false, databasePath: file } });

    // Locked by the idle minutes, before any other call has noticed.
    clock.advance(5 * 60_000 + 1);
    expect(await call(ctx, 'app.info')).toEqual({
      ok: true,
      value: { locked: true, appVersion: 'test', integrity: 'checking' },
    });
  });
});
