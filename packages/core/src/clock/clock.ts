/** Time and timers, injected so tests and the simulator can control them. */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number
  /** Calls `fn` after `ms`; returns a handle for {@link Clock.clearTimeout}. */
  setTimeout(fn: () => void, ms: number): unknown
  /** Cancels a timer; unknown handles are ignored. */
  clearTimeout(handle: unknown): void
}

/** The real clock (`Date.now`, global timers). Reads the globals when called, never at import. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

/** Longest delay a JS timer takes; longer ones fire at once (a notice a month away would). */
const MAX_TIMER_DELAY = 2 ** 31 - 1

/**
 * Calls `fn` at the instant `at` (epoch ms) on `clock`, chaining timers past the 24.8-day limit.
 * Always through a timer, never synchronously, so the caller has its handle before `fn` runs.
 */
export function scheduleAt(clock: Clock, at: number, fn: () => void): () => void {
  let handle: unknown
  let cancelled = false
  const arm = () => {
    const delay = at - clock.now()
    handle = clock.setTimeout(
      () => {
        if (cancelled) return
        if (at - clock.now() > 0) arm()
        else fn()
      },
      Math.min(Math.max(0, delay), MAX_TIMER_DELAY),
    )
  }
  arm()
  return () => {
    cancelled = true
    clock.clearTimeout(handle)
  }
}
