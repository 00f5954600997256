/*
 * The only module that touches `@tarojs/taro`. Named imports only: a consuming H5 app does not run
 * Taro's API transform on packages, so `Taro.x` on the default import would be missing there
 * (docs/toolchain.md, pitfall: named Taro API imports). `canIUse` and `openChannelsLiveNoticeInfo`
 * are the exceptions, read from the default import: Taro H5 exports neither (the Channels APIs are
 * refused there before any call anyway), and Taro's weapp runtime has the second only as its copy
 * of `wx`'s function.
 */

import { type Clock, createWxPlatform, type Platform, type WxLike } from '@taro-live/core'
import Taro, {
  createSelectorQuery,
  eventCenter,
  getAppBaseInfo,
  getChannelsLiveInfo,
  getChannelsLiveNoticeInfo,
  getCurrentInstance,
  getEnterOptionsSync,
  getStorageSync,
  getSystemInfoSync,
  getUserProfile,
  getWindowInfo,
  openChannelsLive,
  pxTransform,
  removeStorageSync,
  reserveChannelsLive,
  setStorageSync,
} from '@tarojs/taro'

/** The build target (`process.env.TARO_ENV`, replaced at build time by Taro), `''` when unknown. */
export function taroEnv(): string {
  try {
    // `||`, not `??` (ES2018 output): the value is a string or absent, so the two agree.
    return process.env.TARO_ENV || ''
  } catch {
    // No `process` and no build-time replacement: not a Taro build.
    return ''
  }
}

/** Options of {@link createTaroPlatform}. */
export interface TaroPlatformOptions {
  /** The target whose APIs are real; default `process.env.TARO_ENV`. Channels APIs exist only on `'weapp'`. */
  env?: string
  /** Time and timers; default the system clock. */
  clock?: Clock
}

/**
 * The {@link Platform} of a Taro app. It checks the target and each API before calling (so Taro
 * H5's stubs that "succeed" doing nothing are reported as unsupported: docs/platform.md, Taro),
 * passes its own `success`/`fail` (Taro's `reserveChannelsLive` typing has none: docs/platform.md,
 * Notices), and keeps `openChannelsLive` synchronous inside the tap (docs/platform.md, Opening the
 * live room).
 */
export function createTaroPlatform(options: TaroPlatformOptions = {}): Platform {
  // Taro's typings differ from WeChat's for these (docs/platform.md, Notices): the port is typed by
  // our own.
  const wx = {
    getChannelsLiveInfo,
    getChannelsLiveNoticeInfo,
    openChannelsLive,
    reserveChannelsLive,
    getUserProfile,
    getAppBaseInfo,
    getSystemInfoSync,
    getEnterOptionsSync,
    getStorageSync,
    setStorageSync,
    removeStorageSync,
    // Not wrapped by Taro 4.2.1 (not in its typings): its weapp runtime copies what it finds on `wx`
    // as it is, callbacks only. Read when called; absent (so `api-missing`) where Taro has none.
    get openChannelsLiveNoticeInfo() {
      return (Taro as { openChannelsLiveNoticeInfo?: unknown }).openChannelsLiveNoticeInfo
    },
    canIUse: (schema: string) => {
      const taro = Taro as { canIUse?: (s: string) => boolean }
      return taro.canIUse ? taro.canIUse(schema) : undefined
    },
  } as unknown as WxLike
  const { env, clock } = options
  return createWxPlatform(wx, { env: env ?? taroEnv(), clock })
}

/** A Taro page's show and hide events (its `router.onShow` / `router.onHide` names). */
export interface PageEvents {
  readonly onShow: string
  readonly onHide: string
}

/**
 * The show and hide events of the page that is current now (`getCurrentInstance().router`, what
 * Taro's `useRouter` reads); `undefined` outside a Taro page (Storybook, page builders). A widget
 * reads it once, while its page renders it, as `useRouter` does: by the time its effects run,
 * another page may be current.
 */
export function currentPageEvents(): PageEvents | undefined {
  const instance = getCurrentInstance ? getCurrentInstance() : undefined
  const router = instance ? instance.router : undefined
  return router?.onShow && router.onHide ? (router as PageEvents) : undefined
}

/**
 * Calls `onChange` when `page` is shown or hidden (Taro's page events, the ones
 * `useDidShow`/`useDidHide` use: those hooks are not exported by Taro H5 to packages, so the
 * events are watched directly). A no-op for `undefined`.
 */
export function watchPageEvents(
  page: PageEvents | undefined,
  onChange: (shown: boolean) => void,
): () => void {
  if (!page || !eventCenter) return () => {}
  const { onShow, onHide } = page
  const show = () => onChange(true)
  const hide = () => onChange(false)
  eventCenter.on(onShow, show)
  eventCenter.on(onHide, hide)
  return () => {
    eventCenter.off(onShow, show)
    eventCenter.off(onHide, hide)
  }
}

/**
 * Calls `onChange` when the page that is current now is shown or hidden. A no-op outside a Taro
 * page. Widgets use `usePageVisible`, which binds to the page they were rendered on.
 */
export function watchPageVisibility(onChange: (shown: boolean) => void): () => void {
  return watchPageEvents(currentPageEvents(), onChange)
}

/** A size in px. */
export interface Size {
  width: number
  height: number
}

/** The window's size in px; `undefined` when the host cannot say. */
export function windowSize(): Size | undefined {
  for (const read of [getWindowInfo, getSystemInfoSync]) {
    try {
      const info = (read ? read() : undefined) as
        | { windowWidth?: unknown; windowHeight?: unknown }
        | undefined
      const { windowWidth: width, windowHeight: height } = info || {}
      if (typeof width === 'number' && typeof height === 'number' && width > 0 && height > 0)
        return { width, height }
    } catch {
      // getWindowInfo is missing below base library 2.20.1.
    }
  }
  return undefined
}

/** An element's box in px, relative to the window. */
export interface Rect extends Size {
  left: number
  top: number
}

/**
 * The mini-program component whose tree holds the element with this id: the nearest `ctx` up its
 * ancestors in Taro's DOM, which Taro sets on a `CustomWrapper`'s element (that custom component)
 * and on a page's root (the page). `undefined` when Taro's DOM is not reachable.
 */
function scopeOf(id: string): object | undefined {
  // Taro's mini-program build provides `document` (its own DOM) to every module; guard anyway.
  if (typeof document === 'undefined') return undefined
  let node = document.getElementById(id) as { ctx?: unknown; parentNode?: unknown } | null
  while (node) {
    const { ctx } = node
    if (ctx && typeof ctx === 'object') return ctx
    node = node.parentNode as typeof node
  }
  return undefined
}

/**
 * Measures the element with this id: with a selector query on mini programs (asynchronous), from
 * the DOM elsewhere (H5, Storybook). Taro H5's selector query needs a loaded Taro page and throws
 * outside one, so it is not used there.
 */
export function measureElement(id: string, done: (rect: Rect | undefined) => void): void {
  const accept = (rect: Partial<Rect> | null | undefined) =>
    rect && typeof rect.left === 'number' && typeof rect.width === 'number' && rect.width > 0
      ? {
          left: rect.left,
          top: rect.top as number,
          width: rect.width,
          height: rect.height as number,
        }
      : undefined
  try {
    if (taroEnv() === 'weapp') {
      // WeChat's query sees only the page's own nodes unless it is scoped with `.in(component)`:
      // inside a `CustomWrapper` (a custom component) an unscoped query finds nothing.
      const scope = scopeOf(id)
      const query = scope ? createSelectorQuery().in(scope) : createSelectorQuery()
      query
        .select(`#${id}`)
        .boundingClientRect((result) =>
          done(accept((Array.isArray(result) ? result[0] : result) as Rect)),
        )
        .exec()
      return
    }
    const element = document.getElementById(id)
    done(accept(element ? element.getBoundingClientRect() : undefined))
  } catch {
    done(undefined)
  }
}

/**
 * A length of Taro's 750-wide design as the running target needs it (rpx on mini programs, rem on
 * H5). Inline styles are not converted by Taro's pxtransform, so numbers from props go through here.
 */
export function designPx(value: number): string {
  try {
    return pxTransform(value)
  } catch {
    return `${value}px`
  }
}
