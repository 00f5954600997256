import type { LiveClient } from '@taro-live/core'
import { createLiveStatusClient, withNotices } from '@taro-live/core/internal'
import { clientOf } from './client-of'
import type { LiveRuntime } from './live-runtime'
import { endWithRuntime } from './runtime-lifetime'

const fallbacks = new WeakMap<LiveRuntime, LiveClient>()

/**
 * The runtime's client with its notice part (added on first use, on the same requests and timers).
 * A client the app gave that cannot take notices (a hand-made wrapper, or one from another copy of
 * core) gets a separate notice client over the same platform rather than a crash.
 */
export function noticeClientOf(runtime: LiveRuntime): LiveClient {
  const client = clientOf(runtime)
  try {
    return withNotices(client)
  } catch {
    let fallback = fallbacks.get(runtime)
    if (!fallback) {
      const made = withNotices(createLiveStatusClient(client.platform, runtime.clientOptions))
      fallbacks.set(runtime, made)
      endWithRuntime(runtime, () => {
        fallbacks.delete(runtime)
        made.destroy()
      })
      fallback = made
    }
    return fallback
  }
}
