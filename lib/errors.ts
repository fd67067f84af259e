// Errors a user can cause. They carry a message key (messages/<locale>/errors.json), never a sentence, so
// the answer is always in the user's language; lib/action.ts and lib/http.ts turn them into results.
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  VALIDATION: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  LOCKED: 423,
  RATE_LIMITED: 429,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** key under the `errors` namespace, e.g. "usernameTaken", or a module's full key ("attachments.errors.x") */
    readonly messageKey: string = code,
    readonly values: Record<string, string | number | Date> = {},
    readonly fieldErrors?: FieldErrors,
  ) {
    super(`${code}: ${messageKey}`);
    this.name = "AppError";
  }
}

export const notFound = () => new AppError("NOT_FOUND", "NOT_FOUND");

export type Failure = {
  ok: false;
  error: { code: ErrorCode; message: string; fieldErrors?: FieldErrors };
  /** A RATE_LIMITED refusal: when to come back (answered as Retry-After; not part of the JSON body). */
  retryAfterSeconds?: number;
};
export type Success<T> = { ok: true; data: T };
export type Result<T> = Success<T> | Failure;
