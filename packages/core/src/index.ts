// The public surface of @taro-live/core: what an app, a Storybook or a page builder needs (README,
// "Public API"). Every name here is covered by semver and recorded in api/core.api.md; the
// library's own plumbing is in ./internal (`@taro-live/core/internal`, no semver promise).

// The data client: one per app, shared by every widget.
export type { BackoffOptions } from './client/backoff'
export {
  createLiveClient,
  type LiveClient,
  type LiveClientOptions,
  type NoticeClient,
  type NoticeState,
  type ReserveResult,
} from './client/create-live-client'
export type { LiveStatusClient } from './client/live-status-client'
export type { QueryState, QueryStatus } from './client/query-state'
export type { Clock } from './clock/clock'
export { createServerClock } from './clock/server-clock'
// Errors.
export { LIVE_ERROR_CODES, type LiveErrorCode } from './errors/error-codes'
export { isLiveError, LiveError, type LiveErrorInit } from './errors/live-error'
export { toLiveError } from './errors/to-live-error'
export {
  fetchLiveReplays,
  type LiveReplays,
  type LiveReplaysOptions,
} from './live/live-replays'
// Lives and notices: the parsers and the phase rules a custom UI renders from.
export type { LiveStatus, ReplayStatus } from './live/live-status'
export { type LiveInfo, type LiveInfoEntry, parseLiveInfo } from './live/parse-live-info'
export {
  NOTICE_LINGER_MS,
  type NoticePhase,
  nextNoticePhaseChange,
  noticePhase,
} from './notice/notice-phase'
export { openNoticeSheet } from './notice/open-notice-sheet'
export {
  type NoticeInfo,
  type NoticeInfoEntry,
  type NoticeStatus,
  parseNoticeInfo,
} from './notice/parse-notice-info'
export {
  type ReservationEffect,
  type ReserveOutcome,
  type ReserveOutcomeInfo,
  reserveOutcome,
} from './notice/reserve-outcome'
export type { ParseResult } from './parse/parse-result'
// The platform port, and the adapter from a `wx`-shaped object (WeChat, or the simulator).
export type { ChannelsApi } from './platform/api-min-versions'
export { createWxPlatform, type WxPlatformOptions } from './platform/create-wx-platform'
export type { OpenLiveRequest, Platform, PlatformStorage } from './platform/platform'
// `WxLike` is what createWxPlatform takes (WeChat's `wx`, or a double of it), so the types it is
// made of are public too; `WxCallbackApi` and the emulator seam are not (./internal).
export type {
  WxBaseInfo,
  WxCallbacks,
  WxChannelsLiveInfo,
  WxChannelsLiveNoticeInfo,
  WxEnterOptions,
  WxFailResult,
  WxLang,
  WxLike,
  WxOkResult,
  WxReserveChannelsLiveResult,
  WxUserInfo,
  WxUserProfileResult,
} from './platform/wx-types'
// Profiles.
export {
  ANONYMOUS_NICKNAME,
  type ProfileAnonymity,
  profileAnonymity,
} from './profile/anonymous-profile'
export { checkProfileDesc, PROFILE_DESC_MAX_LENGTH } from './profile/profile-desc'
export type { UserProfile } from './profile/profile-store'
export {
  type ProfileEnvironment,
  type ProfileStrategy,
  selectProfileStrategy,
} from './profile/select-profile-strategy'
// Launch scenes.
export {
  CHANNELS_SCENES,
  type ChannelsLaunch,
  type ChannelsScene,
  canGetChannelsShareKey,
  describeChannelsLaunch,
  isChannelsScene,
  isLiveRoomProductScene,
  type SceneOptions,
} from './scene/channels-scenes'
export { compareVersion, isVersionAtLeast } from './version/compare-version'
