import type { LiveRuntime } from './live-runtime'

interface Lifetime {
  /** Mounted providers holding the runtime (0 or 1; StrictMode lets go and takes it again). */
  held: number
  /** Ends what was made for the runtime. */
  readonly end: Array<() => void>
}

const lifetimes = new WeakMap<LiveRuntime, Lifetime>()

function lifetimeOf(runtime: LiveRuntime): Lifetime {
  let lifetime = lifetimes.get(runtime)
  if (!lifetime) {
    lifetime = { held: 0, end: [] }
    lifetimes.set(runtime, lifetime)
  }
  return lifetime
}

/**
 * Registers what to end (a client made for the runtime, never one the app gave) when the runtime's
 * provider lets it go. The app-wide default runtime is never held, so never ended.
 */
export function endWithRuntime(runtime: LiveRuntime, end: () => void): void {
  lifetimeOf(runtime).end.push(end)
}

/**
 * Holds the runtime while a provider uses it; returns the release, for an effect's cleanup. What was
 * made for it ends a microtask after the last release, unless it is held again by then: StrictMode
 * unmounts and remounts every effect synchronously, and a client destroyed there would leave its
 * widgets inert.
 */
export function holdRuntime(runtime: LiveRuntime): () => void {
  const lifetime = lifetimeOf(runtime)
  lifetime.held += 1
  return () => {
    lifetime.held -= 1
    // A microtask without `queueMicrotask` (missing on older base libraries and iOS WebViews).
    void Promise.resolve().then(() => {
      if (lifetime.held === 0) for (const end of lifetime.end.splice(0)) end()
    })
  }
}
