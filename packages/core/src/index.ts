export type { BackoffOptions } from './client/backoff'
export {
  createLiveClient,
  type LiveClient,
  type LiveClientOptions,
  type NoticeClient,
  type NoticeState,
  type ReserveResult,
  withNotices,
} from './client/create-live-client'
export { createLiveStatusClient, type LiveStatusClient } from './client/live-status-client'
export type { QueryState, QueryStatus } from './client/query-state'
export { replaceEqualDeep } from './client/replace-equal-deep'
export { type Clock, scheduleAt, systemClock } from './clock/clock'
export { createServerClock } from './clock/server-clock'
export {
  codeForErrCode,
  isRetryableCode,
  LIVE_ERROR_CODES,
  type LiveErrorCode,
} from './errors/error-codes'
export { isLiveError, LiveError, type LiveErrorInit } from './errors/live-error'
export { toLiveError } from './errors/to-live-error'
export {
  LIVE_STATUS_CODES,
  type LiveStatus,
  liveStatusFromCode,
  REPLAY_STATUS_CODES,
  type ReplayStatus,
  replayStatusFromCode,
} from './live/live-status'
export { type LiveInfo, type LiveInfoEntry, parseLiveInfo } from './live/parse-live-info'
export {
  NOTICE_LINGER_MS,
  type NoticePhase,
  nextNoticePhaseChange,
  noticePhase,
} from './notice/notice-phase'
export {
  NOTICE_STATUS_CODES,
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
export {
  API_MIN_VERSIONS,
  CHANNELS_APIS,
  type ChannelsApi,
  OPEN_LIVE_IDS_OPTIONAL_FROM,
} from './platform/api-min-versions'
export { createWxPlatform, type WxPlatformOptions } from './platform/create-wx-platform'
export type {
  NativeComponentEmulator,
  OpenLiveRequest,
  Platform,
  PlatformStorage,
} from './platform/platform'
export type * from './platform/wx-types'
export {
  ANONYMOUS_NICKNAME,
  type ProfileAnonymity,
  profileAnonymity,
} from './profile/anonymous-profile'
export {
  chosenAvatar,
  nicknameRejected,
  userInfoFromEvent,
} from './profile/native-profile-events'
export { checkProfileDesc, PROFILE_DESC_MAX_LENGTH } from './profile/profile-desc'
export { profileEnvironment } from './profile/profile-environment'
export {
  createProfileStore,
  type ProfileStore,
  toUserProfile,
  type UserProfile,
} from './profile/profile-store'
export {
  PROFILE_VERSIONS,
  type ProfileEnvironment,
  type ProfileStrategy,
  selectProfileStrategy,
} from './profile/select-profile-strategy'
export {
  CHANNELS_SCENES,
  type ChannelsLaunch,
  type ChannelsScene,
  canGetChannelsShareKey,
  describeChannelsLaunch,
  isChannelsScene,
  isLiveRoomProductScene,
  type SceneOptions,
  SHARE_KEY_SCENES,
} from './scene/channels-scenes'
export { compareVersion, isVersionAtLeast } from './version/compare-version'
