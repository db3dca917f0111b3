/**
 * The boundary every transport goes through: channel allowlist, zod validation of the argument,
 * the call, and conversion of any throw into a Result envelope. Nothing throws across it.
 */
import { apiSchemas, isChannel } from '../../shared/api/contract';
import { ApiError, toErrorShape, type Result } from '../../shared/api/result';
import type { Handlers } from './types';

export async function dispatch(handlers: Handlers, channel: unknown, rawArgs: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'NOT_FOUND', message: `Unknown call ${String(channel).slice(0, 100)}.` } };
  }
  const parsed = apiSchemas[channel].safeParse(rawArgs ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'argument'}: ${i.message}`).join('; ');
    return { ok: false, error: { code: 'VALIDATION', message: `Invalid arguments for ${channel}: ${issues}` } };
  }
  try {
    const handler = handlers[channel] as (args: unknown) => unknown;
    const value = await handler(parsed.data);
    return { ok: true, value };
  } catch (err) {
    const shape = toErrorShape(err);
    if (shape.code === 'INTERNAL' && !(err instanceof ApiError)) {
      // Unexpected failures are logged (message only: arguments may hold user data).
      console.error(`[tokscope] ${channel} failed: ${shape.message}`);
    }
    return { ok: false, error: shape };
  }
}
