/** Completes and checks network options coming from the CLI or the API (one rule set for both). */
import { ApiError } from '../../../shared/api/result';
import { DEFAULT_NETWORK_OPTIONS, NETWORK_KINDS, type NetworkKind, type NetworkOptions } from '../../../shared/domain/network';

export type NetworkOptionsInput = Partial<Omit<NetworkOptions, 'kind'>> & { kind: string };

export function resolveNetworkOptions(input: NetworkOptionsInput): NetworkOptions {
  if (!(NETWORK_KINDS as readonly string[]).includes(input.kind)) {
    throw new ApiError('VALIDATION', `Unknown network kind "${input.kind}". Use one of: ${NETWORK_KINDS.join(', ')}.`);
  }
  const o: NetworkOptions = { ...DEFAULT_NETWORK_OPTIONS, ...stripUndefined(input), kind: input.kind as NetworkKind };
  if (!Number.isInteger(o.minWeight) || o.minWeight < 1) throw new ApiError('VALIDATION', '--min-weight must be a whole number ≥ 1.');
  if (o.maxGroup !== null && (!Number.isInteger(o.maxGroup) || o.maxGroup < 1)) {
    throw new ApiError('VALIDATION', '--max-group must be a whole number ≥ 1.');
  }
  if (o.backbone !== null && !(o.backbone > 0 && o.backbone < 1)) {
    throw new ApiError('VALIDATION', '--backbone takes a significance level alpha between 0 and 1 (e.g. 0.05).');
  }
  if (!(o.resolution > 0) || !Number.isFinite(o.resolution)) throw new ApiError('VALIDATION', '--resolution must be a positive number.');
  if (!Number.isInteger(o.seed)) throw new ApiError('VALIDATION', '--seed must be a whole number.');
  return o;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
