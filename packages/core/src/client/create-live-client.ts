import { scheduleAt } from '../clock/clock'
import { LiveError } from '../errors/live-error'
import { toLiveError } from '../errors/to-live-error'
import { isNoNoticeFailure } from '../notice/no-notice-failure'
import {
  NOTICE_LINGER_MS,
  type NoticePhase,
  nextNoticePhaseChange,
  noticePhase,
} from '../notice/notice-phase'
import { type NoticeInfo, parseNoticeInfo } from '../notice/parse-notice-info'
import { type ReserveOutcomeInfo, reserveOutcome } from '../notice/reserve-outcome'
import { usableNotice } from '../notice/usable-notice'
import { orDefault } from '../parse/or-default'
import type { Platform } from '../platform/platform'
import type { LiveClientOptions } from './client-core'
import {
  createLiveStatusClient,
  LIVE_PARTS,
  type LivePart,
  type LiveStatusClient,
} from './live-status-client'
import { notifyAll } from './notify-all'
import type { Query } from './query'
import type { QueryState } from './query-state'
import { createReservationStore } from './reservation-store'

export type { LiveClientOptions } from './client-core'

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

/** The notice half of the client: notices, their phases, and this user's reservations. */
export interface NoticeClient {
  /** The next notice of a channel with its phase and this user's reservation. */
  getNotice(finderUserName: string): NoticeState
  /** Watches a channel's notice; re-notifies exactly when its phase changes. */
  subscribeNotice(finderUserName: string, listener: () => void): () => void
  /** Fetches the notice now. */
  refreshNotice(finderUserName: string): Promise<void>
  /** Shows the reserve popup for the channel's notice and records what the user did. */
  reserve(finderUserName: string): Promise<ReserveResult>
  /** The local reservation record of a notice. */
  isReserved(noticeId: string): boolean
}

/** The shared data layer: one per app, however many widgets. */
export interface LiveClient extends LiveStatusClient, NoticeClient {}

interface NoticeEntry {
  query: Query<NoticeInfo | null>
  listeners: Set<() => void>
  snapshot: NoticeState | undefined
  /** What the listeners were last told; `getNotice` may have moved `snapshot` on since. */
  notified: NoticeState | undefined
  cancelPhaseTimer: (() => void) | undefined
  unsubscribeQuery: (() => void) | undefined
}

/** Builds the notice part on a client's live part (same platform, options, visibility, timers). */
function createNoticePart({ core, liveQuery }: LivePart): NoticeClient {
  const { platform, options, onError } = core
  const { clock } = platform
  const notices = new Map<string, NoticeEntry>()
  const reserving = new Map<string, Promise<ReserveResult>>()
  const store = createReservationStore(
    platform.storage,
    orDefault(options.storageKey, 'taro-live:reservations'),
    clock,
    onError,
  )
  core.onDestroy(() => {
    for (const entry of notices.values()) {
      if (entry.cancelPhaseTimer) entry.cancelPhaseTimer()
      entry.listeners.clear()
    }
    notices.clear()
    reserving.clear()
  })
  // WeChat suspends a hidden mini program's JS, so a phase timer fires late or not yet when the
  // page shows again (docs/platform.md, Undocumented behaviour): re-derive every watched notice
  // then, as its timer would.
  core.onShow(() => {
    for (const entry of notices.values()) {
      if (entry.listeners.size === 0) continue
      const notice = entry.query.getState().data
      if (notice && noticePhase(notice, clock.now()) === 'expired') entry.query.invalidate()
      notifyNotice(entry)
    }
  })

  function noticeEntry(finderUserName: string): NoticeEntry {
    let entry = notices.get(finderUserName)
    if (!entry) {
      const fetch = async (): Promise<NoticeInfo | null> => {
        let raw: unknown
        try {
          raw = await platform.getChannelsLiveNoticeInfo({ finderUserName })
        } catch (error) {
          // A channel without a usable notice makes the call fail rather than return nothing.
          if (isNoNoticeFailure(toLiveError(error, 'getChannelsLiveNoticeInfo'))) return null
          throw error
        }
        const parsed = parseNoticeInfo(raw)
        if (!parsed.ok) throw parsed.error
        // Cancelled, used or expired notices may come back too: show the next usable one.
        return usableNotice(parsed.value, clock.now())
      }
      entry = {
        query: core.query(
          'getChannelsLiveNoticeInfo',
          orDefault(options.noticePollIntervalMs, 300_000),
          finderUserName,
          fetch,
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
    if (entry.cancelPhaseTimer) entry.cancelPhaseTimer()
    entry.cancelPhaseTimer = undefined
    const notice = entry.query.getState().data
    if (!notice || entry.listeners.size === 0) return
    const at = nextNoticePhaseChange(notice, clock.now())
    if (at === null) return
    entry.cancelPhaseTimer = scheduleAt(clock, at, () => {
      entry.cancelPhaseTimer = undefined
      // The notice is gone an hour after its start: ask for the next one (docs/platform.md,
      // Notices).
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

  async function doReserve(finderUserName: string): Promise<ReserveResult> {
    const invalid = core.invalidFinder(finderUserName) || platform.check('reserveChannelsLive')
    if (invalid) throw invalid
    const entry = noticeEntry(finderUserName)
    const known = entry.query.getState()
    // The popup opens on the notice the user sees, at once: waiting for a refetch of a merely stale
    // answer would delay it by a round trip. Only an error or an expired notice is asked again
    // first; the answer is refreshed after the popup anyway.
    if (
      known.status === 'error' ||
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
    if (!notice.reservable) {
      throw new LiveError('not-reservable', `The notice ${notice.noticeId} cannot be reserved`, {
        api: 'reserveChannelsLive',
      })
    }
    const raw = await platform.reserveChannelsLive({ noticeId: notice.noticeId })
    const info = reserveOutcome(raw ? (raw as { state?: unknown }).state : undefined)
    if (info.effect === 'reserved' || info.effect === 'not-reserved') {
      store.set(notice.noticeId, info.effect === 'reserved', notice.startTime + NOTICE_LINGER_MS)
    } else if (info.effect === 'forget') {
      store.forget(notice.noticeId)
    }
    if (info.outcome === 'went-live' || info.outcome === 'declined-live') {
      liveQuery(finderUserName).invalidate()
    }
    // What WeChat answers next may differ from the notice reserved against (cancelled, used, a new
    // one): refresh after every popup.
    entry.query.invalidate()
    notifyNotice(entry)
    return { ...info, noticeId: notice.noticeId, reserved: store.get(notice.noticeId) === true }
  }

  return {
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
          if (entry.unsubscribeQuery) entry.unsubscribeQuery()
          entry.unsubscribeQuery = undefined
          if (entry.cancelPhaseTimer) entry.cancelPhaseTimer()
          entry.cancelPhaseTimer = undefined
        }
      }
    },
    refreshNotice: (finderUserName) => noticeEntry(finderUserName).query.refetch(),
    reserve: (finderUserName) =>
      core.shared(reserving, finderUserName, () => doReserve(finderUserName)),
    isReserved: (noticeId) => store.get(noticeId) === true,
  }
}

const withNoticesOf = new WeakMap<object, LiveClient>()

/**
 * Adds the notice part to a live-status client, on the same requests, visibility and timers (made
 * once per client). A full {@link LiveClient} is returned as it is.
 */
export function withNotices(client: LiveStatusClient): LiveClient {
  if ('getNotice' in client) return client as LiveClient
  let full = withNoticesOf.get(client)
  if (full) return full
  const part = LIVE_PARTS.get(client)
  if (!part) {
    throw new LiveError(
      'invalid-argument',
      'this client cannot show notices: make it with createLiveClient',
    )
  }
  // The notice part plus every member of the live-status client (its `visible` getter included).
  full = Object.defineProperties(
    createNoticePart(part),
    Object.getOwnPropertyDescriptors(client),
  ) as LiveClient
  withNoticesOf.set(client, full)
  return full
}

/**
 * Creates the shared data client over a {@link Platform}: de-duplicated requests, TTL cache,
 * visibility-aware polling, backoff, timeouts, notice phase timers and persisted reservations.
 */
export function createLiveClient(platform: Platform, options: LiveClientOptions = {}): LiveClient {
  return withNotices(createLiveStatusClient(platform, options))
}
