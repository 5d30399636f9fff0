/**
 * The typed API client: `await api.call('clients.get', { id })` resolves to the operation's
 * result or throws an `ApiError` whose message is written for the therapist.
 * Components never know which transport carries the call.
 */
import type { ErrorCode, OpInput, OpName, OpResult } from '../../db/api/contract';
import { TIMEOUT_MESSAGE, failure } from './envelope';
import { pickTransport, type Transport } from './transport';

export class ApiError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

const TIMEOUT_MS = 30_000;

/** Told when the API refuses a call because Knotbook is locked (the lock screen listens). */
const lockedListeners = new Set<() => void>();
export function onLocked(listener: () => void): () => void {
  lockedListeners.add(listener);
  return () => lockedListeners.delete(listener);
}

function withTimeout(transport: Transport, ms: number): Transport {
  return (op, input) =>
    new Promise((resolve) => {
      const timer = setTimeout(() => resolve(failure('internal', TIMEOUT_MESSAGE)), ms);
      void transport(op, input).then((envelope) => {
        clearTimeout(timer);
        resolve(envelope);
      });
    });
}

export interface ApiClient {
  call<K extends OpName>(op: K, input: OpInput<K>): Promise<OpResult<K>>;
}

export function createApi(getTransport: () => Transport, timeoutMs = TIMEOUT_MS): ApiClient {
  let transport: Transport | undefined;
  return {
    async call<K extends OpName>(op: K, input: OpInput<K>): Promise<OpResult<K>> {
      transport ??= withTimeout(getTransport(), timeoutMs);
      const envelope = await transport(op, input);
      if (!envelope.ok) {
        if (envelope.error.code === 'locked') for (const listener of lockedListeners) listener();
        throw new ApiError(envelope.error.code, envelope.error.message);
      }
      // The envelope comes from the operation named `op`, whose result type is OpResult<K>.
      return envelope.value as OpResult<K>;
    },
  };
}

/** The app's client; the transport is picked on the first call. */
export const api: ApiClient = createApi(() => pickTransport());

/** Any thrown value as a sentence for the alert region. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something went wrong. Please try again.';
}
