// The public surface of @taro-live/hooks: the provider, the Taro platform and one hook per thing a
// page shows (README, "Public API"). Every name here is covered by semver and recorded in
// api/hooks.api.md; what the widgets share beyond that is in ./internal
// (`@taro-live/hooks/internal`, no semver promise).

export {
  type ChannelsLiveResult,
  type UseChannelsLiveOptions,
  useChannelsLive,
} from './live/use-channels-live'
export {
  type ChannelsLiveReplaysResult,
  type UseChannelsLiveReplaysOptions,
  useChannelsLiveReplays,
} from './live/use-channels-live-replays'
export { type UseOpenChannelsLiveOptions, useOpenChannelsLive } from './live/use-open-channels-live'
export {
  type ChannelsLiveNoticeResult,
  type UseChannelsLiveNoticeOptions,
  useChannelsLiveNotice,
} from './notice/use-channels-live-notice'
export { type UseOpenNoticeSheetOptions, useOpenNoticeSheet } from './notice/use-open-notice-sheet'
export { createTaroPlatform, type TaroPlatformOptions } from './platform/taro-host'
export {
  type UserProfileDraft,
  type UserProfileResult,
  type UseUserProfileOptions,
  useUserProfile,
} from './profile/use-user-profile'
export { LiveProvider, type LiveProviderProps } from './runtime/live-provider'
export { type LiveProviderTexts, type Locale, useLocale, usePlatform } from './runtime/live-runtime'
export { useLiveClient, useLiveStatusClient } from './runtime/use-live-client'
export { useChannelsScene } from './scene/use-channels-scene'
