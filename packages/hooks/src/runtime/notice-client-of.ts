import { type LiveClient, withNotices } from '@taro-live/core'
import { clientOf } from './client-of'
import type { LiveRuntime } from './live-runtime'

/** The runtime's client with its notice part (added on first use, on the same requests and timers). */
export function noticeClientOf(runtime: LiveRuntime): LiveClient {
  return withNotices(clientOf(runtime))
}
