import type { LiveError } from '@taro-live/core'
import { createProfileStore, type ProfileStore } from '@taro-live/core/internal'
import type { LiveRuntime } from '../runtime/live-runtime'

interface SharedProfiles {
  store: ProfileStore
  /** Registers a mounted `useUserProfile`'s error reporter (from an effect); returns the removal. */
  report(reporter: (error: LiveError) => void): () => void
}

const shared = new WeakMap<LiveRuntime, SharedProfiles>()

/** The runtime's cached profile, made on first use. */
export function profilesOf(runtime: LiveRuntime): SharedProfiles {
  let entry = shared.get(runtime)
  if (!entry) {
    const reporters = new Set<(error: LiveError) => void>()
    const pending: LiveError[] = []
    // The first read happens while React renders, before any reporter is mounted: errors wait for
    // one, and are never reported from inside a render.
    const flush = () => {
      if (reporters.size === 0) return
      for (const error of pending.splice(0)) for (const reporter of reporters) reporter(error)
    }
    const store = createProfileStore(
      runtime.platform.storage,
      runtime.profileStorageKey,
      (error) => {
        pending.push(error)
        // A microtask, without `queueMicrotask` (missing on older base libraries and iOS WebViews).
        Promise.resolve().then(flush)
      },
    )
    entry = {
      store,
      report(reporter) {
        reporters.add(reporter)
        flush()
        return () => {
          reporters.delete(reporter)
        }
      },
    }
    shared.set(runtime, entry)
  }
  return entry
}
