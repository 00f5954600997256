/**
 * Event types that count as a user's tap. WeChat's rule is about `tap` (a `click` in a DOM):
 * `touchstart`/`touchend`/`touchmove` handlers cannot open the live room, so they do not count here.
 */
const TAP_EVENTS = ['click']

/**
 * Models WeChat's user-gesture rule (docs/platform.md): some APIs work only synchronously inside a
 * tap. In a DOM, a tap is a `click` while it is being dispatched; `setTimeout` and `Promise.then`
 * around the call run after it and fail, as on a device. Outside a DOM, `tap(fn)`.
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
  isTrusted?: boolean
  target?: unknown
  preventDefault?(): void
  stopImmediatePropagation?(): void
}

interface ReplayTarget {
  dispatchEvent(event: unknown): boolean
}

type MouseEventConstructor = new (type: string, init: unknown) => unknown

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
    const Replay = (globalThis as { MouseEvent?: MouseEventConstructor }).MouseEvent
    const target = event.target as ReplayTarget | undefined
    if (event.isTrusted && Replay && typeof target?.dispatchEvent === 'function') {
      // A browser runs microtasks between the listeners of a real click, still inside its
      // dispatch, so a `Promise.then` from a handler would look like part of the tap. WeChat
      // refuses it. So the real click stops here and is replayed at once: a script-dispatched
      // event runs every listener in one go, and any microtask only after the dispatch.
      event.stopImmediatePropagation?.()
      event.preventDefault?.()
      target.dispatchEvent(new Replay(event.type, event))
      return
    }
    tap = event
  }
  if (win) for (const type of TAP_EVENTS) win.addEventListener(type, onTap, true)

  return {
    active() {
      if (manualDepth > 0) return true
      // The tap lasts while its dispatch does (eventPhase back to NONE after it): a setTimeout or a
      // promise comes too late, as on a device (real clicks are replayed, see onTap).
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
