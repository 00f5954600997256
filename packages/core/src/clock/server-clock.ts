import { type Clock, systemClock } from './clock'

/**
 * A clock that tells server time: `base` (the device clock) plus `offsetMs`, server time minus
 * device time. The device clock may be minutes off (docs/platform.md, Undocumented behaviour), and
 * the notice phase, the countdown and the lingering hour must follow WeChat's time, not the
 * phone's. Give it to the platform (`createWxPlatform(wx, { clock })`,
 * `createTaroPlatform({ clock })`) and every one of them uses it.
 *
 * `offsetMs` may be a function, read at every `now()`, for an offset the app learns or corrects
 * later. Timers are `base`'s: a delay lasts as long on both clocks.
 */
export function createServerClock(
  offsetMs: number | (() => number),
  base: Clock = systemClock,
): Clock {
  const offset = (): number => {
    let value: number
    try {
      value = typeof offsetMs === 'function' ? offsetMs() : offsetMs
    } catch {
      // An offset that cannot be read yet (say, before the app's first server answer).
      return 0
    }
    // A broken offset would make `now()` NaN, and a notice at NaN is expired: the device clock,
    // even a few minutes off, is the better guess.
    return Number.isFinite(value) ? value : 0
  }
  return {
    now: () => base.now() + offset(),
    setTimeout: (fn, ms) => base.setTimeout(fn, ms),
    clearTimeout: (handle) => base.clearTimeout(handle),
  }
}
