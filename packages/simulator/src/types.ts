/** How the simulated WeChat behaves as a whole. */
export type SimMode =
  /** A real phone: everything works as documented. */
  | 'device'
  /** WeChat DevTools: every Channels API fails with err_code -14. */
  | 'devtools'
  /** Taro's H5 stubs: calls "succeed" with `errMsg: '暂时不支持 API …'` doing nothing (production build). */
  | 'h5-stub'

/** A channel's live status as the simulator keeps it. Numbers are raw codes (e.g. an undocumented 7). */
export type SimLiveStatus = 'never' | 'live' | 'ended' | 'preparing' | number

/**
 * Whether the mini program may read this channel (the subject rule: docs/platform.md, Errors).
 * `related`: the channel is linked to the mini program through the Open Platform (a related
 * subject); every Channels API works as with `same`, `<channel-live>` depends on the
 * `channelLiveRelatedSubject` variant.
 */
export type SimSubject = 'same' | 'related' | 'other' | 'unverified'

/** A notice to create. */
export interface SimNoticeInit {
  /** Scheduled start, epoch ms. */
  startTime: number
  /** Default: generated. */
  noticeId?: string
  /** Default `usable`. */
  status?: 'usable' | 'cancelled' | 'used'
  /** Default `true`. */
  reservable?: boolean
  /** Whether the simulated user has already reserved it. */
  reservedByUser?: boolean
}

/** A live of a channel's history, before its current or latest one. */
export interface SimPastLiveInit {
  /** Topic. Default `''`. */
  description?: string
  /** Start, epoch ms. */
  startedAt: number
  /**
   * End, epoch ms. With it (and no `replayStatus`) the replay is generating (3), then generated (1)
   * `replayReadyAfterMs` after it; without it the end is unknown and there is no replay (0).
   */
  endedAt?: number
  /** A fixed `replayStatus` code (0/1/3/6 or an undocumented one), winning over the progression. */
  replayStatus?: number
}

/** A channel to create. */
export interface SimChannelInit {
  nickname?: string
  headUrl?: string
  /**
   * Default `never`, or, with `pastLives`, ended (3) with the newest of them as the latest live.
   * `live`/`ended` create the current live, started now (an `ended` one has no replay, 0).
   */
  status?: SimLiveStatus
  /** Topic of the current live. */
  description?: string
  /** Default `same`. */
  subject?: SimSubject
  notices?: readonly SimNoticeInit[]
  /** Earlier lives, older than the current one (sorted by `startedAt`). */
  pastLives?: readonly SimPastLiveInit[]
}

/** The user's choice in each popup. */
export interface SimChoices {
  /** The "open the live room?" confirmation. */
  openChannelsLive: 'confirm' | 'cancel'
  /** The reserve popup (or, while live, its jump-to-live popup); `abort`: gone before it showed (state 9). */
  reserveChannelsLive: 'confirm' | 'close' | 'abort'
  /** The authorisation popup of `getUserProfile`. */
  getUserProfile: 'allow' | 'deny'
  /** The authorisation popup of `<button open-type="getUserInfo">`. */
  getUserInfo: 'allow' | 'deny'
  /**
   * WeChat's half-screen notice sheet (`openChannelsLiveNoticeInfo`): the user reserves the notice
   * shown, or closes the sheet. Default `close`.
   */
  openChannelsLiveNoticeInfo: 'reserve' | 'close'
}

/** A popup the user answers. */
export type SimPopup = keyof SimChoices

/** A scripted answer for the next call(s) of an API. */
export type SimAction =
  | { type: 'fail'; err_code?: number; errMsg?: string }
  | { type: 'respond'; result: unknown }
  | { type: 'hang' }
  | { type: 'delay'; ms: number }

/** One entry of the call log. */
export interface SimCall {
  /** 1-based order. */
  seq: number
  api: string
  /** Parameters without the callbacks. */
  params: Record<string, unknown>
  /** Simulated instant of the call, epoch ms. */
  at: number
  /** Whether the call was made inside a user's tap. */
  inTap: boolean
  /** `pending` until answered; `hang` never is. */
  outcome: 'pending' | 'success' | 'fail' | 'hang'
  /** What the callback received (for a component tap, `simulateChannelLiveTap`: what it did). */
  result?: unknown
}

/** Where a jump to a live lands: the live room, the live's end page, or its replay. */
export type SimLanding = 'live' | 'end-page' | 'replay'

/** A live room the user entered. */
export interface SimVisit {
  finderUserName: string
  feedId: string
  at: number
  /** How the user got there: an API, or a tap on `<channel-live>`. */
  via?: 'openChannelsLive' | 'reserveChannelsLive' | 'channel-live'
  /** Where the user landed. */
  landing?: SimLanding
}

/** What a tap on `<channel-live>` did (see `simulateChannelLiveTap`). */
export type SimChannelLiveTap =
  | { ok: true; landing: SimLanding }
  | { ok: false; detail: { errMsg: string; err_code?: number } }

/**
 * How the simulator plays what WeChat does not document (docs/platform.md, "Undocumented
 * behaviour"). Each switch names the variants seen or plausible; the library must be right under
 * every one, so tests and stories can pick each.
 */
export interface SimVariants {
  /** A channel that never went live: success with `status: 1`, or a failure with err_code 1416104. */
  neverLive: 'status-1' | 'no-data'
  /** No notice to show: err_code 1416104, err_code 1, or an undocumented code (1416199). */
  noNotice: 'no-data' | 'err-code-1' | 'unknown-code'
  /** A cancelled or used notice: left out (the call fails when none is left), or returned with status 1 / 2. */
  spentNotice: 'omitted' | 'status'
  /** `otherInfos` entries as documented, or with odd ones mixed in (null, a string, a wrong type). */
  otherInfos: 'documented' | 'with-odd-entries'
  /** Subject mismatch on `openChannelsLive`: err_code 100008, or a failure with no err_code at all. */
  subjectMismatchOnOpen: 'err-code' | 'errmsg-only'
  /** Failures carry `err_code`, or only an `errMsg`. */
  errCode: 'field' | 'errmsg-only'
  /**
   * Anonymous user info (getUserProfile ≥ 2.27.1, late getUserInfo): "微信用户" with the grey avatar,
   * or `is_demote: true` with another default picture, so only the flag tells.
   */
  anonymousProfile: 'grey-avatar' | 'is-demote'
  /**
   * `openChannelsLiveNoticeInfo` for a channel with no usable notice: a failure with err_code
   * 1416104 ("data empty"), or a success whose sheet shows nothing to reserve.
   */
  noticeSheetWithoutNotice: 'fail' | 'empty-sheet'
  /**
   * `<channel-live>` for a channel linked through the Open Platform (subject `related`): an error
   * (100008; the component demands the very same subject, as its page says), or it works like the
   * APIs do.
   */
  channelLiveRelatedSubject: 'error' | 'works'
  /** The unit of `getChannelsLiveInfo`'s `startTime`/`endTime` window: seconds or milliseconds. */
  liveInfoWindowUnit: 'seconds' | 'milliseconds'
  /** `getChannelsLiveInfo` without a window: `otherInfos` holds the older lives, or is empty. */
  otherInfosWithoutWindow: 'filled' | 'empty'
}

/**
 * Which variant each switch plays unless told otherwise: the documented or most often reported one,
 * listed first in docs/platform.md, Undocumented behaviour.
 */
export const DEFAULT_SIM_VARIANTS: SimVariants = {
  neverLive: 'status-1',
  noNotice: 'no-data',
  spentNotice: 'omitted',
  otherInfos: 'documented',
  subjectMismatchOnOpen: 'err-code',
  errCode: 'field',
  anonymousProfile: 'grey-avatar',
  noticeSheetWithoutNotice: 'fail',
  channelLiveRelatedSubject: 'error',
  liveInfoWindowUnit: 'seconds',
  otherInfosWithoutWindow: 'filled',
}

/** Every variant of each switch, for controls that let a person pick one (the Storybook panel). */
export const SIM_VARIANT_CHOICES: { readonly [K in keyof SimVariants]: readonly SimVariants[K][] } =
  {
    neverLive: ['status-1', 'no-data'],
    noNotice: ['no-data', 'err-code-1', 'unknown-code'],
    spentNotice: ['omitted', 'status'],
    otherInfos: ['documented', 'with-odd-entries'],
    subjectMismatchOnOpen: ['err-code', 'errmsg-only'],
    errCode: ['field', 'errmsg-only'],
    anonymousProfile: ['grey-avatar', 'is-demote'],
    noticeSheetWithoutNotice: ['fail', 'empty-sheet'],
    channelLiveRelatedSubject: ['error', 'works'],
    liveInfoWindowUnit: ['seconds', 'milliseconds'],
    otherInfosWithoutWindow: ['filled', 'empty'],
  }
