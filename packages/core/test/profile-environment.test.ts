import { createWxPlatform, selectProfileStrategy, type WxLike } from '@taro-live/core'
import { profileEnvironment } from '@taro-live/core/internal'
import { createWechatSimulator } from '@taro-live/simulator'
import { describe, expect, it } from 'vitest'

/** A `wx` whose version and `canIUse` claim getUserProfile, with or without the function itself. */
function wxAt(version: string, withGetUserProfile: boolean): WxLike {
  const sim = createWechatSimulator({ baseLibrary: version })
  return {
    getSystemInfoSync: () => ({ SDKVersion: version }),
    canIUse: (schema) => schema === 'getUserProfile' || schema === 'button.open-type.getUserInfo',
    getUserInfo: sim.getUserInfo,
    ...(withGetUserProfile ? { getUserProfile: () => undefined } : {}),
  }
}

describe('profileEnvironment: what a platform says about the profile APIs', () => {
  it('says wx.getUserProfile is missing when the version cannot explain the refusal', () => {
    const platform = createWxPlatform(wxAt('2.20.0', false))
    const env = profileEnvironment(platform, 'getUserProfile')
    expect(env).toMatchObject({ sdkVersion: '2.20.0', getUserProfileExists: false })
    // The version and canIUse say getUserProfile; WeChat's own check (existence) says no.
    expect(selectProfileStrategy(env)).toBe('getUserInfo')
  })

  it('says it exists when the platform can call it', () => {
    const env = profileEnvironment(createWxPlatform(wxAt('2.20.0', true)), 'getUserProfile')
    expect(env.getUserProfileExists).toBe(true)
    expect(selectProfileStrategy(env)).toBe('getUserProfile')
  })

  it('leaves it unknown below 2.10.4, where the platform refuses by version', () => {
    const env = profileEnvironment(createWxPlatform(wxAt('2.9.0', true)))
    expect(env.getUserProfileExists).toBeUndefined()
  })

  it('over the simulator: present from 2.10.4, and the env and prefer pass through', () => {
    const sim = createWechatSimulator({ baseLibrary: '2.10.4' })
    const env = profileEnvironment(createWxPlatform(sim, { env: 'weapp' }), 'chooseAvatar')
    expect(env).toMatchObject({ env: 'weapp', getUserProfileExists: true, prefer: 'chooseAvatar' })
    expect(env.canIUse?.('button.open-type.chooseAvatar')).toBe(false)
    const missing = createWechatSimulator({ baseLibrary: '2.10.3' })
    expect(profileEnvironment(createWxPlatform(missing)).getUserProfileExists).toBeUndefined()
  })
})
