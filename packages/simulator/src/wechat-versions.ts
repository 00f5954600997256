/*
 * The simulator's own record of when WeChat added each API. It deliberately shares no code with
 * `@taro-live/core`: it is the oracle the library is tested against, so a mistake in core's tables
 * must not be copied into it.
 */

/** First base library of each simulated API or component feature (`canIUse` schemas). */
export const MIN_BASE_LIBRARY: Readonly<Record<string, string>> = {
  getChannelsLiveInfo: '2.15.0',
  openChannelsLive: '2.15.0',
  getChannelsLiveNoticeInfo: '2.19.0',
  reserveChannelsLive: '2.19.0',
  openChannelsUserProfile: '2.21.2',
  openChannelsLiveNoticeInfo: '3.13.0',
  getUserProfile: '2.10.4',
  getUserInfo: '1.0.0',
  getAppBaseInfo: '2.20.1',
  getSystemInfoSync: '1.0.0',
  getEnterOptionsSync: '2.9.4',
  canIUse: '1.1.1',
  getStorageSync: '1.0.0',
  setStorageSync: '1.0.0',
  removeStorageSync: '1.0.0',
  'button.open-type.getUserInfo': '1.3.0',
  'button.open-type.chooseAvatar': '2.21.2',
  'input.type.nickname': '2.21.2',
  'channel-live': '2.29.0',
}

/** `getChannelsLiveInfo` `startTime`/`endTime`, `replayStatus`, `otherInfos`. */
export const LIVE_INFO_EXTRAS_FROM = '2.29.0'
/** Notice `otherInfos`. */
export const NOTICE_OTHER_INFOS_FROM = '2.24.6'
/** `openChannelsLive` without `feedId`/`nonceId`. */
export const OPEN_LIVE_WITHOUT_IDS_FROM = '2.19.2'
/** `getUserProfile` answers "微信用户" and a grey avatar. */
export const PROFILE_ANONYMOUS_FROM = '2.27.1'
/** Avatar and nickname content checks. */
export const CONTENT_CHECK_FROM = '2.24.4'
/** The nickname input's `nicknamereview` event; before it a rejected nickname is only cleared. */
export const NICKNAME_REVIEW_EVENT_FROM = '2.29.1'

/** Numeric, part-by-part comparison; non-numeric parts count as 0. */
export function versionAtLeast(version: string, minimum: string): boolean {
  const a = version.split('.')
  const b = minimum.split('.')
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = Number.parseInt(a[i] ?? '0', 10) || 0
    const y = Number.parseInt(b[i] ?? '0', 10) || 0
    if (x !== y) return x > y
  }
  return true
}
