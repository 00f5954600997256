import type { Clock } from '@taro-live/core'

interface Timer {
  id: number
  at: number
  fn: () => void
}

/** The simulator's clock: virtual time that tests move by hand, or that follows the wall clock. */
export interface SimClock extends Clock {
  /** Moves time forward by `ms`, firing every timer that falls due, each at its own instant. */
  advance(ms: number): void
  /** Jumps to the instant `at` (forward only), firing due timers on the way. */
  advanceTo(at: number): void
  /**
   * Like {@link SimClock.advance}, but lets promises settle after each timer, as real time would:
   * an answer that lands at +0 ms is handled before a timeout set for +10 s fires.
   */
  advanceAsync(ms: number): Promise<void>
  /** {@link SimClock.advanceTo}, letting promises settle after each timer. */
  advanceToAsync(at: number): Promise<void>
  /** Number of timers waiting. */
  readonly pending: number
  /** Stops the wall-clock driver (realtime mode). */
  dispose(): void
}

/** Options of {@link createSimClock}. */
export interface SimClockOptions {
  /** Start instant, epoch ms. */
  now: number
  /** `manual`: time moves only with `advance`. `realtime`: it also follows the wall clock. */
  mode: 'manual' | 'realtime'
}

/** Creates a {@link SimClock}. */
export function createSimClock({ now: start, mode }: SimClockOptions): SimClock {
  let now = start
  let nextId = 1
  let timers: Timer[] = []
  let wallHandle: ReturnType<typeof setTimeout> | undefined
  let wallBase = mode === 'realtime' ? Date.now() : 0
  let firing = false
  // Taken when the clock is made, so that test fake timers installed later do not stall it.
  const realSetTimeout = globalThis.setTimeout
  const settle = () => new Promise<void>((resolve) => realSetTimeout(resolve, 0))

  async function runAsync(until: number): Promise<void> {
    await settle()
    for (;;) {
      const next = timers[0]
      if (!next || next.at > until) break
      run(next.at)
      await settle()
    }
    run(until)
    await settle()
  }

  /** Moves virtual time with the wall clock. Timers fire only from the driver, as real ones do. */
  function syncWithWall(): void {
    if (mode !== 'realtime') return
    const wall = Date.now()
    const elapsed = wall - wallBase
    wallBase = wall
    if (elapsed > 0) now += elapsed
  }

  function armWall(): void {
    if (mode !== 'realtime') return
    if (wallHandle !== undefined) clearTimeout(wallHandle)
    wallHandle = undefined
    const first = timers[0]
    if (!first) return
    wallHandle = setTimeout(
      () => {
        wallHandle = undefined
        syncWithWall()
        run(now)
      },
      Math.min(Math.max(0, first.at - now), 2 ** 31 - 1),
    )
  }

  function run(until: number): void {
    if (firing) {
      now = Math.max(now, until)
      return
    }
    firing = true
    try {
      for (;;) {
        const next = timers[0]
        if (!next || next.at > until) break
        timers.shift()
        now = Math.max(now, next.at)
        next.fn()
      }
      now = Math.max(now, until)
    } finally {
      firing = false
    }
    armWall()
  }

  return {
    now() {
      syncWithWall()
      return now
    },
    setTimeout(fn, ms) {
      syncWithWall()
      const timer = { id: nextId++, at: now + Math.max(0, Number(ms) || 0), fn }
      // Stable order: equal instants fire in the order they were set, like real timers.
      const index = timers.findIndex((t) => t.at > timer.at)
      if (index === -1) timers.push(timer)
      else timers.splice(index, 0, timer)
      armWall()
      return timer.id
    },
    clearTimeout(handle) {
      timers = timers.filter((t) => t.id !== handle)
    },
    advance(ms) {
      syncWithWall()
      run(now + Math.max(0, ms))
    },
    advanceTo(at) {
      syncWithWall()
      run(Math.max(now, at))
    },
    advanceAsync(ms) {
      syncWithWall()
      return runAsync(now + Math.max(0, ms))
    },
    advanceToAsync(at) {
      syncWithWall()
      return runAsync(Math.max(now, at))
    },
    get pending() {
      return timers.length
    },
    dispose() {
      if (wallHandle !== undefined) clearTimeout(wallHandle)
      wallHandle = undefined
      mode = 'manual'
    },
  }
}
