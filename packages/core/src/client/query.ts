import { type Clock, scheduleAt } from '../clock/clock'
import { withTimeout } from '../clock/with-timeout'
import type { LiveErrorCode } from '../errors/error-codes'
import type { LiveError } from '../errors/live-error'
import { toLiveError } from '../errors/to-live-error'
import { type BackoffOptions, backoffDelay } from './backoff'
import { notifyAll } from './notify-all'
import { PENDING, type QueryState } from './query-state'
import { replaceEqualDeep } from './replace-equal-deep'

/** What one {@link Query} needs from its client. */
export interface QueryConfig<T> {
  clock: Clock
  /** Performs the request; rejections are turned into {@link LiveError}s. */
  fetch: () => Promise<T>
  /** Whether the page is shown: nothing is fetched while hidden. */
  isVisible: () => boolean
  staleTimeMs: number
  /** 0 or `Infinity` turns polling off. */
  pollIntervalMs: number
  timeoutMs: number
  backoff: BackoffOptions
  /** The API name, for timeout messages. */
  api: string
  /** Where a throwing listener is reported. */
  onError: (error: LiveError) => void
}

/**
 * One keyed request (one channel's live status, or its notice): a single request in flight however
 * many subscribers, a TTL, polling while subscribed and visible, backoff on retryable errors and
 * none after a permanent one (until the next mount or page show, unless it cannot change).
 */
export interface Query<T> {
  /** The current state; the same object until something changes. */
  getState(): QueryState<T>
  /** Adds a subscriber and fetches if the data is stale; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void
  /** Stops timers (page hidden). A request in flight still lands. */
  sleep(): void
  /** The page is shown again: like a remount, a permanent error that may have changed is retried. */
  show(): void
  /** Marks the data stale and fetches again if anyone is watching (after the request under way). */
  invalidate(): void
  /** Fetches now, even after a permanent error or while hidden (an explicit user action). */
  refetch(): Promise<void>
  /** Resolves when the first answer (data or error) is known, fetching if nothing is under way. */
  ensure(): Promise<void>
  /** Stops for good: no timers, no notifications, late answers ignored. */
  destroy(): void
}

/** Errors that cannot change while the app runs: not even a remount or a page show tries again. */
const FATAL_FOR_SESSION: ReadonlySet<LiveErrorCode> = new Set<LiveErrorCode>([
  'devtools-unsupported',
  'unsupported-platform',
  'api-missing',
  'invalid-argument',
])

function sameError(a: LiveError | undefined, b: LiveError | undefined): boolean {
  return (
    a === b ||
    (!!a && !!b && a.code === b.code && a.errCode === b.errCode && a.message === b.message)
  )
}

/** Creates a {@link Query}; with `initialError` it is born failed and never calls the platform. */
export function createQuery<T>(config: QueryConfig<T>, initialError?: LiveError): Query<T> {
  const { clock } = config
  const listeners = new Set<() => void>()
  let state: QueryState<T> = initialError
    ? { status: 'error', data: undefined, error: initialError }
    : PENDING
  let inFlight: Promise<void> | undefined
  let updatedAt = -Infinity
  let failedAt = -Infinity
  let failures = 0
  let halted = !!initialError
  let refetchWhenLanded = false
  let destroyed = false
  let cancelTimer: (() => void) | undefined

  const active = () => !destroyed && listeners.size > 0 && config.isVisible()
  const isStale = () => clock.now() - updatedAt >= config.staleTimeMs

  function sleep(): void {
    cancelTimer?.()
    cancelTimer = undefined
  }

  function resumeAfterPermanentError(): void {
    const code = state.error?.code
    // Only once the failure is as old as the stale time: a consumer that resubscribes on every
    // render must not turn a permanent error into a request loop.
    const old = clock.now() - failedAt >= config.staleTimeMs
    if (halted && old && !initialError && code && !FATAL_FOR_SESSION.has(code)) halted = false
  }

  function dueAt(checkStale: boolean): number | undefined {
    if (failures > 0) return failedAt + backoffDelay(failures, config.backoff)
    if (checkStale && isStale()) return clock.now()
    const { pollIntervalMs } = config
    // 0, a negative number, NaN and Infinity all mean "no polling".
    return pollIntervalMs > 0 && pollIntervalMs < Infinity ? updatedAt + pollIntervalMs : undefined
  }

  /**
   * Fetches now if due, else arms one timer for when it will be. `checkStale` is false right after
   * an answer: then only the poll or the backoff decides (a TTL of 0 must not loop).
   */
  function wake(checkStale = true): void {
    if (!active() || halted || inFlight || cancelTimer) return
    const at = dueAt(checkStale)
    if (at === undefined) return
    if (at <= clock.now()) {
      void run()
      return
    }
    cancelTimer = scheduleAt(clock, at, () => {
      cancelTimer = undefined
      if (active() && !halted) void run()
    })
  }

  /** Replaces the state and notifies subscribers, unless nothing changed. */
  function setState(next: QueryState<T>): void {
    if (state.status === next.status && state.data === next.data && state.error === next.error)
      return
    state = next
    notifyAll(listeners, config.onError)
  }

  function land(apply: () => void): void {
    inFlight = undefined
    if (destroyed) return
    apply()
    if (refetchWhenLanded) {
      refetchWhenLanded = false
      updatedAt = -Infinity
      wake()
    } else {
      wake(false)
    }
  }

  function run(): Promise<void> {
    if (inFlight) return inFlight
    const { timeoutMs, api } = config
    // A callback that never fires must not leave the widget loading forever.
    const attempt = withTimeout(clock, timeoutMs, api, config.fetch)
    inFlight = attempt.then(
      (data) =>
        land(() => {
          failures = 0
          updatedAt = clock.now()
          setState({
            status: 'success',
            data: replaceEqualDeep(state.data, data),
            error: undefined,
          })
        }),
      (raw: unknown) =>
        land(() => {
          const error = toLiveError(raw, api)
          failedAt = clock.now()
          if (error.retryable) failures += 1
          else halted = true
          setState({
            status: 'error',
            data: state.data,
            error: sameError(state.error, error) ? state.error : error,
          })
        }),
    )
    return inFlight
  }

  return {
    getState: () => state,
    subscribe(listener) {
      if (listeners.size === 0) resumeAfterPermanentError()
      listeners.add(listener)
      wake()
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0) sleep()
      }
    },
    sleep,
    show() {
      resumeAfterPermanentError()
      wake()
    },
    invalidate() {
      updatedAt = -Infinity
      if (inFlight) {
        refetchWhenLanded = true
        return
      }
      sleep()
      wake()
    },
    refetch() {
      if (initialError || destroyed) return Promise.resolve()
      halted = false
      failures = 0
      sleep()
      return run()
    },
    ensure() {
      if (state.status !== 'pending' && !inFlight) return Promise.resolve()
      return inFlight || run()
    },
    destroy() {
      destroyed = true
      listeners.clear()
      sleep()
    },
  }
}
