import { withTimeout } from '../clock/with-timeout'
import { LiveError } from '../errors/live-error'
import { toLiveError } from '../errors/to-live-error'
import { type LiveInfo, parseLiveInfo } from '../live/parse-live-info'
import { orDefault } from '../parse/or-default'
import { OPEN_LIVE_IDS_OPTIONAL_FROM } from '../platform/api-min-versions'
import type { OpenLiveRequest, Platform } from '../platform/platform'
import { compareVersion } from '../version/compare-version'
import { type ClientCore, createClientCore, type LiveClientOptions } from './client-core'
import type { Query } from './query'
import type { QueryState } from './query-state'

/** The live-status half of the client: all a floating window needs. */
export interface LiveStatusClient {
  /** The platform underneath. */
  readonly platform: Platform
  /** Live status of a channel; the same object until it changes. */
  getLive(finderUserName: string): QueryState<LiveInfo>
  /** Watches a channel's live status; fetches when stale and polls while visible. */
  subscribeLive(finderUserName: string, listener: () => void): () => void
  /** Fetches the live status now (also after a permanent error). */
  refreshLive(finderUserName: string): Promise<void>
  /**
   * Opens the live room. Calls the platform synchronously with the prefetched ids, so call it first
   * thing in a tap. A second call while one is pending returns the pending one.
   */
  openLive(finderUserName: string): Promise<void>
  /** Page shown or hidden: nothing is fetched while hidden. */
  setVisible(visible: boolean): void
  /** Whether the page is shown. */
  readonly visible: boolean
  /** Stops every timer. */
  destroy(): void
}

/** The live part's insides, for the notice part to build on. */
export interface LivePart {
  core: ClientCore
  liveQuery(finderUserName: string): Query<LiveInfo>
}

/** Each live-status client's insides, so notices can be attached to it later. */
export const LIVE_PARTS = new WeakMap<object, LivePart>()

/** Builds the live part on a core. */
export function createLivePart(
  core: ClientCore,
): LivePart & Omit<LiveStatusClient, 'visible' | 'setVisible' | 'destroy' | 'platform'> {
  const { platform } = core
  const lives = new Map<string, Query<LiveInfo>>()
  const opening = new Map<string, Promise<void>>()
  core.onDestroy(() => {
    lives.clear()
    opening.clear()
  })

  function liveQuery(finderUserName: string): Query<LiveInfo> {
    let query = lives.get(finderUserName)
    if (!query) {
      query = core.query(
        'getChannelsLiveInfo',
        orDefault(core.options.livePollIntervalMs, 60_000),
        finderUserName,
        async () => {
          let raw: unknown
          try {
            raw = await platform.getChannelsLiveInfo({ finderUserName })
          } catch (error) {
            // A channel that never went live may fail with 1416104 instead of answering status 1
            // (docs/platform.md): the same "never live", not an error to show or retry fast, so it
            // is read as that answer.
            if (toLiveError(error, 'getChannelsLiveInfo').code !== 'no-data') throw error
            raw = { status: 1 }
          }
          const parsed = parseLiveInfo(raw)
          if (!parsed.ok) throw parsed.error
          return parsed.value
        },
      )
      lives.set(finderUserName, query)
    }
    return query
  }

  function startOpenLive(finderUserName: string): Promise<void> {
    const invalid = core.invalidFinder(finderUserName) || platform.check('openChannelsLive')
    if (invalid) return Promise.reject(invalid)
    const live = liveQuery(finderUserName).getState().data
    const version = platform.baseLibraryVersion()
    // Below 2.19.2 the ids are required; from it, omitting them opens whatever is live now, which is
    // better than a stale id pointing at an ended live (docs/platform.md, Opening the live room).
    const idsRequired = version !== '' && compareVersion(version, OPEN_LIVE_IDS_OPTIONAL_FROM) < 0
    const request: OpenLiveRequest = { finderUserName }
    if (live?.feedId && live.nonceId && (idsRequired || live.status === 'live')) {
      request.feedId = live.feedId
      request.nonceId = live.nonceId
    } else if (idsRequired) {
      return Promise.reject(
        new LiveError('not-ready', 'Live ids not loaded yet; base library < 2.19.2 needs them', {
          api: 'openChannelsLive',
        }),
      )
    }
    // The platform call happens synchronously here, inside the caller's tap. If WeChat never calls
    // back, the caller still hears `timeout` (and the next tap is free, see `shared`).
    return withTimeout(platform.clock, core.timeoutMs, 'openChannelsLive', () =>
      platform.openChannelsLive(request),
    )
  }

  return {
    core,
    liveQuery,
    getLive: (finderUserName) => liveQuery(finderUserName).getState(),
    subscribeLive: (finderUserName, listener) => liveQuery(finderUserName).subscribe(listener),
    refreshLive: (finderUserName) => liveQuery(finderUserName).refetch(),
    openLive: (finderUserName) =>
      core.shared(opening, finderUserName, () => startOpenLive(finderUserName)),
  }
}

/**
 * A client of live status only (one request per channel, TTL, visibility-aware polling, backoff,
 * the synchronous open). `withNotices` adds the notice part later, on the same requests and timers;
 * {@link createLiveClient} is both at once.
 */
export function createLiveStatusClient(
  platform: Platform,
  options: LiveClientOptions = {},
): LiveStatusClient {
  const core = createClientCore(platform, options)
  const part = createLivePart(core)
  const client: LiveStatusClient = {
    platform,
    getLive: part.getLive,
    subscribeLive: part.subscribeLive,
    refreshLive: part.refreshLive,
    openLive: part.openLive,
    setVisible: core.setVisible,
    get visible() {
      return core.visible
    },
    destroy: core.destroy,
  }
  LIVE_PARTS.set(client, part)
  return client
}
