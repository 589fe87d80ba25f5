import { ERROR_CODES, type ErrorCode } from '@shezu/contracts';

/** The error every service throws; the error handler turns it into `{ code, message, fields, requestId }`. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message ?? ERROR_CODES[code].message);
    this.status = ERROR_CODES[code].status;
  }
}

export const notFound = (message?: string) => new AppError('NOT_FOUND', message);
export const forbidden = (message?: string) => new AppError('FORBIDDEN', message);
export const stale = () => new AppError('STALE_VERSION');

/** A 400 for one field, with the message shown beside it in the form. */
export function fieldError(field: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, { [field]: message });
}

export function duplicate(field: string, message: string): AppError {
  return new AppError('DUPLICATE', message, { [field]: message });
}
