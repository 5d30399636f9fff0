/**
 * What every request passes before it runs, whether it comes through dispatch (db/api/dispatch.ts)
 * or as a file export or import from the desktop's dialogs or serve's file routes (data.ts): no
 * restore is under way, and the app lock (db/queries/app-lock.ts) lets it through. The lock locks
 * after the idle minutes, refuses everything but its own operations while locked, and counts
 * every other request as use.
 */
import { AppError } from '../errors';
import type { ApiContext } from './handlers';

/** What may be asked while Knotbook is locked: whether it is, and to unlock it. */
const ALLOWED_WHILE_LOCKED = new Set<string>(['app.info', 'lock.status', 'lock.unlock']);

export const LOCKED_MESSAGE = 'Knotbook is locked. Enter your passphrase to unlock it.';

/** The refusal for `op` (an operation's name, or what a file route does), or null to let it run. */
export function gateRefusal(ctx: ApiContext, op: string): AppError | null {
  if (ctx.busy !== undefined && op !== 'app.info') return new AppError('conflict', ctx.busy);
  const lock = ctx.lock;
  if (!lock?.enabled) return null;
  if (lock.now() - lock.lastActivity > lock.idleMinutes * 60_000) lock.locked = true;
  if (ALLOWED_WHILE_LOCKED.has(op)) return null;
  if (lock.locked) return new AppError('locked', LOCKED_MESSAGE);
  if (op !== 'lock.lock') lock.lastActivity = lock.now();
  return null;
}
