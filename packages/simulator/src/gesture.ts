/** Event types that count as a user's tap. */
const TAP_EVENTS = new Set(['click', 'touchend', 'tap'])

/**
 * Models WeChat's user-gesture rule (domain doc §2): some APIs work only synchronously inside a tap.
 * In a DOM, a tap is a real `click`/`touchend` still being dispatched: `setTimeout` and
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

interface EventWindow {
  event?: { type?: string }
  addEventListener(type: string, fn: (event: { type: string }) => void, capture: boolean): void
  removeEventListener(type: string, fn: (event: { type: string }) => void, capture: boolean): void
}

/** Creates a tracker; listens on `window` (capture phase) when there is one. */
export function createGestureTracker(): GestureTracker {
  let manualDepth = 0
  let domTap = false
  const win = (globalThis as { window?: EventWindow }).window
  const onTap = () => {
    domTap = true
    // Cleared in a microtask: for script-dispatched events that is right after the dispatch.
    queueMicrotask(() => {
      domTap = false
    })
  }
  if (win) for (const type of TAP_EVENTS) win.addEventListener(type, onTap, true)

  return {
    active() {
      if (manualDepth > 0) return true
      if (!win) return false
      // `window.event` is set only while a listener runs, so it is precise for real user input too,
      // where microtasks run between listeners and a microtask-cleared flag would be gone too soon.
      if ('event' in win) return TAP_EVENTS.has(win.event?.type ?? '')
      return domTap
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
