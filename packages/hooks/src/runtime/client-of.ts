import { createLiveClient, type LiveClient } from '@taro-live/core'
import type { LiveRuntime } from './live-runtime'

const clients = new WeakMap<LiveRuntime, LiveClient>()

/**
 * The runtime's client, made on first use. Kept apart from the runtime so that a widget that needs
 * no live data (ProfileButton) does not carry the client's code.
 */
export function clientOf(runtime: LiveRuntime): LiveClient {
  if (runtime.client) return runtime.client
  let client = clients.get(runtime)
  if (!client) {
    client = createLiveClient(runtime.platform, runtime.clientOptions)
    clients.set(runtime, client)
  }
  return client
}
