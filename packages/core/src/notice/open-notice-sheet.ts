import { invalidFinder } from '../client/client-core'
import { withTimeout } from '../clock/with-timeout'
import type { Platform } from '../platform/platform'

/**
 * Opens WeChat's own notice sheet for a channel (`openChannelsLiveNoticeInfo`, base library
 * ≥ 3.13.0), where the user can reserve the next live. Calls the platform synchronously, so call it
 * first thing in a tap, as WeChat requires (docs/platform.md, WeChat's notice sheet). Resolves when
 * the sheet was shown: WeChat does not say what the user did there. Rejects with a
 * {@link LiveError}: `invalid-argument` for a bad channel id, `api-missing` below 3.13.0,
 * `timeout` when WeChat never answers (default 10 s).
 */
export function openNoticeSheet(
  platform: Platform,
  finderUserName: string,
  timeoutMs = 10_000,
): Promise<void> {
  const invalid = invalidFinder(finderUserName)
  if (invalid) return Promise.reject(invalid)
  return withTimeout(platform.clock, timeoutMs, 'openChannelsLiveNoticeInfo', () =>
    platform.openChannelsLiveNoticeInfo({ finderUserName }),
  )
}
