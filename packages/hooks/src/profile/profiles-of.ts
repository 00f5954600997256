import { createProfileStore, type LiveError, type ProfileStore } from '@taro-live/core'
import type { LiveRuntime } from '../runtime/live-runtime'

interface SharedProfiles {
  store: ProfileStore
  /** Every mounted `useUserProfile`'s error reporter: storage failures reach all of them. */
  reporters: Set<(error: LiveError) => void>
}

const shared = new WeakMap<LiveRuntime, SharedProfiles>()

/** The runtime's cached profile, made on first use. */
export function profilesOf(runtime: LiveRuntime): SharedProfiles {
  let entry = shared.get(runtime)
  if (!entry) {
    const reporters = new Set<(error: LiveError) => void>()
    const store = createProfileStore(
      runtime.platform.storage,
      runtime.profileStorageKey,
      (error) => {
        for (const report of reporters) report(error)
      },
    )
    entry = { store, reporters }
    shared.set(runtime, entry)
  }
  return entry
}
