import type { Clock } from '@taro-live/core'

/**
 * A phone's clock that is `skewMs` off WeChat's (the simulator's clock is WeChat's): the device
 * clock may be wrong by minutes (docs/platform.md, Undocumented behaviour). Timers run at the same
 * pace on both.
 */
export function skewedClock(base: Clock, skewMs: number): Clock {
  return {
    now: () => base.now() + skewMs,
    setTimeout: (fn, ms) => base.setTimeout(fn, ms),
    clearTimeout: (handle) => base.clearTimeout(handle),
  }
}

/** A clock whose timers stop while the mini program is in the background. */
export interface SuspendableClock extends Clock {
  /** WeChat suspends a hidden mini program's JS about 5 s after `onHide`: due timers wait. */
  suspend(): void
  /** JS runs again (the app is back): new timers fire on time, the held ones only on {@link fireLate}. */
  resume(): void
  /** The burst of timers that fell due while suspended (on a device, before or after `onShow`). */
  fireLate(): void
  /** How many timers are held. */
  readonly late: number
}

interface Handle {
  base: unknown
  fn: () => void
  cleared: boolean
}

/** {@link SuspendableClock} over `base` (the simulator's clock). */
export function suspendableClock(base: Clock): SuspendableClock {
  let suspended = false
  const held: Handle[] = []
  return {
    now: () => base.now(),
    setTimeout(fn, ms) {
      const handle: Handle = { base: undefined, fn, cleared: false }
      handle.base = base.setTimeout(() => {
        if (handle.cleared) return
        if (suspended) held.push(handle)
        else fn()
      }, ms)
      return handle
    },
    clearTimeout(handle) {
      const own = handle as Handle | undefined
      if (!own || typeof own !== 'object') return
      own.cleared = true
      base.clearTimeout(own.base)
    },
    suspend() {
      suspended = true
    },
    resume() {
      suspended = false
    },
    fireLate() {
      for (const handle of held.splice(0)) if (!handle.cleared) handle.fn()
    },
    get late() {
      return held.filter((handle) => !handle.cleared).length
    },
  }
}
