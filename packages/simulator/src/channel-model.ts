import { SIM_PICTURES } from './pictures'
import type { SimContext } from './sim-context'
import type {
  SimChannelInit,
  SimLanding,
  SimLiveStatus,
  SimNoticeInit,
  SimSubject,
  SimVisit,
} from './types'
import type { SimChannelView } from './wechat-simulator'

/**
 * WeChat's side of Channels, which the app never sees directly: channels, their lives, their notices
 * and which notices the user reserved. The API handlers read it; the controls change it.
 */

export interface Live {
  feedId: string
  nonceId: string
  description: string
  startedAt: number
  /** When it ended, epoch ms; `undefined` while running, or when the end is unknown (no replay). */
  endedAt?: number
  /** A `replayStatus` forced by a test or a story; wins over the progression. */
  forcedReplayStatus?: number
}

export interface Notice {
  noticeId: string
  finderUserName: string
  startTime: number
  status: 'usable' | 'cancelled' | 'used'
  reservable: boolean
}

export interface Channel {
  finderUserName: string
  nickname: string
  headUrl: string
  subject: SimSubject
  statusCode: number
  lives: Live[]
}

/** A notice stays returned (and reservable) for an hour after its start time. */
export const LINGER_MS = 60 * 60 * 1000

/** Default of `replayReadyAfterMs`: the replay of an ended live is generated 30 minutes later. */
export const REPLAY_READY_AFTER_MS = 30 * 60 * 1000

const STATUS_CODES: Record<Exclude<SimLiveStatus, number>, number> = {
  never: 1,
  live: 2,
  ended: 3,
  preparing: 4,
}

export interface ChannelModel {
  readonly channels: Map<string, Channel>
  readonly notices: Map<string, Notice>
  /** WeChat's truth about reservations, hidden from the app. */
  readonly reservedByUser: Set<string>
  /** Live rooms the user entered. */
  readonly visits: SimVisit[]
  requireChannel(finderUserName: string): Channel
  addChannel(finderUserName: string, init?: SimChannelInit): void
  addNotice(finderUserName: string, init: SimNoticeInit): string
  /**
   * Notices of a channel that WeChat still returns, the lingering hour included: usable ones, and
   * cancelled or used ones too when the variant returns them with their status.
   */
  liveNotices(finderUserName: string, withSpent?: boolean): Notice[]
  /** Whether `live` is running: the channel's newest live while the channel is live. */
  isRunning(channel: Channel, live: Live): boolean
  /**
   * The live's `replayStatus` now: a forced code; else 0 while running or when the end is unknown;
   * else 3 (generating) until `replayReadyAfterMs` after the end, then 1 (generated).
   */
  replayStatus(channel: Channel, live: Live): number
  /** Forces a live's `replayStatus` (any code). */
  setReplayStatus(finderUserName: string, feedId: string, code: number): void
  /** The user enters a live room (or lands on its end page or replay). */
  enterLive(channel: Channel, live: Live, via: SimVisit['via'], landing: SimLanding): void
  goLive(
    finderUserName: string,
    options?: { description?: string },
  ): { feedId: string; nonceId: string }
  endLive(finderUserName: string): void
  view(finderUserName: string): SimChannelView | undefined
}

export function createChannelModel(ctx: SimContext): ChannelModel {
  const { clock, emit } = ctx
  let feedSeq = 0
  let noticeSeq = 0
  const channels = new Map<string, Channel>()
  const notices = new Map<string, Notice>()
  const reservedByUser = new Set<string>()
  const visits: SimVisit[] = []

  const replayReadyAfterMs = ctx.options.replayReadyAfterMs ?? REPLAY_READY_AFTER_MS

  function newFeed(description: string, startedAt = clock.now()): Live {
    feedSeq += 1
    return {
      feedId: `export/UzFfAgtgekIEAQAAAAAA${String(feedSeq).padStart(4, '0')}`,
      nonceId: `${1_000_000_000_000 + feedSeq}`,
      description,
      startedAt,
    }
  }

  const newest = (channel: Channel): Live | undefined => channel.lives[channel.lives.length - 1]

  function isRunning(channel: Channel, live: Live): boolean {
    return channel.statusCode === 2 && newest(channel) === live
  }

  // Evaluated when asked, so moving the clock is enough for a replay to become generated.
  function replayStatus(channel: Channel, live: Live): number {
    if (live.forcedReplayStatus !== undefined) return live.forcedReplayStatus
    if (isRunning(channel, live) || live.endedAt === undefined) return 0
    return clock.now() >= live.endedAt + replayReadyAfterMs ? 1 : 3
  }

  function requireChannel(finderUserName: string): Channel {
    const channel = channels.get(finderUserName)
    if (!channel) throw new Error(`simulator: no channel ${finderUserName}`)
    return channel
  }

  function addNotice(finderUserName: string, init: SimNoticeInit): string {
    requireChannel(finderUserName)
    noticeSeq += 1
    const noticeId = init.noticeId ?? `notice-${noticeSeq}`
    notices.set(noticeId, {
      noticeId,
      finderUserName,
      startTime: init.startTime,
      status: init.status ?? 'usable',
      reservable: init.reservable ?? true,
    })
    if (init.reservedByUser) reservedByUser.add(noticeId)
    return noticeId
  }

  function addChannel(finderUserName: string, init: SimChannelInit = {}): void {
    const status = init.status
    // No status but a history: the channel's latest live is the newest past one, ended.
    const historyOnly = status === undefined && (init.pastLives?.length ?? 0) > 0
    const statusCode =
      typeof status === 'number' ? status : historyOnly ? 3 : STATUS_CODES[status ?? 'never']
    // The history first (ascending), so the current live is the newest.
    const past = [...(init.pastLives ?? [])]
      .sort((a, b) => a.startedAt - b.startedAt)
      .map((p): Live => {
        const live = newFeed(p.description ?? '', p.startedAt)
        if (p.endedAt !== undefined) live.endedAt = p.endedAt
        if (p.replayStatus !== undefined) live.forcedReplayStatus = p.replayStatus
        return live
      })
    const channel: Channel = {
      finderUserName,
      nickname: init.nickname ?? finderUserName,
      headUrl: init.headUrl ?? SIM_PICTURES.channelAvatar,
      subject: init.subject ?? 'same',
      statusCode,
      lives:
        !historyOnly && (statusCode === 2 || statusCode === 3)
          ? [...past, newFeed(init.description ?? '')]
          : past,
    }
    channels.set(finderUserName, channel)
    for (const notice of init.notices ?? []) addNotice(finderUserName, notice)
    emit()
  }

  function liveNotices(finderUserName: string, withSpent = false): Notice[] {
    const now = clock.now()
    return [...notices.values()]
      .filter(
        (n) =>
          n.finderUserName === finderUserName &&
          (n.status === 'usable' || withSpent) &&
          now < n.startTime + LINGER_MS,
      )
      .sort((a, b) => a.startTime - b.startTime)
  }

  return {
    channels,
    notices,
    reservedByUser,
    visits,
    requireChannel,
    addChannel,
    addNotice,
    liveNotices,
    isRunning,
    replayStatus,
    setReplayStatus(finderUserName, feedId, code) {
      const live = requireChannel(finderUserName).lives.find((l) => l.feedId === feedId)
      if (!live) throw new Error(`simulator: no live ${feedId} of ${finderUserName}`)
      live.forcedReplayStatus = code
      emit()
    },
    enterLive(channel, live, via, landing) {
      visits.push({
        finderUserName: channel.finderUserName,
        feedId: live.feedId,
        at: clock.now(),
        via,
        landing,
      })
    },
    goLive(finderUserName, opts = {}) {
      const channel = requireChannel(finderUserName)
      // A live still running ends as the new one starts.
      const previous = newest(channel)
      if (previous && isRunning(channel, previous) && previous.endedAt === undefined) {
        previous.endedAt = clock.now()
      }
      const live = newFeed(opts.description ?? '')
      channel.lives.push(live)
      channel.statusCode = 2
      const now = clock.now()
      // A notice starting within an hour before or after now is used by this live.
      for (const notice of liveNotices(finderUserName)) {
        if (now >= notice.startTime - LINGER_MS) notice.status = 'used'
      }
      emit()
      return { feedId: live.feedId, nonceId: live.nonceId }
    },
    endLive(finderUserName) {
      const channel = requireChannel(finderUserName)
      channel.statusCode = channel.lives.length > 0 ? 3 : 1
      const live = newest(channel)
      // Its replay is generating (3) from now, generated (1) `replayReadyAfterMs` later.
      if (live && live.endedAt === undefined) live.endedAt = clock.now()
      emit()
    },
    view(finderUserName) {
      const channel = channels.get(finderUserName)
      if (!channel) return undefined
      const live = newest(channel)
      return {
        finderUserName,
        nickname: channel.nickname,
        statusCode: channel.statusCode,
        subject: channel.subject,
        live: live && { feedId: live.feedId, nonceId: live.nonceId, description: live.description },
        lives: channel.lives.map((l) => ({
          feedId: l.feedId,
          nonceId: l.nonceId,
          description: l.description,
          startedAt: l.startedAt,
          replayStatus: replayStatus(channel, l),
        })),
      }
    },
  }
}
