import { ApiError, isErrorCode, type Result } from '../../../shared/api/result';

/** Turns a Result envelope into a value or a thrown ApiError, whatever transport carried it. */
export function unwrapResult<T>(result: unknown): T {
  if (isResult(result)) {
    if (result.ok) return result.value as T;
    const { code, message, details } = result.error;
    throw new ApiError(isErrorCode(code) ? code : 'INTERNAL', message, details);
  }
  throw new ApiError('INTERNAL', 'Tokscope received an answer it could not understand from its backend.');
}

function isResult(value: unknown): value is Result<unknown> {
  if (!value || typeof value !== 'object' || !('ok' in value)) return false;
  const ok = (value as { ok: unknown }).ok;
  if (ok === true) return 'value' in value;
  if (ok === false) {
    const error = (value as { error?: unknown }).error;
    return !!error && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string';
  }
  return false;
}
