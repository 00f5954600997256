import { SIM_PICTURES } from './pictures'
import type { SimContext } from './sim-context'
import type { SimChannelInit, SimLiveStatus, SimNoticeInit, SimSubject, SimVisit } from './types'
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
  replayStatus: number
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
  /** The user enters a live room. */
  enterLive(channel: Channel, live: Live): void
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

  function newFeed(description: string): Live {
    feedSeq += 1
    return {
      feedId: `export/UzFfAgtgekIEAQAAAAAA${String(feedSeq).padStart(4, '0')}`,
      nonceId: `${1_000_000_000_000 + feedSeq}`,
      description,
      startedAt: clock.now(),
      replayStatus: 0,
    }
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
    const status = init.status ?? 'never'
    const statusCode = typeof status === 'number' ? status : STATUS_CODES[status]
    const channel: Channel = {
      finderUserName,
      nickname: init.nickname ?? finderUserName,
      headUrl: init.headUrl ?? SIM_PICTURES.channelAvatar,
      subject: init.subject ?? 'same',
      statusCode,
      lives: statusCode === 2 || statusCode === 3 ? [newFeed(init.description ?? '')] : [],
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
    enterLive(channel, live) {
      visits.push({ finderUserName: channel.finderUserName, feedId: live.feedId, at: clock.now() })
    },
    goLive(finderUserName, opts = {}) {
      const channel = requireChannel(finderUserName)
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
      const live = channel.lives[channel.lives.length - 1]
      if (live) live.replayStatus = 3
      emit()
    },
    view(finderUserName) {
      const channel = channels.get(finderUserName)
      if (!channel) return undefined
      const live = channel.lives[channel.lives.length - 1]
      return {
        finderUserName,
        nickname: channel.nickname,
        statusCode: channel.statusCode,
        subject: channel.subject,
        live: live && { feedId: live.feedId, nonceId: live.nonceId, description: live.description },
      }
    },
  }
}
