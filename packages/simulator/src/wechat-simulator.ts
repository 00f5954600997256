import type { WxLike, WxUserInfo } from '@taro-live/core'

import type { SimClock } from './sim-clock'
import type {
  SimAction,
  SimCall,
  SimChannelInit,
  SimChannelLiveTap,
  SimChoices,
  SimMode,
  SimNoticeInit,
  SimPopup,
  SimSubject,
  SimVariants,
  SimVisit,
} from './types'

// The public shape of the simulator, apart from its assembly in create-wechat-simulator.ts, so a
// reader finds the contract in one place and each part of the implementation can name it.

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
  /**
   * Simulated ms after a live ends until its replay is generated (`replayStatus` 3, then 1).
   * Default 30 minutes.
   */
  replayReadyAfterMs?: number
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

/** A view of a simulated channel. */
export interface SimChannelView {
  finderUserName: string
  nickname: string
  statusCode: number
  /** Whether the mini program may read the channel. */
  subject: SimSubject
  /** The current or latest live. */
  live: { feedId: string; nonceId: string; description: string } | undefined
  /** Every live of the channel, newest last, with its `replayStatus` code now. */
  lives: {
    feedId: string
    nonceId: string
    description: string
    startedAt: number
    replayStatus: number
  }[]
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
  /** Live rooms the user entered (through `openChannelsLive`, the reserve popup or `<channel-live>`). */
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
  /**
   * The current live ends; its replay is generating (3), then generated (1) `replayReadyAfterMs`
   * later.
   */
  endLive(finderUserName: string): void
  /** Forces a live's `replayStatus` code (0/1/3/6 or an undocumented one) over the progression. */
  setReplayStatus(finderUserName: string, feedId: string, code: number): void
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
  /**
   * What a tap on `<channel-live feed-id finder-user-name>` (≥ 2.29.0) does: it jumps to the live,
   * its end page or its replay with no confirmation popup, or fails (the component has no event,
   * so only the call log and `visits` tell). Logged as api `channel-live`.
   */
  simulateChannelLiveTap(props: { finderUserName: string; feedId: string }): SimChannelLiveTap
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
