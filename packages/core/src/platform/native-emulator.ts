/*
 * Native components on a host that cannot render them. On WeChat, `<button open-type>` and
 * `<input type="nickname">` fire their own events; under H5 rendering (the simulator in stories,
 * tests and demos) nothing does, so the simulator answers in their place. That is a test seam, so
 * it stays out of the public types (`Platform`, `WxLike`): the platform made over such a host
 * carries the stand-ins under a symbol, read by the hooks through `nativeEmulatorOf`.
 */

import type { Platform } from './platform'
import type { WxFailResult, WxLike, WxUserInfo } from './wx-types'

/** What the native components would report, played by a simulated host. */
export interface NativeComponentEmulator {
  /** What `bindchooseavatar` would carry; `null` when nothing was chosen (or the avatar was rejected). */
  chooseAvatar(): { avatarUrl: string } | null
  /** What `bindgetuserinfo` would carry. */
  getUserInfoButton(): { errMsg: string; userInfo?: WxUserInfo }
  /** What `bindnicknamereview` would carry for a nickname. */
  nicknameReview(nickName: string): { pass: boolean; timeout: boolean }
}

/** A `wx` double that also plays the native components (`@taro-live/simulator`'s simulator). */
export interface EmulatedWx extends WxLike {
  simulateChooseAvatar(): { avatarUrl: string } | null
  simulateGetUserInfoButton(): { errMsg: string; userInfo?: WxUserInfo }
  simulateNicknameReview(nickName: string): { pass: boolean; timeout: boolean }
  /** A tap on `<channel-live>`: the jump happened, or the detail of the error it reports. */
  simulateChannelLiveTap?(props: {
    finderUserName: string
    feedId: string
  }): { ok: true } | { ok: false; detail: WxFailResult }
}

// Symbol.for, not Symbol(): two copies of core in one app (a misconfigured bundle) still agree.
// The platform carries the simulated host itself; the stand-ins are made from it only when a
// profile hook asks, so widgets that never need them do not ship the code that makes them.
const HOST: unique symbol = Symbol.for('@taro-live/core:native-component-host') as never

type WithHost = { [HOST]?: Partial<EmulatedWx> }

const emulators = new WeakMap<object, NativeComponentEmulator | undefined>()

/** The stand-ins of a `wx` that has all three `simulate*` members; `undefined` for a real `wx`. */
function emulatorOfWx(wx: Partial<EmulatedWx>): NativeComponentEmulator | undefined {
  const { simulateChooseAvatar, simulateGetUserInfoButton, simulateNicknameReview } = wx
  if (!simulateChooseAvatar || !simulateGetUserInfoButton || !simulateNicknameReview)
    return undefined
  return {
    chooseAvatar: () => simulateChooseAvatar.call(wx),
    getUserInfoButton: () => simulateGetUserInfoButton.call(wx),
    nicknameReview: (nickName: string) => simulateNicknameReview.call(wx, nickName),
  }
}

/**
 * `platform` carrying `wx` when it looks simulated (a plain property, so `{ ...platform }` keeps
 * it); a real `wx` has no `simulate*` members and is not attached.
 */
export function attachNativeHost<P extends Platform>(platform: P, wx: WxLike): P {
  if ((wx as Partial<EmulatedWx>).simulateChooseAvatar) (platform as P & WithHost)[HOST] = wx
  return platform
}

/**
 * What a tap on `<channel-live>` does on a simulated host (the jump, or the component's error);
 * `undefined` on WeChat, where the component handles its own tap. Apart from
 * {@link nativeEmulatorOf}, so the profile widgets do not ship it.
 */
export function channelLiveTapOf(
  platform: Platform,
): EmulatedWx['simulateChannelLiveTap'] | undefined {
  const wx = (platform as Platform & WithHost)[HOST]
  const tap = wx ? wx.simulateChannelLiveTap : undefined
  return tap && wx ? tap.bind(wx) : undefined
}

/** The native-component stand-ins of a simulated host's platform; `undefined` on WeChat. */
export function nativeEmulatorOf(platform: Platform): NativeComponentEmulator | undefined {
  const wx = (platform as Platform & WithHost)[HOST]
  if (!wx) return undefined
  // One object per host: hooks list it in their dependencies.
  if (!emulators.has(wx)) emulators.set(wx, emulatorOfWx(wx))
  return emulators.get(wx)
}
