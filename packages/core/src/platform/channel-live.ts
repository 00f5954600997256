import { compareVersion } from '../version/compare-version'
import { CHANNEL_LIVE_FROM } from './api-min-versions'
import type { Platform } from './platform'

/**
 * Whether `<channel-live>` can be shown here: WeChat, base library ≥ 2.29.0 (or, where the version
 * cannot be read, WeChat's `canIUse('channel-live')`). docs/platform.md, The embedded live.
 */
export function canEmbedChannelLive(platform: Platform): boolean {
  if (platform.env !== 'weapp') return false
  const version = platform.baseLibraryVersion()
  return version === ''
    ? platform.canIUse('channel-live')
    : compareVersion(version, CHANNEL_LIVE_FROM) >= 0
}
