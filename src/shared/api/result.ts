/** The success/error envelope every transport (IPC, HTTP, CLI) uses across its boundary. */

export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'NO_STUDY'
  | 'UNREADABLE'
  | 'CONFLICT'
  | 'UNSUPPORTED'
  | 'CANCELLED'
  | 'UNAUTHORIZED'
  | 'INTERNAL';

export interface ApiErrorShape {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

/** Thrown by services; converted to a Result at the boundary and back to a throw in the client. */
export class ApiError extends Error implements ApiErrorShape {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toJSON(): ApiErrorShape {
    return { code: this.code, message: this.message, ...(this.details === undefined ? {} : { details: this.details }) };
  }
}

export function toErrorShape(err: unknown): ApiErrorShape {
  if (err instanceof ApiError) return err.toJSON();
  if (err && typeof err === 'object' && 'code' in err && 'message' in err && typeof err.message === 'string') {
    const code = (err as { code: unknown }).code;
    if (typeof code === 'string' && isErrorCode(code)) return { code, message: err.message };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'INTERNAL', message };
}

const CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'VALIDATION',
  'NOT_FOUND',
  'NO_STUDY',
  'UNREADABLE',
  'CONFLICT',
  'UNSUPPORTED',
  'CANCELLED',
  'UNAUTHORIZED',
  'INTERNAL',
]);

export function isErrorCode(code: string): code is ErrorCode {
  return CODES.has(code);
}
