export {
  type ChannelsLiveResult,
  type UseChannelsLiveOptions,
  useChannelsLive,
} from './live/use-channels-live'
export { type UseOpenChannelsLiveOptions, useOpenChannelsLive } from './live/use-open-channels-live'
export {
  type ChannelsLiveNoticeResult,
  type UseChannelsLiveNoticeOptions,
  useChannelsLiveNotice,
} from './notice/use-channels-live-notice'
export {
  createTaroPlatform,
  designPx,
  measureElement,
  type Rect,
  type Size,
  type TaroPlatformOptions,
  taroEnv,
  watchPageVisibility,
  windowSize,
} from './platform/taro-host'
export {
  type UserProfileDraft,
  type UserProfileResult,
  type UseUserProfileOptions,
  useUserProfile,
} from './profile/use-user-profile'
export { LiveProvider, type LiveProviderProps } from './runtime/live-provider'
export {
  LiveContext,
  type LiveContextValue,
  type LiveRuntime,
  type Locale,
  PROFILE_STORAGE_KEY,
  useLiveContext,
  useLocale,
  usePlatform,
} from './runtime/live-runtime'
export { useLatest } from './runtime/use-latest'
export { useLiveClient, useNoticeClient } from './runtime/use-live-client'
export { usePageVisible } from './runtime/use-page-visible'
export { useChannelsScene } from './scene/use-channels-scene'
