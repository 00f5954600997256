import type { LiveStatusClient } from '@taro-live/core'
import { createLiveStatusClient } from '@taro-live/core/internal'
import type { LiveRuntime } from './live-runtime'
import { endWithRuntime } from './runtime-lifetime'

const clients = new WeakMap<LiveRuntime, LiveStatusClient>()

/**
 * The runtime's client, made on first use with the live-status part only: a page with just a
 * floating window does not carry the notice code. Kept apart from the runtime so that a widget with
 * no live data (ProfileButton) does not carry the client at all. A client made here is destroyed
 * when the runtime's provider unmounts; one the app gave is the app's.
 */
export function clientOf(runtime: LiveRuntime): LiveStatusClient {
  if (runtime.client) return runtime.client
  let client = clients.get(runtime)
  if (!client) {
    const made = createLiveStatusClient(runtime.platform, runtime.clientOptions)
    clients.set(runtime, made)
    endWithRuntime(runtime, () => {
      clients.delete(runtime)
      made.destroy()
    })
    client = made
  }
  return client
}
