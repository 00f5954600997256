import { type Clock, scheduleAt } from '../clock/clock'
import type { LiveErrorCode } from '../errors/error-codes'
import { LiveError } from '../errors/live-error'
import { toLiveError } from '../errors/to-live-error'
import { type BackoffOptions, backoffDelay } from './backoff'
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

/**
 * One keyed request (one channel's live status, or its notice): a single request in flight however
 * many subscribers, a TTL, polling while subscribed and visible, backoff on retryable errors and
 * none after a permanent one (until the next mount or page show, unless it cannot change).
 */
export class Query<T> {
  private state: QueryState<T> = PENDING
  private readonly listeners = new Set<() => void>()
  private inFlight: Promise<void> | undefined
  private updatedAt = Number.NEGATIVE_INFINITY
  private failedAt = Number.NEGATIVE_INFINITY
  private failures = 0
  private halted = false
  private refetchWhenLanded = false
  private destroyed = false
  private cancelTimer: (() => void) | undefined

  constructor(
    private readonly config: QueryConfig<T>,
    private readonly initialError?: LiveError,
  ) {
    if (initialError) {
      this.state = { status: 'error', data: undefined, error: initialError }
      this.halted = true
    }
  }

  /** The current state; the same object until something changes. */
  getState = (): QueryState<T> => this.state

  /** Adds a subscriber and fetches if the data is stale; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    if (this.listeners.size === 0) this.resumeAfterPermanentError()
    this.listeners.add(listener)
    this.wake()
    return () => {
      this.listeners.delete(listener)
      if (this.listeners.size === 0) this.sleep()
    }
  }

  private get active(): boolean {
    return !this.destroyed && this.listeners.size > 0 && this.config.isVisible()
  }

  /** Whether the data is older than the TTL (or absent). */
  isStale(): boolean {
    return this.config.clock.now() - this.updatedAt >= this.config.staleTimeMs
  }

  /** Stops timers (page hidden, or no subscribers). A request in flight still lands. */
  sleep(): void {
    this.cancelTimer?.()
    this.cancelTimer = undefined
  }

  /** The page is shown again: like a remount, a permanent error that may have changed is retried. */
  show(): void {
    this.resumeAfterPermanentError()
    this.wake()
  }

  private resumeAfterPermanentError(): void {
    const code = this.state.error?.code
    if (this.halted && !this.initialError && code && !FATAL_FOR_SESSION.has(code))
      this.halted = false
  }

  /**
   * Fetches now if due, else arms one timer for when it will be. `checkStale` is false right after
   * an answer: then only the poll or the backoff decides (a TTL of 0 must not loop).
   */
  wake(checkStale = true): void {
    if (!this.active || this.halted || this.inFlight || this.cancelTimer) return
    const dueAt = this.dueAt(checkStale)
    if (dueAt === undefined) return
    if (dueAt <= this.config.clock.now()) {
      void this.run()
      return
    }
    this.cancelTimer = scheduleAt(this.config.clock, dueAt, () => {
      this.cancelTimer = undefined
      if (this.active && !this.halted) void this.run()
    })
  }

  private dueAt(checkStale: boolean): number | undefined {
    if (this.failures > 0) return this.failedAt + backoffDelay(this.failures, this.config.backoff)
    if (checkStale && this.isStale()) return this.config.clock.now()
    const { pollIntervalMs } = this.config
    if (!(pollIntervalMs > 0) || !Number.isFinite(pollIntervalMs)) return undefined
    return this.updatedAt + pollIntervalMs
  }

  /** Marks the data stale and fetches again if anyone is watching (after the request under way). */
  invalidate(): void {
    this.updatedAt = Number.NEGATIVE_INFINITY
    if (this.inFlight) {
      this.refetchWhenLanded = true
      return
    }
    this.sleep()
    this.wake()
  }

  /** Fetches now, even after a permanent error or while hidden (an explicit user action). */
  refetch(): Promise<void> {
    if (this.initialError || this.destroyed) return Promise.resolve()
    this.halted = false
    this.failures = 0
    this.sleep()
    return this.run()
  }

  /** Resolves when the first answer (data or error) is known, fetching if nothing is under way. */
  ensure(): Promise<void> {
    if (this.state.status !== 'pending' && !this.inFlight) return Promise.resolve()
    return this.inFlight ?? this.run()
  }

  /** Stops for good: no timers, no notifications, late answers ignored. */
  destroy(): void {
    this.destroyed = true
    this.listeners.clear()
    this.sleep()
  }

  private run(): Promise<void> {
    if (this.inFlight) return this.inFlight
    const { clock, timeoutMs, api } = this.config
    const attempt = new Promise<T>((resolve, reject) => {
      const cancelTimeout = scheduleAt(clock, clock.now() + timeoutMs, () =>
        // A callback that never fires must not leave the widget loading forever.
        reject(new LiveError('timeout', `${api} did not answer within ${timeoutMs} ms`, { api })),
      )
      const settle =
        <V>(fn: (value: V) => void) =>
        (value: V) => {
          cancelTimeout()
          fn(value)
        }
      try {
        this.config.fetch().then(settle(resolve), settle(reject))
      } catch (error) {
        settle(reject)(error)
      }
    })
    const done = attempt.then(
      (data) => this.land(() => this.succeed(data)),
      (error: unknown) => this.land(() => this.fail(toLiveError(error, api))),
    )
    this.inFlight = done
    return done
  }

  private land(apply: () => void): void {
    this.inFlight = undefined
    if (this.destroyed) return
    apply()
    if (this.refetchWhenLanded) {
      this.refetchWhenLanded = false
      this.updatedAt = Number.NEGATIVE_INFINITY
      this.wake()
    } else {
      this.wake(false)
    }
  }

  private succeed(data: T): void {
    this.failures = 0
    this.updatedAt = this.config.clock.now()
    this.setState({
      status: 'success',
      data: replaceEqualDeep(this.state.data, data),
      error: undefined,
    })
  }

  private fail(error: LiveError): void {
    this.failedAt = this.config.clock.now()
    if (error.retryable) this.failures += 1
    else this.halted = true
    const kept = sameError(this.state.error, error) ? this.state.error : error
    this.setState({ status: 'error', data: this.state.data, error: kept })
  }

  /** Replaces the state and notifies subscribers, unless nothing changed. */
  private setState(next: QueryState<T>): void {
    const prev = this.state
    if (prev.status === next.status && prev.data === next.data && prev.error === next.error) return
    this.state = next
    for (const listener of [...this.listeners]) {
      try {
        listener()
      } catch (cause) {
        // One broken subscriber must not stop the others, or the polling.
        this.config.onError(new LiveError('platform-failure', 'A subscriber threw', { cause }))
      }
    }
  }
}
