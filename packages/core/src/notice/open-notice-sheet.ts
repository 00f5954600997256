import { invalidFinder } from '../client/client-core'
import { LiveError } from '../errors/live-error'
import type { Platform } from '../platform/platform'

/**
 * Opens WeChat's own notice sheet for a channel (`openChannelsLiveNoticeInfo`, base library
 * ≥ 3.13.0), where the user can reserve the next live. Calls the platform synchronously, so call it
 * first thing in a tap, as WeChat requires (docs/platform.md, WeChat's notice sheet). Resolves when
 * WeChat answered: it does not say what the user did there, nor whether it answers when the sheet
 * shows or when it closes, so no timeout is put on it. Rejects with a {@link LiveError}:
 * `invalid-argument` for a bad channel id, `api-missing` below 3.13.0 (or on a platform without
 * the method).
 */
export function openNoticeSheet(platform: Platform, finderUserName: string): Promise<void> {
  const invalid = invalidFinder(finderUserName)
  if (invalid) return Promise.reject(invalid)
  if (!platform.openChannelsLiveNoticeInfo) {
    return Promise.reject(
      new LiveError('api-missing', 'openChannelsLiveNoticeInfo is missing here', {
        api: 'openChannelsLiveNoticeInfo',
      }),
    )
  }
  return platform.openChannelsLiveNoticeInfo({ finderUserName })
}
