import type { ApiErrorBody, Envelope, ErrorCode } from '../../db/api/contract';

export const UNREACHABLE_MESSAGE = 'Knotbook could not reach its database. Is it still running?';
export const TIMEOUT_MESSAGE = 'Knotbook took too long to answer. Please try again.';

/** Every code the API can send (a record, so a code added to the contract must be added here). */
const knownCodes: Record<ErrorCode, true> = {
  invalid_input: true,
  unknown_operation: true,
  not_found: true,
  conflict: true,
  read_only: true,
  unauthorized: true,
  locked: true,
  internal: true,
};
const errorCodes: ReadonlySet<string> = new Set(Object.keys(knownCodes));

export function failure(code: ErrorCode, message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message } = value as Record<string, unknown>;
  return typeof code === 'string' && errorCodes.has(code) && typeof message === 'string';
}

/** Anything a transport received, checked to be a well-formed envelope. */
export function toEnvelope(value: unknown): Envelope<unknown> {
  if (typeof value === 'object' && value !== null) {
    const body = value as Record<string, unknown>;
    if (body.ok === true && 'value' in body) return { ok: true, value: body.value };
    if (body.ok === false && isErrorBody(body.error)) {
      return { ok: false, error: { code: body.error.code, message: body.error.message } };
    }
  }
  return failure('internal', UNREACHABLE_MESSAGE);
}
