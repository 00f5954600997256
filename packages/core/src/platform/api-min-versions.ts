import type { WxCallbackApi } from './wx-types'

/** The first base library that has each API (docs/platform.md, one section per API). */
export const API_MIN_VERSIONS: Readonly<Record<WxCallbackApi | 'getAppBaseInfo', string>> = {
  getChannelsLiveInfo: '2.15.0',
  openChannelsLive: '2.15.0',
  getChannelsLiveNoticeInfo: '2.19.0',
  reserveChannelsLive: '2.19.0',
  openChannelsUserProfile: '2.21.2',
  openChannelsLiveNoticeInfo: '3.13.0',
  getUserProfile: '2.10.4',
  getUserInfo: '1.0.0',
  getAppBaseInfo: '2.20.1',
}

/** From this base library `openChannelsLive` no longer needs `feedId` / `nonceId`. */
export const OPEN_LIVE_IDS_OPTIONAL_FROM = '2.19.2'

/** From this base library `getChannelsLiveInfo` takes a time window and answers `otherInfos`. */
export const LIVE_REPLAYS_FROM = '2.29.0'

/** The first base library with the `<channel-live>` component (docs/platform.md, The embedded live). */
export const CHANNEL_LIVE_FROM = '2.29.0'

/** The Channels APIs: they exist only on WeChat's own target, and fail in DevTools with -14. */
export const CHANNELS_APIS = [
  'getChannelsLiveInfo',
  'getChannelsLiveNoticeInfo',
  'openChannelsLive',
  'reserveChannelsLive',
  'openChannelsUserProfile',
  'openChannelsLiveNoticeInfo',
] as const satisfies readonly WxCallbackApi[]

/** One of {@link CHANNELS_APIS}. */
export type ChannelsApi = (typeof CHANNELS_APIS)[number]
