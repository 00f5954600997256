import { scheduleAt } from '../clock/clock'
import { LiveError } from '../errors/live-error'
import { orDefault } from '../parse/or-default'
import type { Platform } from '../platform/platform'
import type { BackoffOptions } from './backoff'
import { createQuery, type Query, type QueryConfig } from './query'

/** Options of {@link createLiveClient}. All durations in ms. */
export interface LiveClientOptions {
  /** Data younger than this is served to a new subscriber without a request. Default 30 000. */
  staleTimeMs?: number
  /** Live-status polling while subscribed and visible; 0 turns it off. Default 60 000. */
  livePollIntervalMs?: number
  /** Notice polling while subscribed and visible; 0 turns it off. Default 300 000. */
  noticePollIntervalMs?: number
  /** A platform callback that has not fired by then counts as a `timeout`. Default 10 000. */
  timeoutMs?: number
  /** Backoff for retryable errors. */
  retry?: BackoffOptions
  /** Storage key of the reservation records. Default `'taro-live:reservations'`. */
  storageKey?: string
  /** Whether the page starts visible. Default `true`. */
  visible?: boolean
  /** Failures nobody else sees (storage). */
  onError?: (error: LiveError) => void
}

/** What the parts of a client share: the platform, options, visibility and every query. */
export interface ClientCore {
  readonly platform: Platform
  readonly options: LiveClientOptions
  readonly onError: (error: LiveError) => void
  /** `options.timeoutMs` or its default. */
  readonly timeoutMs: number
  /** A query for one channel, following the client's visibility; born failed for a bad id. */
  query<T>(
    api: string,
    pollIntervalMs: number,
    finderUserName: string,
    fetch: () => Promise<T>,
  ): Query<T>
  /**
   * Shares one pending call between quick repeated calls, but only for `timeoutMs`: if WeChat never
   * calls back, the next tap tries again instead of waiting on a promise that will never settle.
   */
  shared<T>(pending: Map<string, Promise<T>>, key: string, start: () => Promise<T>): Promise<T>
  /** A bad channel id, or `undefined`. */
  invalidFinder(finderUserName: unknown): LiveError | undefined
  readonly visible: boolean
  setVisible(visible: boolean): void
  /**
   * Runs `fn` each time the page shows again, before the queries wake: WeChat suspends a hidden
   * mini program's JS (~5 s after `onHide`), so anything a timer decides must be re-derived then.
   */
  onShow(fn: () => void): void
  /** Runs `fn` when the client is destroyed. */
  onDestroy(fn: () => void): void
  destroy(): void
}

/** The `invalid-argument` error for a channel id that cannot be one; `undefined` when it can. */
export function invalidFinder(finderUserName: unknown): LiveError | undefined {
  if (typeof finderUserName === 'string' && finderUserName.trim() !== '') return undefined
  return new LiveError(
    'invalid-argument',
    `finderUserName must be a channel id ("sph…"), not ${JSON.stringify(finderUserName) || String(finderUserName)}`,
  )
}

/** The shared part of a client; the live status and the notice parts are built on it. */
export function createClientCore(platform: Platform, options: LiveClientOptions): ClientCore {
  const { clock } = platform
  const onError = orDefault(options.onError, () => {})
  let visible = orDefault(options.visible, true)
  const queries = new Set<Query<unknown>>()
  const destroyers: Array<() => void> = []
  const showers: Array<() => void> = []
  let destroyed = false
  const timeoutMs = orDefault(options.timeoutMs, 10_000)

  return {
    platform,
    options,
    onError,
    timeoutMs,
    invalidFinder,
    query<T>(api: string, pollIntervalMs: number, finderUserName: string, fetch: () => Promise<T>) {
      const config: QueryConfig<T> = {
        clock,
        fetch,
        api,
        isVisible: () => visible,
        staleTimeMs: orDefault(options.staleTimeMs, 30_000),
        pollIntervalMs,
        timeoutMs,
        backoff: orDefault(options.retry, {}),
        onError,
      }
      const query = createQuery(config, invalidFinder(finderUserName))
      // A destroyed client answers with inert queries: no request, no timer, ever.
      if (destroyed) query.destroy()
      else queries.add(query as Query<unknown>)
      return query
    },
    shared(pending, key, start) {
      const existing = pending.get(key)
      if (existing) return existing
      const promise = start()
      pending.set(key, promise)
      const release = () => {
        if (pending.get(key) === promise) pending.delete(key)
        cancelRelease()
      }
      const cancelRelease = scheduleAt(clock, clock.now() + timeoutMs, release)
      promise.then(release, release)
      return promise
    },
    get visible() {
      return visible
    },
    setVisible(next) {
      if (visible === next) return
      visible = next
      // Timers fired late, or not at all, while hidden (docs/platform.md, Undocumented behaviour):
      // re-derive first, so a request the re-derivation asks for is the same one the wake-up would
      // make.
      if (visible) for (const fn of showers) fn()
      for (const query of queries) {
        if (visible) query.show()
        else query.sleep()
      }
    },
    onShow(fn) {
      showers.push(fn)
    },
    onDestroy(fn) {
      destroyers.push(fn)
    },
    destroy() {
      destroyed = true
      for (const query of queries) query.destroy()
      queries.clear()
      showers.length = 0
      for (const fn of destroyers.splice(0)) fn()
    },
  }
}
