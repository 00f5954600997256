import { type Clock, systemClock } from '../clock/clock'
import { LiveError } from '../errors/live-error'
import { TARO_STUB_MESSAGE, toLiveError } from '../errors/to-live-error'
import { orDefault } from '../parse/or-default'
import { compareVersion } from '../version/compare-version'
import { API_MIN_VERSIONS, CHANNELS_APIS } from './api-min-versions'
import { attachNativeHost } from './native-emulator'
import type { Platform, PlatformStorage } from './platform'
import type { WxCallbackApi, WxCallbacks, WxLike, WxUserProfileResult } from './wx-types'

/** Options of {@link createWxPlatform}. */
export interface WxPlatformOptions {
  /** The running target (`process.env.TARO_ENV`); Channels APIs are called only on `'weapp'`. Default `'weapp'`. */
  env?: string
  /** Clock for timers; default the system clock. */
  clock?: Clock
}

// Taro's H5 stubs resolve in production with `errMsg: '暂时不支持 API …'` (docs/platform.md, Taro).
function isStubSuccess(result: unknown): boolean {
  const errMsg = result ? (result as { errMsg?: unknown }).errMsg : undefined
  return typeof errMsg === 'string' && TARO_STUB_MESSAGE.test(errMsg)
}

/**
 * A {@link Platform} over any `wx`-shaped object: real `wx`, Taro's named APIs gathered into an
 * object, or the simulator. Checks the target and the API before calling, wraps the callbacks, and
 * turns every failure into a typed {@link LiveError}.
 */
export function createWxPlatform(wx: WxLike, options: WxPlatformOptions = {}): Platform {
  const env = orDefault(options.env, 'weapp')
  const clock = orDefault(options.clock, systemClock)

  // Read once per platform, on first use: the base library cannot change while the app runs, and
  // `check` runs on every render of every widget (docs/performance.md).
  let version: string | undefined
  function baseLibraryVersion(): string {
    version ??= readBaseLibraryVersion()
    return version
  }
  function readBaseLibraryVersion(): string {
    for (const read of [wx.getAppBaseInfo, wx.getSystemInfoSync]) {
      try {
        const version = typeof read === 'function' ? read.call(wx)?.SDKVersion : undefined
        if (typeof version === 'string' && version !== '') return version
      } catch {
        // getAppBaseInfo is missing below 2.20.1; fall back to getSystemInfoSync (docs/platform.md,
        // The user's avatar and nickname).
      }
    }
    return ''
  }

  function check(api: WxCallbackApi): LiveError | null {
    if ((CHANNELS_APIS as readonly string[]).includes(api) && env !== 'weapp') {
      return new LiveError('unsupported-platform', `${api}: WeChat only, not "${env}"`, { api })
    }
    if (typeof wx[api] !== 'function') {
      return new LiveError('api-missing', `${api} is missing here`, { api })
    }
    const running = baseLibraryVersion()
    if (running !== '' && compareVersion(running, API_MIN_VERSIONS[api]) < 0) {
      return new LiveError(
        'api-missing',
        `${api} needs base library ${API_MIN_VERSIONS[api]}, not ${running}`,
        { api },
      )
    }
    return null
  }

  function call<S>(api: WxCallbackApi, params: object): Promise<S> {
    return new Promise<S>((resolve, reject) => {
      const problem = check(api)
      if (problem) {
        reject(problem)
        return
      }
      const callbacks: WxCallbacks<S> = {
        success: (result) => {
          if (isStubSuccess(result)) reject(toLiveError(result, api))
          else resolve(result)
        },
        fail: (result) => reject(toLiveError(result, api)),
      }
      try {
        // Called synchronously, inside the executor: openChannelsLive and getUserProfile must run
        // in the same tick as the user's tap (docs/platform.md, Opening the live room; The user's
        // avatar and nickname).
        const fn = wx[api] as (option: object) => unknown
        const returned = fn.call(wx, { ...params, ...callbacks })
        // Promise-style wrappers (Taro's APIs, newer base libraries) also reject; the callbacks
        // already carry the outcome, so that rejection must not surface as unhandled.
        if (returned && typeof (returned as PromiseLike<unknown>).then === 'function') {
          ;(returned as PromiseLike<unknown>).then(undefined, () => {})
        }
      } catch (error) {
        reject(toLiveError(error, api))
      }
    })
  }

  const storage: PlatformStorage = {
    get(key) {
      const value = wx.getStorageSync ? wx.getStorageSync(key) : undefined
      // WeChat answers '' for a missing key.
      return value === '' ? undefined : value
    },
    set(key, value) {
      if (!wx.setStorageSync) throw new LiveError('storage-failure', 'setStorageSync is missing')
      wx.setStorageSync(key, value)
    },
    remove(key) {
      if (wx.removeStorageSync) wx.removeStorageSync(key)
    },
  }

  const platform: Platform = {
    env,
    clock,
    storage,
    baseLibraryVersion,
    canIUse(schema) {
      try {
        return !!wx.canIUse && wx.canIUse(schema) === true
      } catch {
        return false
      }
    },
    check,
    getChannelsLiveInfo: (request) => call('getChannelsLiveInfo', request),
    getChannelsLiveNoticeInfo: (request) => call('getChannelsLiveNoticeInfo', request),
    openChannelsLive: (request) => call<unknown>('openChannelsLive', request).then(() => undefined),
    openChannelsLiveNoticeInfo: (request) =>
      call<unknown>('openChannelsLiveNoticeInfo', request).then(() => undefined),
    reserveChannelsLive: (request) => call('reserveChannelsLive', request),
    getUserProfile: (request) => call<WxUserProfileResult>('getUserProfile', request),
    enterOptions() {
      try {
        return wx.getEnterOptionsSync ? wx.getEnterOptionsSync() : undefined
      } catch {
        return undefined
      }
    },
  }
  // The simulator's stand-ins for native components ride along under a symbol (native-emulator.ts).
  return attachNativeHost(platform, wx)
}
