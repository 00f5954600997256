import type { WxFailResult, WxUserProfileResult } from '@taro-live/core'
import { describe, expect, it, vi } from 'vitest'
import { createSimClock, createWechatSimulator, type WechatSimulator } from '../src'

const GREY =
  'https://thirdwx.qlogo.cn/mmopen/vi_32/POgEwh4mIHO4nibH0KlMECNjjGxQUq24ZEaGT4poC6icRiccVGKSyXwibcPq4BWmiaIGuG1icwxaQX6grC9VemZoJ8rg/132'
const user = { nickName: '小橙', avatarUrl: 'https://example.invalid/a.png' }

function profile(sim: WechatSimulator, desc: unknown): Promise<WxUserProfileResult | WxFailResult> {
  return new Promise((resolve) => {
    sim.tap(() => sim.getUserProfile?.({ desc: desc as string, success: resolve, fail: resolve }))
  })
}

describe('profile APIs by base library', () => {
  it('has no getUserProfile below 2.10.4 and answers with the real profile from it', async () => {
    expect(createWechatSimulator({ baseLibrary: '2.10.3' }).getUserProfile).toBeUndefined()
    const sim = createWechatSimulator({ baseLibrary: '2.10.4', user })
    expect(await profile(sim, '用于完善会员资料')).toMatchObject({ userInfo: user })
  })

  it('answers "微信用户" and the grey avatar from 2.27.1, the real profile at 2.27.0', async () => {
    expect(
      await profile(createWechatSimulator({ baseLibrary: '2.27.0', user }), '会员资料'),
    ).toMatchObject({
      userInfo: user,
    })
    expect(
      await profile(createWechatSimulator({ baseLibrary: '2.27.1', user }), '会员资料'),
    ).toMatchObject({
      userInfo: { nickName: '微信用户', avatarUrl: GREY, gender: 0, province: '' },
    })
  })

  it('requires a tap, a desc of 1–30 characters, and reports a denial', async () => {
    const sim = createWechatSimulator({ baseLibrary: '2.20.0' })
    const outside = await new Promise((resolve) =>
      sim.getUserProfile?.({ desc: 'x', fail: resolve }),
    )
    expect(outside).toMatchObject({
      errMsg: 'getUserProfile:fail can only be invoked by user TAP gesture.',
    })
    for (const desc of ['', 'x'.repeat(31), undefined]) {
      expect(await profile(sim, desc)).toMatchObject({
        errMsg: expect.stringContaining('desc length'),
      })
    }
    expect(await profile(sim, 'x'.repeat(30))).toHaveProperty('userInfo')
    sim.choose('getUserProfile', 'deny')
    expect(await profile(sim, '会员资料')).toEqual({ errMsg: 'getUserProfile:fail auth deny' })
  })

  it('makes getUserInfo anonymous for versions released after 2021-04-28', async () => {
    const get = (sim: WechatSimulator) =>
      new Promise<WxUserProfileResult>((resolve) => sim.getUserInfo?.({ success: resolve }))
    const old = createWechatSimulator({
      baseLibrary: '2.9.0',
      user,
      appReleasedAt: Date.UTC(2021, 3, 1),
    })
    expect((await get(old)).userInfo.nickName).toBe('小橙')
    const recent = createWechatSimulator({
      baseLibrary: '2.9.0',
      user,
      appReleasedAt: Date.UTC(2021, 4, 1),
    })
    expect((await get(recent)).userInfo).toMatchObject({ nickName: '微信用户', avatarUrl: GREY })
    recent.choose('getUserInfo', 'deny')
    expect(recent.simulateGetUserInfoButton()).toEqual({ errMsg: 'getUserInfo:fail auth deny' })
    expect(old.simulateGetUserInfoButton()).toMatchObject({ userInfo: { nickName: '小橙' } })
  })

  it('gives chooseAvatar temporary paths from 2.21.2, and content checks from 2.24.4', () => {
    expect(createWechatSimulator({ baseLibrary: '2.21.1' }).simulateChooseAvatar()).toBeNull()
    const sim = createWechatSimulator({ baseLibrary: '2.24.4' })
    const first = sim.simulateChooseAvatar()?.avatarUrl
    expect(first).toMatch(/^wxfile:\/\/tmp_[0-9a-f]{8}\.jpg$/)
    expect(sim.simulateChooseAvatar()?.avatarUrl).not.toBe(first)
    sim.setContentCheck({ rejectAvatar: true, rejectNicknames: ['坏名字'] })
    expect(sim.simulateChooseAvatar()).toBeNull()
    expect(sim.simulateNicknameReview('坏名字')).toEqual({ pass: false, timeout: false })
    expect(sim.simulateNicknameReview('小橙')).toEqual({ pass: true, timeout: false })
    const unchecked = createWechatSimulator({ baseLibrary: '2.24.3' })
    unchecked.setContentCheck({ rejectAvatar: true, rejectNicknames: ['坏名字'] })
    expect(unchecked.simulateChooseAvatar()).not.toBeNull()
    expect(unchecked.simulateNicknameReview('坏名字').pass).toBe(true)
  })

  it.each([
    // No content check yet: the nickname stays, no event.
    ['2.24.3', { value: '坏名字', review: null }],
    // A rejected nickname is cleared on blur with no event at all (docs/platform.md, The user's
    // avatar and nickname).
    ['2.24.4', { value: '', review: null }],
    ['2.29.0', { value: '', review: null }],
    // From 2.29.1 WeChat also says so with `nicknamereview`.
    ['2.29.1', { value: '', review: { pass: false, timeout: false } }],
  ])('at %s a rejected nickname after blur is %j', (baseLibrary, after) => {
    const sim = createWechatSimulator({ baseLibrary })
    sim.setContentCheck({ rejectNicknames: ['坏名字'] })
    expect(sim.simulateNicknameBlur('坏名字')).toEqual(after)
  })

  it('keeps an accepted nickname on blur; nicknamereview says pass only from 2.29.1', () => {
    const sim = createWechatSimulator({ baseLibrary: '2.29.0' })
    sim.setContentCheck({ rejectNicknames: ['坏名字'] })
    expect(sim.simulateNicknameBlur('小橙')).toEqual({ value: '小橙', review: null })
    sim.setBaseLibrary('2.29.1')
    expect(sim.simulateNicknameBlur('小橙')).toEqual({
      value: '小橙',
      review: { pass: true, timeout: false },
    })
  })

  it('plays the anonymous profile both ways: grey avatar, or is_demote (docs/platform.md)', async () => {
    const get = (sim: WechatSimulator) =>
      new Promise<WxUserProfileResult>((resolve) => sim.getUserInfo?.({ success: resolve }))
    const released = Date.UTC(2022, 0, 1)
    const grey = createWechatSimulator({ baseLibrary: '2.9.0', user, appReleasedAt: released })
    expect(grey.variants.anonymousProfile).toBe('grey-avatar')
    expect((await get(grey)).userInfo).toEqual(
      expect.objectContaining({ nickName: '微信用户', avatarUrl: GREY }),
    )
    expect((await get(grey)).userInfo).not.toHaveProperty('is_demote')

    const demoted = createWechatSimulator({
      baseLibrary: '2.9.0',
      user,
      appReleasedAt: released,
      variants: { anonymousProfile: 'is-demote' },
    })
    const info = (await get(demoted)).userInfo
    expect(info).toMatchObject({ is_demote: true })
    // Only the flag tells: the picture is not the known grey one.
    expect(info.avatarUrl).not.toBe(GREY)
    expect(demoted.simulateGetUserInfoButton().userInfo).toMatchObject({ is_demote: true })
    // getUserProfile from 2.27.1 plays the same variant.
    demoted.setBaseLibrary('2.27.1')
    expect(await profile(demoted, '会员资料')).toMatchObject({ userInfo: { is_demote: true } })
    // The real profile never carries the flag.
    demoted.setBaseLibrary('2.20.0')
    expect(await profile(demoted, '会员资料')).not.toHaveProperty('userInfo.is_demote')
  })

  it('lets a browser demo choose what the temporary avatar path is', () => {
    const sim = createWechatSimulator({ chosenAvatarPath: (n) => `data:image/png;base64,${n}` })
    expect(sim.simulateChooseAvatar()?.avatarUrl).toBe('data:image/png;base64,1')
    expect(sim.simulateChooseAvatar()?.avatarUrl).toBe('data:image/png;base64,2')
  })
})

describe('base library, feature checks and launch', () => {
  it.each([
    [
      '2.14.9',
      { getChannelsLiveInfo: false, getChannelsLiveNoticeInfo: false, getAppBaseInfo: false },
    ],
    [
      '2.15.0',
      { getChannelsLiveInfo: true, getChannelsLiveNoticeInfo: false, getAppBaseInfo: false },
    ],
    [
      '2.19.0',
      { getChannelsLiveInfo: true, getChannelsLiveNoticeInfo: true, getAppBaseInfo: false },
    ],
    [
      '2.20.1',
      { getChannelsLiveInfo: true, getChannelsLiveNoticeInfo: true, getAppBaseInfo: true },
    ],
  ])('at %s the APIs exist exactly from their minimum', (baseLibrary, present) => {
    const sim = createWechatSimulator({ baseLibrary })
    for (const [api, exists] of Object.entries(present)) {
      expect(typeof sim[api as keyof WechatSimulator] === 'function').toBe(exists)
      if (api !== 'getAppBaseInfo') expect(sim.canIUse?.(api)).toBe(exists)
    }
    expect(sim.getSystemInfoSync?.().SDKVersion).toBe(baseLibrary)
  })

  it('answers canIUse for the profile components and unknown schemas', () => {
    const sim = createWechatSimulator({ baseLibrary: '2.21.2' })
    expect(sim.canIUse?.('button.open-type.chooseAvatar')).toBe(true)
    expect(sim.canIUse?.('input.type.nickname')).toBe(true)
    sim.setBaseLibrary('2.21.1')
    expect(sim.canIUse?.('button.open-type.chooseAvatar')).toBe(false)
    expect(sim.canIUse?.('no.such.thing')).toBe(false)
  })

  it('reports the launch scene and apiCategory', () => {
    const sim = createWechatSimulator({ scene: 1177, apiCategory: 'nativeFunctionalized' })
    expect(sim.getEnterOptionsSync?.()).toMatchObject({
      scene: 1177,
      apiCategory: 'nativeFunctionalized',
    })
    sim.setScene(1001, 'default')
    expect(sim.getEnterOptionsSync?.()).toMatchObject({ scene: 1001, apiCategory: 'default' })
  })

  it('stores values as WeChat does: copies, "" for a missing key, a quota error when full', () => {
    const sim = createWechatSimulator()
    expect(sim.getStorageSync?.('k')).toBe('')
    const value = { a: [1, 2] }
    sim.setStorageSync?.('k', value)
    value.a.push(3)
    expect(sim.getStorageSync?.('k')).toEqual({ a: [1, 2] })
    sim.storage.failWrites(true)
    expect(() => sim.setStorageSync?.('k', 1)).toThrow(/exceed storage/)
    sim.removeStorageSync?.('k')
    expect(sim.storage.dump()).toEqual({})
  })
})

describe('the simulated clock', () => {
  it('fires timers in order, each at its own instant, and cancels cleared ones', () => {
    const clock = createSimClock({ now: 1_000, mode: 'manual' })
    const seen: Array<[string, number]> = []
    clock.setTimeout(() => seen.push(['b', clock.now()]), 200)
    clock.setTimeout(() => seen.push(['a', clock.now()]), 100)
    const cancelled = clock.setTimeout(() => seen.push(['x', clock.now()]), 150)
    clock.setTimeout(() => seen.push(['b2', clock.now()]), 200)
    clock.clearTimeout(cancelled)
    clock.advance(199)
    expect(seen).toEqual([['a', 1_100]])
    clock.advance(1)
    expect(seen).toEqual([
      ['a', 1_100],
      ['b', 1_200],
      ['b2', 1_200],
    ])
    expect(clock.now()).toBe(1_200)
    expect(clock.pending).toBe(0)
  })

  it('follows the wall clock in realtime mode, and can still jump', () => {
    vi.useFakeTimers({ now: 50_000 })
    try {
      const clock = createSimClock({ now: 1_000, mode: 'realtime' })
      const fired = vi.fn()
      clock.setTimeout(fired, 500)
      vi.advanceTimersByTime(499)
      expect(fired).not.toHaveBeenCalled()
      vi.advanceTimersByTime(1)
      expect(fired).toHaveBeenCalledTimes(1)
      expect(clock.now()).toBe(1_500)
      clock.advance(60_000)
      expect(clock.now()).toBe(61_500)
      clock.dispose()
    } finally {
      vi.useRealTimers()
    }
  })
})
