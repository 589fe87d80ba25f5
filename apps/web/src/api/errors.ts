import { ERROR_CODES, ZApiError, type ErrorCode } from '@shezu/contracts';

/** Codes the client adds for failures that never reached the API. */
export type ClientErrorCode = 'NETWORK_ERROR';

/** An API failure in the one shape the API uses: `{ code, message, fields?, requestId }`. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: ErrorCode | ClientErrorCode | (string & {}),
    message: string,
    readonly fields: Readonly<Record<string, string>> = {},
    readonly requestId: string | null = null,
  ) {
    super(message);
  }

  get hasFields(): boolean {
    return Object.keys(this.fields).length > 0;
  }

  /** Builds the error from a failed response's status and (already parsed) body. */
  static fromResponse(status: number, body: unknown, requestIdHeader?: string | null): ApiError {
    const parsed = ZApiError.safeParse(body);
    if (parsed.success) {
      const { code, message, fields, requestId } = parsed.data;
      return new ApiError(status, code, message, fields ?? {}, requestId);
    }
    const code = codeForStatus(status);
    const text = typeof body === 'string' && body.trim() && body.length < 300 ? body.trim() : ERROR_CODES[code].message;
    return new ApiError(status, code, text, {}, requestIdHeader ?? null);
  }

  static network(cause: unknown): ApiError {
    const err = new ApiError(0, 'NETWORK_ERROR', '网络连接失败，请检查网络后重试');
    (err as { cause?: unknown }).cause = cause;
    return err;
  }
}

/** A body that is not our error shape (a proxy's HTML page, an empty 502) still gets a sensible code. */
function codeForStatus(status: number): ErrorCode {
  if (status === 400) return 'BAD_REQUEST';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'ROUTE_NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  if (status === 429) return 'RATE_LIMITED';
  return 'INTERNAL';
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

/** 401s that end the session, as opposed to a wrong password on the login form. */
export function isSessionLoss(e: unknown): e is ApiError {
  return isApiError(e) && e.status === 401 && (e.code === 'UNAUTHENTICATED' || e.code === 'SESSION_EXPIRED');
}
