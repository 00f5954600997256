import type {
  WxBaseInfo,
  WxCallbacks,
  WxEnterOptions,
  WxFailResult,
  WxLike,
  WxUserInfo,
} from '@taro-live/core'

import { createGestureTracker } from './gesture'
import { SIM_PICTURES } from './pictures'
import { createSimClock, type SimClock } from './sim-clock'
import type {
  SimAction,
  SimCall,
  SimChannelInit,
  SimChoices,
  SimLiveStatus,
  SimMode,
  SimNoticeInit,
  SimPopup,
  SimSubject,
  SimVariants,
  SimVisit,
} from './types'
import { DEFAULT_SIM_VARIANTS } from './types'
import {
  CONTENT_CHECK_FROM,
  LIVE_INFO_EXTRAS_FROM,
  MIN_BASE_LIBRARY,
  NICKNAME_REVIEW_EVENT_FROM,
  NOTICE_OTHER_INFOS_FROM,
  OPEN_LIVE_WITHOUT_IDS_FROM,
  PROFILE_ANONYMOUS_FROM,
  versionAtLeast,
} from './wechat-versions'

/** Options of {@link createWechatSimulator}. */
export interface WechatSimulatorOptions {
  /** Base library version (`SDKVersion`). Default `'3.7.0'`. */
  baseLibrary?: string
  /** Default `device`. */
  mode?: SimMode
  /** In `h5-stub` mode: a development build fails instead of "succeeding". Default `false`. */
  h5Development?: boolean
  /** `manual` (tests: time moves with `clock.advance`) or `realtime` (stories, demos). Default `manual`. */
  clock?: 'manual' | 'realtime'
  /** Start instant, epoch ms or Date. Default 2026-11-28 12:00 UTC. */
  now?: number | Date
  /** Delay of every answer in simulated ms; 0 answers on a microtask. Default 0. */
  latencyMs?: number
  /** Release date of the mini program version: released after 2021-04-28 `getUserInfo` is anonymous. */
  appReleasedAt?: number | Date
  /** Phone OS; `harmony` reproduces `reserveChannelsLive` without `state`. Default `ios`. */
  os?: 'ios' | 'android' | 'harmony'
  /** `replayStatus` arrives as a number or, as some sources send it, a string. Default `number`. */
  replayStatusAs?: 'number' | 'string'
  /** Launch scene. Default 1001 (not from Channels). */
  scene?: number
  /** `getEnterOptionsSync().apiCategory`, e.g. `nativeFunctionalized`. */
  apiCategory?: string
  /** Channels by `finderUserName`. */
  channels?: Record<string, SimChannelInit>
  /** Which variant of each undocumented behaviour to play; default {@link DEFAULT_SIM_VARIANTS}. */
  variants?: Partial<SimVariants>
  /** The user's real profile. */
  user?: { nickName: string; avatarUrl: string }
  /**
   * The temporary path `chooseAvatar` reports for the n-th choice. Default `wxfile://tmp_…jpg`, as
   * WeChat gives; a browser demo can return a `data:` URL so the chosen avatar can be shown.
   */
  chosenAvatarPath?: (n: number) => string
}

interface Live {
  feedId: string
  nonceId: string
  description: string
  startedAt: number
  replayStatus: number
}

interface Notice {
  noticeId: string
  finderUserName: string
  startTime: number
  status: 'usable' | 'cancelled' | 'used'
  reservable: boolean
}

interface Channel {
  finderUserName: string
  nickname: string
  headUrl: string
  subject: SimSubject
  statusCode: number
  lives: Live[]
}

/** A view of a simulated channel. */
export interface SimChannelView {
  finderUserName: string
  nickname: string
  statusCode: number
  /** Whether the mini program may read the channel. */
  subject: SimSubject
  /** The current or latest live. */
  live: { feedId: string; nonceId: string; description: string } | undefined
}

/** The simulator: a `wx`-shaped object plus the controls tests, stories and demos drive. */
export interface WechatSimulator extends WxLike {
  /** The simulated clock (a {@link Clock} for the library too). */
  readonly clock: SimClock
  /** `weapp`, or `h5` in `h5-stub` mode: what `process.env.TARO_ENV` would say. */
  readonly env: string
  /** Current mode. */
  readonly mode: SimMode
  /** Current base library version. */
  readonly baseLibrary: string
  /** Every call made, in order. */
  readonly calls: readonly SimCall[]
  /** The calls to one API. */
  callsTo(api: string): SimCall[]
  /** Empties the call log. */
  clearCalls(): void
  /** Live rooms the user entered (through `openChannelsLive` or the reserve popup). */
  readonly visits: readonly SimVisit[]
  /** Called after every call and every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void

  /** Adds or replaces a channel. */
  addChannel(finderUserName: string, init?: SimChannelInit): void
  /** The channel goes live (a new feed); a notice starting within an hour before or after now is used by it. */
  goLive(
    finderUserName: string,
    options?: { description?: string },
  ): { feedId: string; nonceId: string }
  /** The current live ends. */
  endLive(finderUserName: string): void
  /** The channel is preparing a live (status 4). */
  prepareLive(finderUserName: string): void
  /** Sets a raw status code, e.g. an undocumented one. */
  setStatusCode(finderUserName: string, code: number): void
  /** Sets the subject relation. */
  setSubject(finderUserName: string, subject: SimSubject): void
  /** Schedules a notice; returns its id. */
  scheduleNotice(finderUserName: string, init: SimNoticeInit): string
  /** The streamer cancels a notice. */
  cancelNotice(noticeId: string): void
  /** Whether the simulated user has reserved a notice (WeChat's truth, hidden from the app). */
  isReservedByUser(noticeId: string): boolean
  /** A channel's state. */
  channel(finderUserName: string): SimChannelView | undefined

  /** Changes the base library version. */
  setBaseLibrary(version: string): void
  /** Changes the mode. */
  setMode(mode: SimMode): void
  /** Changes the launch scene. */
  setScene(scene: number, apiCategory?: string): void
  /** The variants played now. */
  readonly variants: Readonly<SimVariants>
  /** Plays another variant of one undocumented behaviour. */
  setVariant<K extends keyof SimVariants>(name: K, value: SimVariants[K]): void

  /** Scripts the next `times` calls of `api` (default once). */
  script(api: string, action: SimAction, options?: { times?: number }): void
  /** Queues the user's next answers to a popup. */
  choose<P extends SimPopup>(popup: P, ...choices: SimChoices[P][]): void
  /** Sets the answer used when none is queued. */
  setDefaultChoice<P extends SimPopup>(popup: P, choice: SimChoices[P]): void

  /** Runs `fn` as inside a user's tap (outside a DOM; in a DOM a real click does it). */
  tap<T>(fn: () => T): T

  /** What `<button open-type="chooseAvatar">` reports: a temporary path, or `null` when rejected. */
  simulateChooseAvatar(): { avatarUrl: string } | null
  /**
   * WeChat's content-check verdict on a nickname (≥ 2.24.4; below, everything passes). From 2.29.1
   * `nicknamereview` carries it; before, a rejection only clears the input: see `simulateNicknameBlur`.
   */
  simulateNicknameReview(nickName: string): { pass: boolean; timeout: boolean }
  /**
   * What `<input type="nickname">` holds after the user typed `nickName` and left the field at this
   * base library (`''` when rejected), and the `nicknamereview` detail WeChat fires, or `null` when
   * it fires none (before 2.29.1 a rejected nickname is cleared with no event: docs/platform.md,
   * The user's avatar and nickname).
   */
  simulateNicknameBlur(nickName: string): {
    value: string
    review: { pass: boolean; timeout: boolean } | null
  }
  /** What `<button open-type="getUserInfo">` reports to its handler. */
  simulateGetUserInfoButton(): { errMsg: string; userInfo?: WxUserInfo }
  /** Content checks reject the next avatars / these nicknames (≥ 2.24.4). */
  setContentCheck(options: { rejectAvatar?: boolean; rejectNicknames?: string[] }): void

  /** Storage controls. */
  readonly storage: {
    /** A copy of everything stored. */
    dump(): Record<string, unknown>
    /** Writes a raw value, bypassing checks (e.g. corrupt data). */
    put(key: string, value: unknown): void
    /** Makes `setStorageSync` throw (quota exceeded). */
    failWrites(fail: boolean): void
    clear(): void
  }
  /** Stops timers and DOM listeners. */
  dispose(): void
}

const GREY_AVATAR =
  'https://thirdwx.qlogo.cn/mmopen/vi_32/POgEwh4mIHO4nibH0KlMECNjjGxQUq24ZEaGT4poC6icRiccVGKSyXwibcPq4BWmiaIGuG1icwxaQX6grC9VemZoJ8rg/132'
const ANONYMOUS_NAME = '微信用户'
/**
 * The picture of `is_demote` user info in the simulator: not the known grey one (docs/platform.md,
 * Undocumented behaviour).
 */
const DEMOTED_AVATAR = 'https://thirdwx.qlogo.cn/mmopen/vi_32/sim-demoted-default/132'
const GETUSERINFO_CUTOFF = Date.UTC(2021, 3, 28, 16) // 2021-04-29 00:00 in China (UTC+8)
const LINGER_MS = 60 * 60 * 1000
const CHANNEL_APIS = new Set([
  'getChannelsLiveInfo',
  'getChannelsLiveNoticeInfo',
  'openChannelsLive',
  'reserveChannelsLive',
  'openChannelsUserProfile',
])
/** 15 lives or notices per call in all: one at the top level, at most 14 in `otherInfos`. */
const MAX_OTHER_INFOS = 14
const NOTICE_STATUS_CODES = { usable: 0, cancelled: 1, used: 2 } as const
const STATUS_CODES: Record<Exclude<SimLiveStatus, number>, number> = {
  never: 1,
  live: 2,
  ended: 3,
  preparing: 4,
}

type Callbacks = WxCallbacks<unknown>
type Answer = { ok: true; result: Record<string, unknown> } | { ok: false; fail: WxFailResult }

const ok = (result: Record<string, unknown>): Answer => ({ ok: true, result })
const fail = (api: string, reason: string, err_code?: number): Answer => ({
  ok: false,
  fail:
    err_code === undefined
      ? { errMsg: `${api}:fail ${reason}` }
      : { errMsg: `${api}:fail ${reason}`, err_code },
})

/** Creates a faithful model of the `wx` APIs the library uses. */
export function createWechatSimulator(options: WechatSimulatorOptions = {}): WechatSimulator {
  const start = options.now ?? Date.UTC(2026, 10, 28, 12)
  const clock = createSimClock({
    now: typeof start === 'number' ? start : start.getTime(),
    mode: options.clock ?? 'manual',
  })
  const gesture = createGestureTracker()
  const latencyMs = options.latencyMs ?? 0
  const os = options.os ?? 'ios'
  const appReleasedAt = Number(options.appReleasedAt ?? Date.UTC(2025, 0, 1))
  const user = options.user ?? {
    nickName: '小橙',
    avatarUrl: SIM_PICTURES.userAvatar,
  }
  let baseLibrary = options.baseLibrary ?? '3.7.0'
  let mode: SimMode = options.mode ?? 'device'
  let scene = options.scene ?? 1001
  let apiCategory = options.apiCategory ?? 'default'
  const variants: SimVariants = { ...DEFAULT_SIM_VARIANTS, ...options.variants }
  let seq = 0
  let feedSeq = 0
  let noticeSeq = 0
  let avatarSeq = 0
  let rejectAvatar = false
  let rejectNicknames = new Set<string>()
  let failWrites = false
  const calls: SimCall[] = []
  const visits: SimVisit[] = []
  const listeners = new Set<() => void>()
  const channels = new Map<string, Channel>()
  const notices = new Map<string, Notice>()
  const reservedByUser = new Set<string>()
  const scripts = new Map<string, Array<{ action: SimAction; left: number }>>()
  const queued = new Map<SimPopup, string[]>()
  const defaults: { [P in SimPopup]: SimChoices[P] } = {
    openChannelsLive: 'confirm',
    reserveChannelsLive: 'confirm',
    getUserProfile: 'allow',
    getUserInfo: 'allow',
  }
  const store = new Map<string, string>()

  const emit = () => {
    for (const listener of [...listeners]) listener()
  }

  /** A failure as the current variant reports it: with `err_code`, or with only its `errMsg`. */
  function failure(api: string, reason: string, err_code?: number): Answer {
    return fail(api, reason, variants.errCode === 'errmsg-only' ? undefined : err_code)
  }

  function choice<P extends SimPopup>(popup: P): SimChoices[P] {
    const next = queued.get(popup)?.shift()
    return (next ?? defaults[popup]) as SimChoices[P]
  }

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

  for (const [name, init] of Object.entries(options.channels ?? {})) addChannel(name, init)

  /**
   * Notices of a channel that WeChat still returns, the lingering hour included: usable ones, and
   * cancelled or used ones too when the variant returns them with their status.
   */
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

  /** What an `otherInfos` list looks like under the current variant. */
  function otherInfos(entries: Record<string, unknown>[]): unknown[] {
    if (variants.otherInfos === 'documented') return entries
    // The entry shape is undocumented (`IAnyObject` in the official typings): odd ones are possible.
    return [null, 'entry', { status: { code: 3 } }, ...entries].slice(0, MAX_OTHER_INFOS)
  }

  function userInfo(anonymous: boolean): WxUserInfo & { is_demote?: true } {
    // Since 2023-09 no gender or region is returned (docs/platform.md, The user's avatar and nickname).
    const info = {
      nickName: anonymous ? ANONYMOUS_NAME : user.nickName,
      avatarUrl: anonymous ? GREY_AVATAR : user.avatarUrl,
      gender: 0,
      country: '',
      province: '',
      city: '',
      language: '',
    }
    // Anonymous data is seen two ways (docs/platform.md, Undocumented behaviour): the grey avatar,
    // or only `is_demote: true`.
    if (!anonymous || variants.anonymousProfile === 'grey-avatar') return info
    return { ...info, avatarUrl: DEMOTED_AVATAR, is_demote: true }
  }

  /** A `getUserProfile` / `getUserInfo` success. */
  function profileAnswer(anonymous: boolean): Answer {
    const info = userInfo(anonymous)
    return ok({
      userInfo: info,
      rawData: JSON.stringify(info),
      signature: 'sim',
      encryptedData: 'sim',
      iv: 'sim',
    })
  }

  function enterLive(channel: Channel, live: Live): void {
    visits.push({ finderUserName: channel.finderUserName, feedId: live.feedId, at: clock.now() })
  }

  function channelGuard(api: string, finderUserName: unknown): Channel | Answer {
    if (typeof finderUserName !== 'string' || finderUserName === '') {
      return failure(api, 'invalid parameter finderUserName', 40097)
    }
    const channel = channels.get(finderUserName)
    if (!channel) return failure(api, 'invalid finderUserName', 1416100)
    if (channel.subject !== 'same') {
      // Seen both ways when opening the live room (docs/platform.md): with 100008 or with no code.
      const withoutCode =
        api === 'openChannelsLive' && variants.subjectMismatchOnOpen === 'errmsg-only'
      return failure(
        api,
        'the channel and the mini program do not share a subject, or the channel is unverified',
        withoutCode ? undefined : 100008,
      )
    }
    return channel
  }

  const isAnswer = (value: Channel | Answer): value is Answer => 'ok' in value

  /** The model of each API: params in, the answer its callbacks get out. */
  const handlers: Record<string, (params: Record<string, unknown>, inTap: boolean) => Answer> = {
    getChannelsLiveInfo(params) {
      const api = 'getChannelsLiveInfo'
      const channel = channelGuard(api, params.finderUserName)
      if (isAnswer(channel)) return channel
      const extras = versionAtLeast(baseLibrary, LIVE_INFO_EXTRAS_FROM)
      const describe = (live: Live | undefined, statusCode: number) => {
        const info: Record<string, unknown> = {
          feedId: live?.feedId ?? '',
          nonceId: live?.nonceId ?? '',
          description: live?.description ?? '',
          status: statusCode,
          headUrl: channel.headUrl,
          nickname: channel.nickname,
        }
        if (extras && live) {
          info.replayStatus =
            options.replayStatusAs === 'string' ? String(live.replayStatus) : live.replayStatus
        }
        return info
      }
      // Never live: a success with status 1, or a failure "data empty" (docs/platform.md).
      if (channel.statusCode === 1 && variants.neverLive === 'no-data') {
        return failure(api, 'data empty', 1416104)
      }
      const newest = channel.lives[channel.lives.length - 1]
      const result = describe(newest, channel.statusCode)
      if (extras) {
        // At most 15 lives in all: the newest above, up to 14 older ones here, ascending.
        const older = channel.lives.slice(0, -1).slice(-MAX_OTHER_INFOS)
        result.otherInfos = otherInfos(older.map((live) => describe(live, 3)))
      }
      return ok(result)
    },

    getChannelsLiveNoticeInfo(params) {
      const api = 'getChannelsLiveNoticeInfo'
      const channel = channelGuard(api, params.finderUserName)
      if (isAnswer(channel)) return channel
      const [first, ...rest] = liveNotices(
        channel.finderUserName,
        variants.spentNotice === 'status',
      )
      // Without a notice the call fails rather than returning nothing; which code it uses is not
      // documented (docs/platform.md).
      if (!first) {
        if (variants.noNotice === 'err-code-1') return failure(api, 'no live notice', 1)
        if (variants.noNotice === 'unknown-code') return failure(api, 'no live notice', 1416199)
        return failure(api, 'data empty', 1416104)
      }
      const describe = (n: Notice) => ({
        noticeId: n.noticeId,
        status: NOTICE_STATUS_CODES[n.status],
        startTime: String(Math.floor(n.startTime / 1000)),
        headUrl: channel.headUrl,
        nickname: channel.nickname,
        reservable: n.reservable,
      })
      const result: Record<string, unknown> = describe(first)
      // At most 15 notices in all, the first one included.
      if (versionAtLeast(baseLibrary, NOTICE_OTHER_INFOS_FROM))
        result.otherInfos = otherInfos(rest.slice(0, MAX_OTHER_INFOS).map(describe))
      return ok(result)
    },

    openChannelsLive(params, inTap) {
      const api = 'openChannelsLive'
      if (!inTap) return failure(api, 'can only be invoked by user TAP gesture.')
      const { feedId, nonceId } = params
      const idsGiven =
        typeof feedId === 'string' && feedId !== '' && typeof nonceId === 'string' && nonceId !== ''
      if (!idsGiven && !versionAtLeast(baseLibrary, OPEN_LIVE_WITHOUT_IDS_FROM)) {
        return failure(api, 'feedId and nonceId are required', 40097)
      }
      const channel = channelGuard(api, params.finderUserName)
      if (isAnswer(channel)) return channel
      const live = idsGiven
        ? channel.lives.find((l) => l.feedId === feedId && l.nonceId === nonceId)
        : channel.lives[channel.lives.length - 1]
      if (idsGiven && !live) return failure(api, 'invalid feedId or nonceId', 40097)
      if (!live) return failure(api, 'the channel has no live', 1416104)
      // WeChat always asks first; not live, the user lands on the last live's end page.
      if (choice('openChannelsLive') === 'cancel') return failure(api, 'cancel')
      enterLive(channel, live)
      return ok({})
    },

    reserveChannelsLive(params) {
      const api = 'reserveChannelsLive'
      const noticeId = params.noticeId
      if (typeof noticeId !== 'string' || noticeId === '')
        return failure(api, 'invalid parameter noticeId', 40097)
      const notice = notices.get(noticeId)
      if (!notice) return failure(api, 'invalid noticeId', 40097)
      const channel = requireChannel(notice.finderUserName)
      const answer = (state: number) => ok(os === 'harmony' ? {} : { state })
      const pick = choice('reserveChannelsLive')
      if (pick === 'abort') return answer(9)
      if (notice.status === 'cancelled') return answer(3)
      if (channel.statusCode === 2) {
        // Live now: the popup offers the live room instead (states 1/2).
        if (pick !== 'confirm') return answer(1)
        const live = channel.lives[channel.lives.length - 1]
        if (live) enterLive(channel, live)
        return answer(2)
      }
      if (notice.status === 'used') return answer(4)
      if (!notice.reservable) return failure(api, 'the notice cannot be reserved')
      if (clock.now() >= notice.startTime + LINGER_MS) {
        reservedByUser.delete(noticeId)
        return answer(10)
      }
      const had = reservedByUser.has(noticeId)
      if (pick === 'close') return answer(had ? 8 : 5)
      if (had) reservedByUser.delete(noticeId)
      else reservedByUser.add(noticeId)
      return answer(had ? 7 : 6)
    },

    openChannelsUserProfile(params) {
      const api = 'openChannelsUserProfile'
      // No subject restriction for the channel home page since 2023-12 (docs/platform.md, Related
      // capabilities).
      const { finderUserName } = params
      if (typeof finderUserName !== 'string' || finderUserName === '') {
        return failure(api, 'invalid parameter finderUserName', 40097)
      }
      return channels.has(finderUserName) ? ok({}) : failure(api, 'invalid finderUserName', 1416100)
    },

    getUserProfile(params, inTap) {
      const api = 'getUserProfile'
      if (!inTap) return failure(api, 'can only be invoked by user TAP gesture.')
      const desc = params.desc
      if (typeof desc !== 'string' || desc.length === 0 || desc.length > 30) {
        return failure(api, 'desc length does not meet the requirements')
      }
      if (choice('getUserProfile') === 'deny') return failure(api, 'auth deny')
      return profileAnswer(versionAtLeast(baseLibrary, PROFILE_ANONYMOUS_FROM))
    },

    getUserInfo() {
      return profileAnswer(appReleasedAt > GETUSERINFO_CUTOFF)
    },
  }

  function takeScript(api: string): SimAction | undefined {
    const list = scripts.get(api)
    const head = list?.[0]
    if (!list || !head) return undefined
    head.left -= 1
    if (head.left <= 0) list.shift()
    return head.action
  }

  function deliver(fn: () => void, delay: number): void {
    if (delay > 0) clock.setTimeout(fn, delay)
    else Promise.resolve().then(fn) // not queueMicrotask: missing on older base libraries
  }

  function callbackApi(api: string) {
    return (option: Record<string, unknown> & Callbacks = {}) => {
      const { success, fail: onFail, complete, ...params } = option ?? {}
      const inTap = gesture.active()
      seq += 1
      const record: SimCall = { seq, api, params, at: clock.now(), inTap, outcome: 'pending' }
      calls.push(record)
      const respond = (answer: Answer, delay: number) => {
        deliver(() => {
          record.outcome = answer.ok ? 'success' : 'fail'
          record.result = answer.ok ? answer.result : answer.fail
          emit()
          if (answer.ok) {
            success?.({ errMsg: `${api}:ok`, ...answer.result })
            complete?.({ errMsg: `${api}:ok`, ...answer.result })
          } else {
            onFail?.(answer.fail)
            complete?.(answer.fail)
          }
        }, delay)
      }
      emit()
      if (mode === 'h5-stub') {
        // Taro's H5 stubs (docs/platform.md, Taro): production resolves successfully, development
        // fails.
        const errMsg = `暂时不支持 API ${api}`
        respond(options.h5Development ? { ok: false, fail: { errMsg } } : ok({ errMsg }), 0)
        return
      }
      if (mode === 'devtools' && CHANNEL_APIS.has(api)) {
        respond(failure(api, 'not supported in devtools, please use a real device', -14), latencyMs)
        return
      }
      const scripted = takeScript(api)
      if (scripted?.type === 'hang') {
        record.outcome = 'hang'
        emit()
        return
      }
      if (scripted?.type === 'fail') {
        respond(
          {
            ok: false,
            fail: {
              errMsg: scripted.errMsg ?? `${api}:fail scripted failure`,
              ...(scripted.err_code === undefined ? {} : { err_code: scripted.err_code }),
            },
          },
          latencyMs,
        )
        return
      }
      if (scripted?.type === 'respond') {
        respond(ok(scripted.result as Record<string, unknown>), latencyMs)
        return
      }
      const handler = handlers[api]
      const answer = handler ? handler(params, inTap) : failure(api, 'not implemented')
      respond(answer, scripted?.type === 'delay' ? scripted.ms : latencyMs)
    }
  }

  const api: Record<string, unknown> = {}
  for (const name of Object.keys(handlers)) api[name] = callbackApi(name)
  api.canIUse = (schema: string) => {
    if (mode === 'h5-stub') return false
    const minimum = MIN_BASE_LIBRARY[schema]
    return minimum !== undefined && versionAtLeast(baseLibrary, minimum)
  }
  const baseInfo = (): WxBaseInfo => ({
    SDKVersion: mode === 'h5-stub' ? '' : baseLibrary,
    platform: mode === 'devtools' ? 'devtools' : os === 'harmony' ? 'ohos' : os,
  })
  api.getAppBaseInfo = baseInfo
  api.getSystemInfoSync = baseInfo
  api.getEnterOptionsSync = (): WxEnterOptions => ({
    scene,
    path: 'pages/index/index',
    query: {},
    apiCategory,
  })
  api.getStorageSync = (key: string) => {
    const raw = store.get(key)
    // WeChat answers '' for a missing key.
    return raw === undefined ? '' : JSON.parse(raw)
  }
  api.setStorageSync = (key: string, value: unknown) => {
    if (failWrites) throw new Error('setStorageSync:fail exceed storage max size 10MB')
    store.set(key, JSON.stringify(value ?? null))
    emit()
  }
  api.removeStorageSync = (key: string) => {
    store.delete(key)
    emit()
  }

  const sim = {} as WechatSimulator
  // An API is missing (undefined) below its base library, as on a device: `if (wx.getUserProfile)`.
  for (const [name, fn] of Object.entries(api)) {
    Object.defineProperty(sim, name, {
      enumerable: true,
      get: () => {
        const minimum = MIN_BASE_LIBRARY[name]
        return minimum === undefined || mode === 'h5-stub' || versionAtLeast(baseLibrary, minimum)
          ? fn
          : undefined
      },
    })
  }

  // Everything but the wx APIs (made above); the simulate* members are what
  // `@taro-live/core/internal`'s `EmulatedWx` reads as the native components' stand-ins.
  const controls: Omit<WechatSimulator, keyof WxLike> = {
    clock,
    get env() {
      return mode === 'h5-stub' ? 'h5' : 'weapp'
    },
    get mode() {
      return mode
    },
    get baseLibrary() {
      return baseLibrary
    },
    calls,
    callsTo: (name) => calls.filter((c) => c.api === name),
    clearCalls() {
      calls.length = 0
      emit()
    },
    visits,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    addChannel,
    goLive(finderUserName, opts = {}) {
      const channel = requireChannel(finderUserName)
      const live = newFeed(opts.description ?? '')
      channel.lives.push(live)
      channel.statusCode = 2
      const now = clock.now()
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
    prepareLive(finderUserName) {
      requireChannel(finderUserName).statusCode = 4
      emit()
    },
    setStatusCode(finderUserName, code) {
      requireChannel(finderUserName).statusCode = code
      emit()
    },
    setSubject(finderUserName, subject) {
      requireChannel(finderUserName).subject = subject
      emit()
    },
    scheduleNotice(finderUserName, init) {
      const id = addNotice(finderUserName, init)
      emit()
      return id
    },
    cancelNotice(noticeId) {
      const notice = notices.get(noticeId)
      if (notice) notice.status = 'cancelled'
      emit()
    },
    isReservedByUser: (noticeId) => reservedByUser.has(noticeId),
    channel(finderUserName) {
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
    setBaseLibrary(version) {
      baseLibrary = version
      emit()
    },
    setMode(next) {
      mode = next
      emit()
    },
    setScene(next, category) {
      scene = next
      if (category !== undefined) apiCategory = category
      emit()
    },
    get variants() {
      return { ...variants }
    },
    setVariant(name, value) {
      variants[name] = value
      emit()
    },
    script(name, action, opts = {}) {
      const list = scripts.get(name) ?? []
      list.push({ action, left: opts.times ?? 1 })
      scripts.set(name, list)
    },
    choose(popup, ...choices) {
      queued.set(popup, [...(queued.get(popup) ?? []), ...choices])
    },
    setDefaultChoice(popup, value) {
      ;(defaults as Record<SimPopup, string>)[popup] = value
    },
    tap: (fn) => gesture.tap(fn),
    simulateChooseAvatar() {
      if (!versionAtLeast(baseLibrary, MIN_BASE_LIBRARY['button.open-type.chooseAvatar'] as string))
        return null
      // A rejected avatar fires no event at all (≥ 2.24.4).
      if (rejectAvatar && versionAtLeast(baseLibrary, CONTENT_CHECK_FROM)) return null
      avatarSeq += 1
      return {
        avatarUrl:
          options.chosenAvatarPath?.(avatarSeq) ??
          `wxfile://tmp_${avatarSeq.toString(16).padStart(8, '0')}.jpg`,
      }
    },
    simulateNicknameReview(nickName) {
      const checked = versionAtLeast(baseLibrary, CONTENT_CHECK_FROM)
      return { pass: !checked || !rejectNicknames.has(nickName), timeout: false }
    },
    simulateNicknameBlur(nickName) {
      const checked = versionAtLeast(baseLibrary, CONTENT_CHECK_FROM)
      const review = { pass: !checked || !rejectNicknames.has(nickName), timeout: false }
      return {
        value: review.pass ? nickName : '',
        review: versionAtLeast(baseLibrary, NICKNAME_REVIEW_EVENT_FROM) ? review : null,
      }
    },
    simulateGetUserInfoButton() {
      if (choice('getUserInfo') === 'deny') return { errMsg: 'getUserInfo:fail auth deny' }
      return { errMsg: 'getUserInfo:ok', userInfo: userInfo(appReleasedAt > GETUSERINFO_CUTOFF) }
    },
    setContentCheck(opts) {
      if (opts.rejectAvatar !== undefined) rejectAvatar = opts.rejectAvatar
      if (opts.rejectNicknames) rejectNicknames = new Set(opts.rejectNicknames)
    },
    storage: {
      // Not Object.fromEntries (ES2019): the build target is ES2018.
      dump: () => Object.assign({}, ...[...store].map(([k, v]) => ({ [k]: JSON.parse(v) }))),
      put(key, value) {
        store.set(key, JSON.stringify(value))
        emit()
      },
      failWrites(next) {
        failWrites = next
      },
      clear() {
        store.clear()
        emit()
      },
    },
    dispose() {
      clock.dispose()
      gesture.dispose()
      listeners.clear()
    },
  }
  Object.defineProperties(sim, Object.getOwnPropertyDescriptors(controls))
  return sim
}
