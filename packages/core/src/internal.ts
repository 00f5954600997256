/**
 * `@taro-live/core/internal`: what the other @taro-live packages (and their tests) need from core
 * but an app does not. Not covered by semver: any name here may change in a minor or patch
 * release. Apps use `@taro-live/core` (index.ts).
 */

export { withNotices } from './client/create-live-client'
export { createLiveStatusClient } from './client/live-status-client'
export { replaceEqualDeep } from './client/replace-equal-deep'
export { scheduleAt, systemClock } from './clock/clock'
export { codeForErrCode, isRetryableCode } from './errors/error-codes'
export {
  LIVE_STATUS_CODES,
  liveStatusFromCode,
  REPLAY_STATUS_CODES,
  replayStatusFromCode,
} from './live/live-status'
export { liveBelongsToNotice } from './notice/notice-phase'
export { NOTICE_STATUS_CODES } from './notice/parse-notice-info'
export {
  API_MIN_VERSIONS,
  CHANNELS_APIS,
  OPEN_LIVE_IDS_OPTIONAL_FROM,
} from './platform/api-min-versions'
export { canEmbedChannelLive } from './platform/channel-live'
export {
  channelLiveTapOf,
  type EmulatedWx,
  type NativeComponentEmulator,
  nativeEmulatorOf,
} from './platform/native-emulator'
export type * from './platform/wx-types'
export {
  chosenAvatar,
  nicknameRejected,
  userInfoFromEvent,
} from './profile/native-profile-events'
export { profileEnvironment } from './profile/profile-environment'
export { createProfileStore, type ProfileStore, toUserProfile } from './profile/profile-store'
export { PROFILE_VERSIONS } from './profile/select-profile-strategy'
export { SHARE_KEY_SCENES } from './scene/channels-scenes'
