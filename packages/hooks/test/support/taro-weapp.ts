/*
 * `@tarojs/taro` as a Taro weapp build gives it to a package, over whatever `wx` a test installs
 * (the simulator): APIs that `wx` lacks are `undefined`, callback APIs are promisified the way
 * Taro 4.2.1's `processApis` does it (`wx[key]` called synchronously inside the executor, the
 * caller's success/fail called, a promise that rejects on fail). Everything else is Taro H5's.
 */

import type { WxLike } from '@taro-live/core'
import * as h5 from '@tarojs/taro-h5'

type AnyFn = (...args: unknown[]) => unknown
type Option = Record<string, unknown> & { success?: AnyFn; fail?: AnyFn; complete?: AnyFn }

let wx: Record<string, unknown> | undefined

function promisified(name: string): AnyFn | undefined {
  if (typeof wx?.[name] !== 'function') return undefined
  const target = wx
  return (option: unknown = {}) =>
    new Promise((resolve, reject) => {
      const o = option as Option
      ;(target[name] as AnyFn)({
        ...o,
        success: (result: unknown) => {
          o.success?.(result)
          resolve(result)
        },
        fail: (result: unknown) => {
          o.fail?.(result)
          reject(result)
        },
        complete: (result: unknown) => o.complete?.(result),
      })
    })
}

function direct(name: string): AnyFn | undefined {
  const target = wx
  return typeof target?.[name] === 'function'
    ? (...args: unknown[]) => (target[name] as AnyFn)(...args)
    : undefined
}

export let getChannelsLiveInfo: AnyFn | undefined
export let getChannelsLiveNoticeInfo: AnyFn | undefined
export let openChannelsLive: AnyFn | undefined
export let reserveChannelsLive: AnyFn | undefined
export let openChannelsUserProfile: AnyFn | undefined
export let getUserProfile: AnyFn | undefined
export let getUserInfo: AnyFn | undefined
export let getAppBaseInfo: AnyFn | undefined
export let getSystemInfoSync: AnyFn | undefined
export let getEnterOptionsSync: AnyFn | undefined
export let getStorageSync: AnyFn | undefined
export let setStorageSync: AnyFn | undefined
export let removeStorageSync: AnyFn | undefined

/** Makes `wx` (e.g. the simulator) the host behind the named APIs, as at a weapp app's start. */
export function installWx(next: WxLike | undefined): void {
  wx = next as Record<string, unknown> | undefined
  getChannelsLiveInfo = promisified('getChannelsLiveInfo')
  getChannelsLiveNoticeInfo = promisified('getChannelsLiveNoticeInfo')
  openChannelsLive = promisified('openChannelsLive')
  reserveChannelsLive = promisified('reserveChannelsLive')
  openChannelsUserProfile = promisified('openChannelsUserProfile')
  getUserProfile = promisified('getUserProfile')
  getUserInfo = promisified('getUserInfo')
  getAppBaseInfo = direct('getAppBaseInfo')
  getSystemInfoSync = direct('getSystemInfoSync')
  getEnterOptionsSync = direct('getEnterOptionsSync')
  getStorageSync = direct('getStorageSync')
  setStorageSync = direct('setStorageSync')
  removeStorageSync = direct('removeStorageSync')
}

let router: { onShow: string; onHide: string } | undefined

/** Puts the test inside a Taro page whose show/hide events are `<path>.onShow` / `<path>.onHide`. */
export function enterPage(path: string | undefined): void {
  router = path ? { onShow: `${path}.onShow`, onHide: `${path}.onHide` } : undefined
}

export function getCurrentInstance() {
  return { router, page: undefined }
}

export { eventCenter, getWindowInfo, pxTransform } from '@tarojs/taro-h5'

type RectCallback = (rect: Record<string, number> | null) => void

/** The mini-program component a node belongs to: the nearest ancestor carrying a `ctx`; the page otherwise. */
function scopeOf(element: Element): unknown {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const { ctx } = parent as Element & { ctx?: unknown }
    if (ctx) return ctx
  }
  return undefined
}

/**
 * WeChat's `createSelectorQuery` over the rendered DOM, as strict about scope as WeChat: without
 * `.in(component)` it sees only the page's own nodes, never those inside a custom component (Taro's
 * `CustomWrapper`, whose element carries the component as `ctx`, as Taro's runtime sets it). An
 * unmatched `select` answers `null`; answers arrive asynchronously.
 */
export function createSelectorQuery() {
  let scope: unknown
  const queue: Array<{ selector: string; callback: RectCallback | undefined }> = []
  const query = {
    in(component: unknown) {
      if (!component || typeof component !== 'object') throw new Error('in: invalid params')
      scope = component
      return query
    },
    select(selector: string) {
      return {
        boundingClientRect(callback?: RectCallback) {
          queue.push({ selector, callback })
          return query
        },
      }
    },
    exec(callback?: (results: unknown[]) => void) {
      setTimeout(() => {
        const results = queue.map(({ selector, callback }) => {
          const found = [...document.querySelectorAll(selector)].find((e) => scopeOf(e) === scope)
          const box = found?.getBoundingClientRect()
          const rect = box
            ? { left: box.left, top: box.top, width: box.width, height: box.height }
            : null
          callback?.(rect)
          return rect
        })
        callback?.(results)
      }, 0)
    },
  }
  return query
}

const Taro = {
  ...(h5 as unknown as { default?: object }).default,
  get canIUse() {
    return direct('canIUse')
  },
  // Not in Taro 4.2.1's promise list: its weapp runtime copies it from `wx` as it is, callbacks only.
  get openChannelsLiveNoticeInfo() {
    return direct('openChannelsLiveNoticeInfo')
  },
}
export default Taro
