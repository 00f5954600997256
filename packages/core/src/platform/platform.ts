import type { Clock } from '../clock/clock'
import type { LiveError } from '../errors/live-error'
import type { ChannelsApi } from './api-min-versions'
import type { WxEnterOptions, WxUserProfileResult } from './wx-types'

/** Synchronous key-value storage (WeChat's `*StorageSync`). May throw (quota); callers catch. */
export interface PlatformStorage {
  /** The stored value, or `undefined` when absent. */
  get(key: string): unknown
  /** Stores a JSON-compatible value. */
  set(key: string, value: unknown): void
  /** Removes a key. */
  remove(key: string): void
}

/** Parameters of `openChannelsLive`. */
export interface OpenLiveRequest {
  finderUserName: string
  feedId?: string
  nonceId?: string
}

/**
 * The port between the library and a platform: everything the client and hooks need, nothing more.
 * Promises reject with a {@link LiveError}; a call that {@link Platform.check} would refuse rejects
 * with that error without reaching the host. Results are raw: the caller parses them.
 */
export interface Platform {
  /** `'weapp'` on WeChat; anything else has no Channels APIs. */
  readonly env: string
  /** Time and timers. */
  readonly clock: Clock
  /** Local storage. */
  readonly storage: PlatformStorage
  /** The base library version, `''` when unknown (Taro H5). */
  baseLibraryVersion(): string
  /** WeChat's feature check; `false` when unavailable. */
  canIUse(schema: string): boolean
  /** `null` when `api` can be called here, else the error a call would give (without calling). */
  check(api: ChannelsApi | 'getUserProfile'): LiveError | null
  /**
   * Raw `getChannelsLiveInfo` result. `startTime` (epoch seconds, ≥ 2.29.0) asks for the lives since
   * then: send it only where the base library has the window (docs/platform.md, Replays).
   */
  getChannelsLiveInfo(request: { finderUserName: string; startTime?: number }): Promise<unknown>
  /** Raw `getChannelsLiveNoticeInfo` result. */
  getChannelsLiveNoticeInfo(request: { finderUserName: string }): Promise<unknown>
  /**
   * Opens the live room. Calls the platform **synchronously** before returning, so it works as the
   * first thing in a tap handler (the user-gesture rule: docs/platform.md, Opening the live room).
   */
  openChannelsLive(request: OpenLiveRequest): Promise<void>
  /**
   * Opens WeChat's own notice sheet (≥ 3.13.0). Like {@link Platform.openChannelsLive} it calls
   * synchronously, for a tap; it resolves when WeChat answers and says nothing about what the user
   * did there. Optional, so a platform written before it still type-checks (the sheet is then
   * `api-missing`).
   */
  openChannelsLiveNoticeInfo?(request: { finderUserName: string }): Promise<void>
  /** Raw `reserveChannelsLive` result (with `state`). */
  reserveChannelsLive(request: { noticeId: string }): Promise<unknown>
  /** `getUserProfile`; calls synchronously (it too needs a tap). */
  getUserProfile(request: { desc: string; lang?: string }): Promise<WxUserProfileResult>
  /** Launch information, or `undefined` when the platform has none. */
  enterOptions(): WxEnterOptions | undefined
}
