import { AppError } from '../errors';
import { PROTECTIVE_TRIGGERS } from '../migrations/008-signed-records';
import { isOpName, operations, type ApiErrorBody, type Envelope, type ErrorCode } from './contract';
import { gateRefusal } from './gate';
import { handlers, type ApiContext } from './handlers';
import { describeIssues, labelFor, plainErrorMap } from './validation';

function fail(code: ErrorCode, message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

/** SQLite failures the therapist can act on, in plain words. Nothing was saved in any case. */
const sqliteMessages: Record<string, ApiErrorBody> = {
  SQLITE_FULL: {
    code: 'internal',
    message: 'The disk is full, so this change was not saved. Free some space and try again.',
  },
  SQLITE_BUSY: { code: 'conflict', message: 'The database is busy in another window. Try again in a moment.' },
  SQLITE_READONLY: { code: 'read_only', message: 'The database file is read-only, so this change was not saved.' },
  SQLITE_IOERR: { code: 'internal', message: 'Knotbook could not write to the disk, so this change was not saved.' },
  SQLITE_CONSTRAINT: {
    code: 'conflict',
    message: 'This change conflicts with what is already saved, so it was not made.',
  },
  SQLITE_CORRUPT: {
    code: 'internal',
    message:
      'Part of this database file is damaged, so Knotbook could not do this. Close Knotbook and restore the file from a backup.',
  },
};

const SAFEGUARD_MESSAGES = new Set(PROTECTIVE_TRIGGERS.map((t) => t.message));

/**
 * Once the background check (db/integrity.ts) has found damage, the connection is query-only
 * and SQLite refuses every write with SQLITE_READONLY: say why, rather than "read-only file".
 */
const DAMAGED_READ_ONLY: ApiErrorBody = {
  code: 'read_only',
  message:
    'Knotbook found damage in this database file, so it is not saving changes to it. Your records are still shown. Close Knotbook and restore the file from a backup.',
};

function fromError(ctx: ApiContext, error: unknown): Envelope<never> {
  if (error instanceof AppError) return fail(error.code, error.message);
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code.startsWith('SQLITE_READONLY') && ctx.integrity?.state === 'damaged') {
    return { ok: false, error: DAMAGED_READ_ONLY };
  }
  // A safeguard in the file itself (a signed record): its own plain words.
  if (code === 'SQLITE_CONSTRAINT_TRIGGER' && error instanceof Error && SAFEGUARD_MESSAGES.has(error.message)) {
    return fail('read_only', error.message);
  }
  const known = sqliteMessages[code] ?? sqliteMessages[code.split('_').slice(0, 2).join('_')];
  if (known) return { ok: false, error: known };
  // Only the kind of error is logged, never the data it was about.
  console.error(
    `knotbook: unexpected ${error instanceof Error ? error.name : typeof error}${code ? ` (${code})` : ''}`,
  );
  return fail('internal', 'Something went wrong inside Knotbook and nothing was changed. Please try again.');
}

/**
 * Characters no text field can keep: NUL (SQLite's length() stops at it, so a name starting
 * with one reads as empty) and half of a surrogate pair (not UTF-8: stored, it comes back
 * changed). With the u flag a whole pair is one code point, so only a lone half matches.
 */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const UNSTORABLE = /[\u0000\uD800-\uDFFF]/u;
const MAX_DEPTH = 64;

/** The path of the first string in `value` holding such a character, or null. */
function unstorableAt(value: unknown, path: PropertyKey[] = []): PropertyKey[] | null {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : null;
  if (typeof value !== 'object' || value === null || path.length > MAX_DEPTH) return null;
  for (const [key, item] of Object.entries(value)) {
    const found = unstorableAt(item, [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return null;
}

type Prepared = { ok: false; envelope: Envelope<never> } | { ok: true; run: () => unknown };

/** Checks the name and validates the input with the operation's schema (nothing runs on bad input). */
function prepare(ctx: ApiContext, op: unknown, input: unknown): Prepared {
  if (!isOpName(op)) {
    const shown = typeof op === 'string' ? `"${op.slice(0, 80)}"` : 'without a name';
    return { ok: false, envelope: fail('unknown_operation', `Knotbook does not know the operation ${shown}.`) };
  }
  const refused = gateRefusal(ctx, op);
  if (refused) return { ok: false, envelope: fail(refused.code, refused.message) };
  const unstorable = unstorableAt(input);
  if (unstorable) {
    const message = `${labelFor(unstorable)} has a character Knotbook cannot keep (an invisible NUL character, or half of an emoji). Remove it and try again.`;
    return { ok: false, envelope: fail('invalid_input', message) };
  }
  const parsed = operations[op].input.safeParse(input === undefined ? {} : input, { error: plainErrorMap });
  if (!parsed.success) return { ok: false, envelope: fail('invalid_input', describeIssues(parsed.error.issues)) };
  const handler = handlers[op] as (ctx: ApiContext, input: unknown) => unknown;
  return { ok: true, run: () => handler(ctx, parsed.data) };
}

const isPromise = (value: unknown): value is Promise<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';

/**
 * Runs one operation synchronously and wraps the outcome in the envelope. Never throws. The few
 * operations that take time (backups, restore) answer later: call them through dispatchAsync,
 * as both transports do.
 */
export function dispatch(ctx: ApiContext, op: unknown, input: unknown): Envelope<unknown> {
  const prepared = prepare(ctx, op, input);
  if (!prepared.ok) return prepared.envelope;
  try {
    const value = prepared.run();
    if (isPromise(value)) {
      value.catch(() => undefined);
      return fail('internal', 'This operation answers later; Knotbook called it the wrong way. Please try again.');
    }
    return { ok: true, value };
  } catch (error) {
    return fromError(ctx, error);
  }
}

/**
 * Runs one operation for either transport: checks the name, validates the input with the
 * operation's schema (nothing runs on bad input), runs the handler (waiting for it when it
 * answers later), and wraps the outcome in the envelope. Never rejects.
 */
export async function dispatchAsync(ctx: ApiContext, op: unknown, input: unknown): Promise<Envelope<unknown>> {
  const prepared = prepare(ctx, op, input);
  if (!prepared.ok) return prepared.envelope;
  try {
    return { ok: true, value: await prepared.run() };
  } catch (error) {
    return fromError(ctx, error);
  }
}
