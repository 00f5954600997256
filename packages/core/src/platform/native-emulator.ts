/*
 * Native components on a host that cannot render them. On WeChat, `<button open-type>` and
 * `<input type="nickname">` fire their own events; under H5 rendering (the simulator in stories,
 * tests and demos) nothing does, so the simulator answers in their place. That is a test seam, so
 * it stays out of the public types (`Platform`, `WxLike`): the platform made over such a host
 * carries the stand-ins under a symbol, read by the hooks through `nativeEmulatorOf`.
 */

import type { Platform } from './platform'
import type { WxLike, WxUserInfo } from './wx-types'

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
}

// Symbol.for, not Symbol(): two copies of core in one app (a misconfigured bundle) still agree.
const EMULATOR: unique symbol = Symbol.for('@taro-live/core:native-component-emulator') as never

type WithEmulator = { [EMULATOR]?: NativeComponentEmulator }

/** The stand-ins of a `wx` that has all three `simulate*` members; `undefined` for a real `wx`. */
export function emulatorOfWx(wx: WxLike): NativeComponentEmulator | undefined {
  const { simulateChooseAvatar, simulateGetUserInfoButton, simulateNicknameReview } =
    wx as Partial<EmulatedWx>
  if (!simulateChooseAvatar || !simulateGetUserInfoButton || !simulateNicknameReview)
    return undefined
  return {
    chooseAvatar: () => simulateChooseAvatar.call(wx),
    getUserInfoButton: () => simulateGetUserInfoButton.call(wx),
    nicknameReview: (nickName: string) => simulateNicknameReview.call(wx, nickName),
  }
}

/** `platform` carrying `emulator` (a plain property, so `{ ...platform }` keeps it). */
export function attachNativeEmulator<P extends Platform>(
  platform: P,
  emulator: NativeComponentEmulator | undefined,
): P {
  if (emulator) (platform as P & WithEmulator)[EMULATOR] = emulator
  return platform
}

/** The native-component stand-ins of a simulated host's platform; `undefined` on WeChat. */
export function nativeEmulatorOf(platform: Platform): NativeComponentEmulator | undefined {
  return (platform as Platform & WithEmulator)[EMULATOR]
}
