import { orDefault } from '../parse/or-default'

/** Retry delays for retryable errors. */
export interface BackoffOptions {
  /** First retry delay in ms. Default 2 000. */
  baseDelayMs?: number
  /** Ceiling in ms. Default 300 000 (five minutes). */
  maxDelayMs?: number
}

/** Delay before retry number `failures` (1-based): base · 2^(failures−1), capped. */
export function backoffDelay(failures: number, options: BackoffOptions = {}): number {
  const base = orDefault(options.baseDelayMs, 2_000)
  const max = orDefault(options.maxDelayMs, 300_000)
  return Math.min(max, base * 2 ** Math.max(0, Math.min(30, failures - 1)))
}
