import { ApiError, type ErrorCode } from '../../../shared/api/result';

export interface ErrorText {
  message: string;
  /** What the researcher can do about it. */
  hint: string | null;
}

const HINTS: Partial<Record<ErrorCode, string>> = {
  NO_STUDY: 'Open a study or create a new one with the buttons at the top.',
  UNREADABLE: 'Check that the file is a CSV, JSON or NDJSON export and is not still being written, then choose it again.',
  NOT_FOUND: 'It may have been removed. Refresh the screen or reopen the study.',
  CONFLICT: 'Another operation is using the same data. Wait for it to finish, then try again.',
  UNSUPPORTED: 'This is not available in this version of Tokscope.',
  VALIDATION: 'Check the values you entered and try again.',
  UNAUTHORIZED: 'Open the workbench again with the link that `tokscope serve` printed.',
  INTERNAL: 'If this keeps happening, copy this message and the Log screen into a bug report.',
};

/** Turns any thrown value into a sentence a researcher can act on. */
export function describeError(err: unknown): ErrorText {
  if (err instanceof ApiError) return { message: err.message, hint: HINTS[err.code] ?? null };
  if (err instanceof Error) return { message: err.message, hint: HINTS.INTERNAL ?? null };
  return { message: String(err), hint: null };
}

export function isCancelled(err: unknown): boolean {
  return err instanceof ApiError && err.code === 'CANCELLED';
}
