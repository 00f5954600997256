import { scheduleAt } from '../clock/clock'
import { LiveError } from '../errors/live-error'
import { toLiveError } from '../errors/to-live-error'
import { type LiveInfo, parseLiveInfo } from '../live/parse-live-info'
import {
  NOTICE_LINGER_MS,
  type NoticePhase,
  nextNoticePhaseChange,
  noticePhase,
} from '../notice/notice-phase'
import { type NoticeInfo, parseNoticeInfo } from '../notice/parse-notice-info'
import { type ReserveOutcomeInfo, reserveOutcome } from '../notice/reserve-outcome'
import { OPEN_LIVE_IDS_OPTIONAL_FROM } from '../platform/api-min-versions'
import type { OpenLiveRequest, Platform } from '../platform/platform'
import { compareVersion } from '../version/compare-version'
import type { BackoffOptions } from './backoff'
import { notifyAll } from './notify-all'
import { createQuery, type Query, type QueryConfig } from './query'
import type { QueryState } from './query-state'
import { createReservationStore } from './reservation-store'

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

/** The notice of a channel as a widget needs it. */
export interface NoticeState extends QueryState<NoticeInfo | null> {
  /** The notice's phase now; `undefined` without a notice. Changes exactly at the start and an hour later. */
  readonly phase: NoticePhase | undefined
  /** Whether this user reserved it, from the local record. */
  readonly reserved: boolean
}

/** What {@link LiveClient.reserve} reports. */
export interface ReserveResult extends ReserveOutcomeInfo {
  /** The notice that was reserved (or not). */
  noticeId: string
  /** The local record after the outcome. */
  reserved: boolean
}

/** The shared data layer: one per app, however many widgets. */
export interface LiveClient {
  /** The platform underneath. */
  readonly platform: Platform
  /** Live status of a channel; the same object until it changes. */
  getLive(finderUserName: string): QueryState<LiveInfo>
  /** Watches a channel's live status; fetches when stale and polls while visible. */
  subscribeLive(finderUserName: string, listener: () => void): () => void
  /** Fetches the live status now (also after a permanent error). */
  refreshLive(finderUserName: string): Promise<void>
  /** The next notice of a channel with its phase and this user's reservation. */
  getNotice(finderUserName: string): NoticeState
  /** Watches a channel's notice; re-notifies exactly when its phase changes. */
  subscribeNotice(finderUserName: string, listener: () => void): () => void
  /** Fetches the notice now. */
  refreshNotice(finderUserName: string): Promise<void>
  /**
   * Opens the live room. Calls the platform synchronously with the prefetched ids, so call it first
   * thing in a tap. A second call while one is pending returns the pending one.
   */
  openLive(finderUserName: string): Promise<void>
  /** Shows the reserve popup for the channel's notice and records what the user did. */
  reserve(finderUserName: string): Promise<ReserveResult>
  /** The local reservation record of a notice. */
  isReserved(noticeId: string): boolean
  /** Page shown or hidden: nothing is fetched while hidden. */
  setVisible(visible: boolean): void
  /** Whether the page is shown. */
  readonly visible: boolean
  /** Stops every timer. */
  destroy(): void
}

interface NoticeEntry {
  query: Query<NoticeInfo | null>
  listeners: Set<() => void>
  snapshot: NoticeState | undefined
  /** What the listeners were last told; `getNotice` may have moved `snapshot` on since. */
  notified: NoticeState | undefined
  cancelPhaseTimer: (() => void) | undefined
  unsubscribeQuery: (() => void) | undefined
}

function invalidFinder(finderUserName: unknown): LiveError | undefined {
  if (typeof finderUserName === 'string' && finderUserName.trim() !== '') return undefined
  return new LiveError(
    'invalid-argument',
    `finderUserName must be a channel id such as "sph…", got ${JSON.stringify(finderUserName) ?? String(finderUserName)}`,
  )
}

/**
 * Creates the shared data client over a {@link Platform}: de-duplicated requests, TTL cache,
 * visibility-aware polling, backoff, timeouts, notice phase timers and persisted reservations.
 */
export function createLiveClient(platform: Platform, options: LiveClientOptions = {}): LiveClient {
  const { clock } = platform
  const onError = options.onError ?? (() => {})
  let visible = options.visible ?? true
  const lives = new Map<string, Query<LiveInfo>>()
  const notices = new Map<string, NoticeEntry>()
  const opening = new Map<string, Promise<void>>()
  const reserving = new Map<string, Promise<ReserveResult>>()
  const store = createReservationStore(
    platform.storage,
    options.storageKey ?? 'taro-live:reservations',
    clock,
    onError,
  )

  function config<T>(api: string, pollIntervalMs: number, fetch: () => Promise<T>): QueryConfig<T> {
    return {
      clock,
      fetch,
      api,
      isVisible: () => visible,
      staleTimeMs: options.staleTimeMs ?? 30_000,
      pollIntervalMs,
      timeoutMs: options.timeoutMs ?? 10_000,
      backoff: options.retry ?? {},
      onError,
    }
  }

  function liveQuery(finderUserName: string): Query<LiveInfo> {
    let query = lives.get(finderUserName)
    if (!query) {
      const fetch = async () => {
        const parsed = parseLiveInfo(await platform.getChannelsLiveInfo({ finderUserName }))
        if (!parsed.ok) throw parsed.error
        return parsed.value
      }
      query = createQuery(
        config('getChannelsLiveInfo', options.livePollIntervalMs ?? 60_000, fetch),
        invalidFinder(finderUserName),
      )
      lives.set(finderUserName, query)
    }
    return query
  }

  function noticeEntry(finderUserName: string): NoticeEntry {
    let entry = notices.get(finderUserName)
    if (!entry) {
      const fetch = async (): Promise<NoticeInfo | null> => {
        let raw: unknown
        try {
          raw = await platform.getChannelsLiveNoticeInfo({ finderUserName })
        } catch (error) {
          // A channel without a usable notice makes the call fail rather than return nothing.
          if (toLiveError(error).code === 'no-data') return null
          throw error
        }
        const parsed = parseNoticeInfo(raw)
        if (!parsed.ok) throw parsed.error
        return parsed.value
      }
      entry = {
        query: createQuery(
          config('getChannelsLiveNoticeInfo', options.noticePollIntervalMs ?? 300_000, fetch),
          invalidFinder(finderUserName),
        ),
        listeners: new Set(),
        snapshot: undefined,
        notified: undefined,
        cancelPhaseTimer: undefined,
        unsubscribeQuery: undefined,
      }
      notices.set(finderUserName, entry)
    }
    return entry
  }

  function deriveNotice(entry: NoticeEntry): NoticeState {
    const state = entry.query.getState()
    const notice = state.data
    const phase = notice ? noticePhase(notice, clock.now()) : undefined
    const reserved = notice ? store.get(notice.noticeId) === true : false
    const prev = entry.snapshot
    if (
      prev &&
      prev.status === state.status &&
      prev.data === notice &&
      prev.error === state.error &&
      prev.phase === phase &&
      prev.reserved === reserved
    ) {
      return prev
    }
    entry.snapshot = { status: state.status, data: notice, error: state.error, phase, reserved }
    return entry.snapshot
  }

  function armPhaseTimer(entry: NoticeEntry): void {
    entry.cancelPhaseTimer?.()
    entry.cancelPhaseTimer = undefined
    const notice = entry.query.getState().data
    if (!notice || entry.listeners.size === 0) return
    const at = nextNoticePhaseChange(notice, clock.now())
    if (at === null) return
    entry.cancelPhaseTimer = scheduleAt(clock, at, () => {
      entry.cancelPhaseTimer = undefined
      // The notice is gone an hour after its start: ask for the next one (domain doc §3).
      if (noticePhase(notice, clock.now()) === 'expired') entry.query.invalidate()
      notifyNotice(entry)
    })
  }

  function notifyNotice(entry: NoticeEntry): void {
    const after = deriveNotice(entry)
    armPhaseTimer(entry)
    if (after === entry.notified) return
    entry.notified = after
    notifyAll(entry.listeners, onError)
  }

  /**
   * Shares one pending popup between quick repeated calls, but only for `timeoutMs`: if WeChat never
   * calls back, the next tap tries again instead of waiting on a promise that will never settle.
   */
  function shared<T>(
    pending: Map<string, Promise<T>>,
    key: string,
    start: () => Promise<T>,
  ): Promise<T> {
    const existing = pending.get(key)
    if (existing) return existing
    const promise = start()
    pending.set(key, promise)
    const release = () => {
      if (pending.get(key) === promise) pending.delete(key)
      cancelRelease()
    }
    const cancelRelease = scheduleAt(clock, clock.now() + (options.timeoutMs ?? 10_000), release)
    promise.then(release, release)
    return promise
  }

  function openLive(finderUserName: string): Promise<void> {
    return shared(opening, finderUserName, () => startOpenLive(finderUserName))
  }

  function startOpenLive(finderUserName: string): Promise<void> {
    const invalid = invalidFinder(finderUserName) ?? platform.check('openChannelsLive')
    if (invalid) return Promise.reject(invalid)
    const live = liveQuery(finderUserName).getState().data
    const version = platform.baseLibraryVersion()
    // Below 2.19.2 the ids are required; from it, omitting them opens whatever is live now, which is
    // better than a stale id pointing at an ended live (domain doc §2).
    const idsRequired = version !== '' && compareVersion(version, OPEN_LIVE_IDS_OPTIONAL_FROM) < 0
    const request: OpenLiveRequest = { finderUserName }
    if (live?.feedId && live.nonceId && (idsRequired || live.status === 'live')) {
      request.feedId = live.feedId
      request.nonceId = live.nonceId
    } else if (idsRequired) {
      return Promise.reject(
        new LiveError(
          'not-ready',
          'The live ids are not loaded yet; base library < 2.19.2 needs them',
          {
            api: 'openChannelsLive',
          },
        ),
      )
    }
    // The platform call happens synchronously here, inside the caller's tap.
    return platform.openChannelsLive(request)
  }

  async function doReserve(finderUserName: string): Promise<ReserveResult> {
    const invalid = invalidFinder(finderUserName) ?? platform.check('reserveChannelsLive')
    if (invalid) throw invalid
    const entry = noticeEntry(finderUserName)
    const known = entry.query.getState()
    // Reserve against a current notice: after an error, a stale answer, or its expiry, ask again.
    if (
      known.status === 'error' ||
      entry.query.isStale() ||
      (known.data && noticePhase(known.data, clock.now()) === 'expired')
    ) {
      await entry.query.refetch()
    } else {
      await entry.query.ensure()
    }
    const { data: notice, error } = entry.query.getState()
    if (known.data && known.data.noticeId !== notice?.noticeId) {
      // The notice we knew is gone (expired, cancelled, used): so is its reservation.
      store.forget(known.data.noticeId)
      notifyNotice(entry)
    }
    if (!notice) {
      throw error ?? new LiveError('no-data', `${finderUserName} has no notice to reserve`)
    }
    const raw = await platform.reserveChannelsLive({ noticeId: notice.noticeId })
    const info = reserveOutcome((raw as { state?: unknown } | null)?.state)
    if (info.effect === 'reserved' || info.effect === 'not-reserved') {
      store.set(notice.noticeId, info.effect === 'reserved', notice.startTime + NOTICE_LINGER_MS)
    } else if (info.effect === 'forget') {
      store.forget(notice.noticeId)
    }
    if (info.outcome === 'went-live' || info.outcome === 'declined-live') {
      liveQuery(finderUserName).invalidate()
    }
    if (info.effect === 'forget') entry.query.invalidate()
    notifyNotice(entry)
    return { ...info, noticeId: notice.noticeId, reserved: store.get(notice.noticeId) === true }
  }

  return {
    platform,
    getLive: (finderUserName) => liveQuery(finderUserName).getState(),
    subscribeLive: (finderUserName, listener) => liveQuery(finderUserName).subscribe(listener),
    refreshLive: (finderUserName) => liveQuery(finderUserName).refetch(),
    getNotice: (finderUserName) => deriveNotice(noticeEntry(finderUserName)),
    subscribeNotice(finderUserName, listener) {
      const entry = noticeEntry(finderUserName)
      if (entry.listeners.size === 0) entry.notified = deriveNotice(entry)
      entry.listeners.add(listener)
      if (!entry.unsubscribeQuery) {
        entry.unsubscribeQuery = entry.query.subscribe(() => notifyNotice(entry))
      }
      armPhaseTimer(entry)
      return () => {
        entry.listeners.delete(listener)
        if (entry.listeners.size === 0) {
          entry.unsubscribeQuery?.()
          entry.unsubscribeQuery = undefined
          entry.cancelPhaseTimer?.()
          entry.cancelPhaseTimer = undefined
        }
      }
    },
    refreshNotice: (finderUserName) => noticeEntry(finderUserName).query.refetch(),
    openLive,
    reserve: (finderUserName) => shared(reserving, finderUserName, () => doReserve(finderUserName)),
    isReserved: (noticeId) => store.get(noticeId) === true,
    setVisible(next) {
      if (visible === next) return
      visible = next
      for (const query of [...lives.values(), ...[...notices.values()].map((e) => e.query)]) {
        if (visible) query.show()
        else query.sleep()
      }
    },
    get visible() {
      return visible
    },
    destroy() {
      for (const query of lives.values()) query.destroy()
      for (const entry of notices.values()) {
        entry.query.destroy()
        entry.cancelPhaseTimer?.()
        entry.listeners.clear()
      }
      lives.clear()
      notices.clear()
      opening.clear()
      reserving.clear()
    },
  }
}
