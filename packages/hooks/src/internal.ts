/**
 * `@taro-live/hooks/internal`: what `@taro-live/components` (and the tests and stories) need from
 * hooks but an app does not: Taro host helpers, the context plumbing, small React utilities. Not
 * covered by semver: any name here may change in a minor or patch release. Apps use
 * `@taro-live/hooks` (index.ts).
 */

export {
  designPx,
  measureElement,
  type Rect,
  type Size,
  taroEnv,
  watchPageVisibility,
  windowSize,
} from './platform/taro-host'
export {
  LiveContext,
  type LiveContextValue,
  type LiveRuntime,
  PROFILE_STORAGE_KEY,
  useLiveContext,
  useProviderTexts,
} from './runtime/live-runtime'
export { useLatest } from './runtime/use-latest'
export { usePageVisible } from './runtime/use-page-visible'
