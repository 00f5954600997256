import type { LiveError } from '../errors/live-error'

/** `pending` until the first answer; then `success` or `error` (an error keeps the last good data). */
export type QueryStatus = 'pending' | 'success' | 'error'

/** What a subscriber sees of one keyed request. The object is replaced only when something changed. */
export interface QueryState<T> {
  /** Where the request stands. */
  readonly status: QueryStatus
  /** The last good data, kept through later errors. */
  readonly data: T | undefined
  /** The last error, cleared by the next success. */
  readonly error: LiveError | undefined
}

/** The state before anything is known. */
export const PENDING: QueryState<never> = Object.freeze({
  status: 'pending',
  data: undefined,
  error: undefined,
})
