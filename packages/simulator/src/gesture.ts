/** Event types that count as a user's tap. */
const TAP_EVENTS = ['click', 'touchend', 'tap']

/**
 * Models WeChat's user-gesture rule (domain doc §2): some APIs work only synchronously inside a tap.
 * In a DOM, a tap is a real `click`/`touchend` while it is being dispatched; `setTimeout` and
 * `Promise.then` around the call run after it and fail, as on a device. Outside a DOM, `tap(fn)`.
 */
export interface GestureTracker {
  /** True while a tap is being handled. */
  active(): boolean
  /** Runs `fn` as if inside a tap. */
  tap<T>(fn: () => T): T
  /** Removes the DOM listeners. */
  dispose(): void
}

interface TapEvent {
  type: string
  eventPhase: number
}

interface EventWindow {
  addEventListener(type: string, fn: (event: TapEvent) => void, capture: boolean): void
  removeEventListener(type: string, fn: (event: TapEvent) => void, capture: boolean): void
}

/** Creates a tracker; listens on `window` (capture phase, so it hears every tap first) when there is one. */
export function createGestureTracker(): GestureTracker {
  let manualDepth = 0
  let tap: TapEvent | undefined
  const win = (globalThis as { window?: EventWindow }).window
  const onTap = (event: TapEvent) => {
    tap = event
  }
  if (win) for (const type of TAP_EVENTS) win.addEventListener(type, onTap, true)

  return {
    active() {
      if (manualDepth > 0) return true
      // The tap lasts while its dispatch does (eventPhase back to NONE after it): a setTimeout, or a
      // promise after a script-dispatched click, comes too late, as on a device. With real (trusted)
      // input a browser runs microtasks between listeners, still inside the dispatch, so there a
      // `Promise.then` straight from the handler cannot be told apart and is allowed.
      return !!tap && tap.eventPhase !== 0
    },
    tap(fn) {
      manualDepth += 1
      try {
        return fn()
      } finally {
        manualDepth -= 1
      }
    },
    dispose() {
      if (win) for (const type of TAP_EVENTS) win.removeEventListener(type, onTap, true)
    },
  }
}
