import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportAll } from '../export';
import { hostContext } from '../host';
import { openDatabase } from '../open';
import { tempPath } from '../testing/temp-db';
import type { AppLockStatus, Envelope } from './contract';
import { dispatch } from './dispatch';
import type { ApiContext } from './handlers';

const PASS = 'harbour massage 2026';
const contexts: ApiContext[] = [];
afterEach(() => {
  vi.useRealTimers();
  for (const ctx of contexts.splice(0)) if (ctx.db.open) ctx.db.close();
});

function start(file = tempPath()): ApiContext {
  const ctx = hostContext(openDatabase(file), { file, actor: 'Jo Park', appVersion: 'test', automaticBackup: false });
  contexts.push(ctx);
  return ctx;
}
const call = (ctx: ApiContext, op: string, input: unknown = {}) => dispatch(ctx, op, input) as Envelope<unknown>;
const status = (ctx: ApiContext) => (call(ctx, 'lock.status') as { value: AppLockStatus }).value;

describe('the app lock', () => {
  it('has no lock until one is set, and then hides everything until unlocked', () => {
    const ctx = start();
    expect(status(ctx)).toEqual({ enabled: false, locked: false, idleMinutes: null });
    call(ctx, 'clients.create', { givenName: 'Maya' });
    expect(call(ctx, 'lock.set', { passphrase: PASS, idleMinutes: 5 })).toMatchObject({
      ok: true,
      value: { enabled: true, locked: false, idleMinutes: 5 },
    });
    expect(call(ctx, 'lock.lock')).toMatchObject({ ok: true, value: { locked: true } });
    for (const op of ['clients.list', 'settings.get', 'backups.list', 'export.all'])
      expect(call(ctx, op, op === 'export.all' ? { format: 'json' } : {})).toEqual({
        ok: false,
        error: { code: 'locked', message: 'Knotbook is locked. Enter your passphrase to unlock it.' },
      });
    expect(call(ctx, 'lock.unlock', { passphrase: 'not the one' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'That passphrase is not right.' },
    });
    expect(status(ctx).locked).toBe(true);
    expect(call(ctx, 'lock.unlock', { passphrase: PASS })).toMatchObject({ ok: true, value: { locked: false } });
    expect(call(ctx, 'clients.list')).toMatchObject({ ok: true, value: [{ givenName: 'Maya' }] });
  });

  it('locks itself after the idle minutes, and starts locked the next time Knotbook opens the file', () => {
    vi.useFakeTimers();
    const file = tempPath();
    const ctx = start(file);
    call(ctx, 'lock.set', { passphrase: PASS, idleMinutes: 2 });
    vi.advanceTimersByTime(90_000);
    expect(call(ctx, 'clients.list').ok).toBe(true); // use resets the clock
    vi.advanceTimersByTime(90_000);
    expect(call(ctx, 'clients.list').ok).toBe(true);
    vi.advanceTimersByTime(121_000);
    expect(call(ctx, 'clients.list')).toMatchObject({ ok: false, error: { code: 'locked' } });
    ctx.db.close();
    const again = start(file);
    expect(status(again)).toEqual({ enabled: true, locked: true, idleMinutes: 2 });
  });

  it('changes or removes the lock only with the current passphrase, and never exports it', () => {
    const ctx = start();
    call(ctx, 'lock.set', { passphrase: PASS, idleMinutes: 5 });
    expect(call(ctx, 'lock.set', { passphrase: 'a new passphrase', idleMinutes: 10 })).toMatchObject({
      ok: false,
      error: { message: 'That passphrase is not right. The lock was not changed.' },
    });
    expect(call(ctx, 'lock.remove', { passphrase: 'guess guess' })).toMatchObject({ ok: false });
    expect(
      call(ctx, 'lock.set', { passphrase: 'a new passphrase', idleMinutes: 10, currentPassphrase: PASS }),
    ).toMatchObject({ ok: true, value: { idleMinutes: 10 } });
    const exported = JSON.stringify(exportAll(ctx.db));
    expect(exported).not.toContain('"key":"app_lock"');
    expect(exported).not.toMatch(/salt|hash/);
    expect(JSON.stringify(call(ctx, 'settings.get'))).not.toMatch(/hash|salt/);
    expect(call(ctx, 'lock.remove', { passphrase: 'a new passphrase' })).toMatchObject({
      ok: true,
      value: { enabled: false, locked: false },
    });
    expect(call(ctx, 'lock.set', { passphrase: 'short', idleMinutes: 5 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });
});
