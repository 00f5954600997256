/*
 * Narrow types of the WeChat APIs this library uses, modelled on the official
 * `miniprogram-api-typings`. Taro 4.2.1's typings are wrong for two of them (docs/platform.md,
 * Notices): `reserveChannelsLive` has no `success` there, and the notice id is called `nonceId`.
 *
 * `WxLike` must accept the official `WechatMiniprogram.Wx` (5.2.3) as it is (docs/platform.md,
 * WeChat's official typings; checked by packages/core/test/official-typings). Its APIs take our
 * callbacks, so every result type here must be something the official result type is assignable to:
 * fields the official typings make required, narrower or leave out (`err_code`, `state`) stay
 * optional or wider here, and no option field may be wider than theirs (`lang`).
 */

/** A `fail` result: WeChat reports the code in `err_code`, not `errCode`. */
export interface WxFailResult {
  errMsg: string
  err_code?: number
  errCode?: number
}

/** `success` / `fail` / `complete` as every callback-style `wx` API takes them. */
export interface WxCallbacks<S> {
  success?: (result: S) => void
  fail?: (result: WxFailResult) => void
  complete?: (result: S | WxFailResult) => void
}

/** A plain `{ errMsg }` success. */
export interface WxOkResult {
  errMsg: string
}

/** Success of `getChannelsLiveInfo` (base library ≥ 2.15.0). */
export interface WxChannelsLiveInfo extends WxOkResult {
  feedId: string
  nonceId: string
  description: string
  /** 1 never live, 2 live, 3 ended, 4 preparing. */
  status: number
  headUrl: string
  nickname: string
  replayStatus?: number | string
  /**
   * The older lives (≥ 2.29.0). The entry shape is undocumented (`IAnyObject` in the official
   * typings) and entries may be odd, so it is `unknown` here: the parser reads each one defensively.
   */
  otherInfos?: readonly unknown[]
}

/** Success of `getChannelsLiveNoticeInfo` (base library ≥ 2.19.0). */
export interface WxChannelsLiveNoticeInfo extends WxOkResult {
  noticeId: string
  /** 0 usable, 1 cancelled, 2 used. */
  status: number
  /** Epoch seconds, as a string. */
  startTime: string
  headUrl: string
  nickname: string
  reservable: boolean
  /** Further notices (≥ 2.24.6); entry shape undocumented, as in {@link WxChannelsLiveInfo.otherInfos}. */
  otherInfos?: readonly unknown[]
}

/**
 * Success of `reserveChannelsLive`: `state` 1–10 says what the user did. The official typings omit
 * `state` (a bare `{ errMsg }`), and it may be `undefined` on HarmonyOS (docs/platform.md,
 * Reserving): optional.
 */
export interface WxReserveChannelsLiveResult extends WxOkResult {
  state?: number
}

/** The `lang` of `getUserProfile` / `getUserInfo`: the official typings accept only these. */
export type WxLang = 'en' | 'zh_CN' | 'zh_TW'

/** `userInfo` of `getUserProfile` / `getUserInfo`. */
export interface WxUserInfo {
  nickName: string
  avatarUrl: string
  gender?: number
  country?: string
  province?: string
  city?: string
  language?: string
}

/** Success of `getUserProfile` / `getUserInfo`. */
export interface WxUserProfileResult extends WxOkResult {
  userInfo: WxUserInfo
  rawData?: string
  signature?: string
  encryptedData?: string
  iv?: string
  /** Required in the official typings; not read by this library, and absent from simulated answers. */
  cloudID?: string
}

/** `getAppBaseInfo()` (≥ 2.20.1) and `getSystemInfoSync()`: only what the library reads. */
export interface WxBaseInfo {
  SDKVersion: string
  platform?: string
}

/** `getEnterOptionsSync()`. */
export interface WxEnterOptions {
  scene: number
  path?: string
  query?: Record<string, string>
  apiCategory?: string
}

/** The part of `wx` this library uses. Every member may be missing: old base libraries, other platforms. */
export interface WxLike {
  getChannelsLiveInfo?: (
    option: {
      finderUserName: string
      startTime?: number
      endTime?: number
    } & WxCallbacks<WxChannelsLiveInfo>,
  ) => unknown
  getChannelsLiveNoticeInfo?: (
    option: { finderUserName: string } & WxCallbacks<WxChannelsLiveNoticeInfo>,
  ) => unknown
  openChannelsLive?: (
    option: { finderUserName: string; feedId?: string; nonceId?: string } & WxCallbacks<WxOkResult>,
  ) => unknown
  reserveChannelsLive?: (
    option: { noticeId: string } & WxCallbacks<WxReserveChannelsLiveResult>,
  ) => unknown
  openChannelsUserProfile?: (
    option: { finderUserName: string } & WxCallbacks<WxOkResult>,
  ) => unknown
  /**
   * WeChat's own notice sheet (≥ 3.13.0, tap only). No `noticeId`, and the result says nothing
   * about what the user did. Not in Taro's typings (docs/platform.md, WeChat's notice sheet).
   */
  openChannelsLiveNoticeInfo?: (
    option: { finderUserName: string } & WxCallbacks<WxOkResult>,
  ) => unknown
  getUserProfile?: (
    option: { desc: string; lang?: WxLang } & WxCallbacks<WxUserProfileResult>,
  ) => unknown
  getUserInfo?: (option: { lang?: WxLang } & WxCallbacks<WxUserProfileResult>) => unknown
  canIUse?: (schema: string) => boolean
  getAppBaseInfo?: () => WxBaseInfo
  getSystemInfoSync?: () => WxBaseInfo
  getEnterOptionsSync?: () => WxEnterOptions
  getStorageSync?: (key: string) => unknown
  setStorageSync?: (key: string, value: unknown) => void
  removeStorageSync?: (key: string) => void
}

/** Names of the callback-style APIs in {@link WxLike}. */
export type WxCallbackApi =
  | 'getChannelsLiveInfo'
  | 'getChannelsLiveNoticeInfo'
  | 'openChannelsLive'
  | 'reserveChannelsLive'
  | 'openChannelsUserProfile'
  | 'openChannelsLiveNoticeInfo'
  | 'getUserProfile'
  | 'getUserInfo'
