import type { ErrorCode } from './api/contract';

/** An error meant for the therapist: `message` is shown as it is, in plain words. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function notFound(what: string): AppError {
  return new AppError('not_found', `That ${what} could not be found. It may have been opened from an old link.`);
}
