import { type ChannelsApi, createWxPlatform, type WxLike } from '@taro-live/core'
import { API_MIN_VERSIONS } from '@taro-live/core/internal'
import { createWechatSimulator } from '@taro-live/simulator'
import { describe, expect, it, vi } from 'vitest'

describe('createWxPlatform', () => {
  it('reads the base library from getAppBaseInfo, else getSystemInfoSync, else ""', () => {
    expect(
      createWxPlatform({ getAppBaseInfo: () => ({ SDKVersion: '3.1.0' }) }).baseLibraryVersion(),
    ).toBe('3.1.0')
    const throwing: WxLike = {
      getAppBaseInfo: () => {
        throw new Error('getAppBaseInfo is not a function')
      },
      getSystemInfoSync: () => ({ SDKVersion: '2.19.0' }),
    }
    expect(createWxPlatform(throwing).baseLibraryVersion()).toBe('2.19.0')
    // Below 2.20.1 the simulator has no getAppBaseInfo at all.
    expect(
      createWxPlatform(createWechatSimulator({ baseLibrary: '2.16.0' })).baseLibraryVersion(),
    ).toBe('2.16.0')
    expect(createWxPlatform({}).baseLibraryVersion()).toBe('')
  })

  it('reads the base library once, however often the APIs are checked', () => {
    const getAppBaseInfo = vi.fn(() => ({ SDKVersion: '2.18.0' }))
    const platform = createWxPlatform({ getAppBaseInfo, getChannelsLiveInfo: () => {} })
    for (let i = 0; i < 50; i++) platform.check('getChannelsLiveInfo')
    expect(platform.check('getChannelsLiveNoticeInfo')?.code).toBe('api-missing')
    expect(platform.baseLibraryVersion()).toBe('2.18.0')
    expect(getAppBaseInfo).toHaveBeenCalledTimes(1)
  })

  it('checks the target, the function and its base library before calling', () => {
    const sim = createWechatSimulator({ baseLibrary: '2.18.0' })
    expect(createWxPlatform(sim, { env: 'h5' }).check('getChannelsLiveInfo')?.code).toBe(
      'unsupported-platform',
    )
    expect(createWxPlatform(sim, { env: 'alipay' }).check('getUserProfile')).toBeNull()
    expect(createWxPlatform(sim).check('getChannelsLiveNoticeInfo')?.code).toBe('api-missing')
    expect(createWxPlatform(sim).check('getChannelsLiveInfo')).toBeNull()
    // A function that exists although the version says it should not (a polyfill) is still refused.
    const polyfilled = {
      ...sim,
      getAppBaseInfo: () => ({ SDKVersion: '2.18.0' }),
      getChannelsLiveNoticeInfo: vi.fn(),
    }
    expect(createWxPlatform(polyfilled).check('getChannelsLiveNoticeInfo')?.code).toBe(
      'api-missing',
    )
  })

  it('turns a thrown error and a stub "success" into typed errors', async () => {
    const wx: WxLike = {
      getChannelsLiveInfo: () => {
        throw new TypeError('wx.getChannelsLiveInfo is not a function')
      },
      getChannelsLiveNoticeInfo: (option) =>
        option.success?.({ errMsg: '暂时不支持 API getChannelsLiveNoticeInfo' } as never),
    }
    const platform = createWxPlatform(wx)
    await expect(platform.getChannelsLiveInfo({ finderUserName: 'sph' })).rejects.toMatchObject({
      code: 'api-missing',
    })
    await expect(
      platform.getChannelsLiveNoticeInfo({ finderUserName: 'sph' }),
    ).rejects.toMatchObject({
      code: 'unsupported-platform',
    })
  })

  it('swallows the rejected promise of promise-style wrappers (the callbacks carry the outcome)', async () => {
    const wx: WxLike = {
      getChannelsLiveInfo: (option) => {
        const failure = { errMsg: 'getChannelsLiveInfo:fail', err_code: 100008 }
        option.fail?.(failure)
        return Promise.reject(failure)
      },
    }
    // Vitest fails the run on an unhandled rejection, so this also proves none escapes.
    await expect(
      createWxPlatform(wx).getChannelsLiveInfo({ finderUserName: 'sph' }),
    ).rejects.toMatchObject({
      code: 'subject-mismatch-or-unverified',
      errCode: 100008,
    })
    await new Promise((resolve) => setTimeout(resolve, 0))
  })

  it('calls getUserProfile synchronously, so it works inside a tap', async () => {
    const sim = createWechatSimulator({
      baseLibrary: '2.20.0',
      user: { nickName: '小橙', avatarUrl: 'https://example.invalid/a.png' },
    })
    const platform = createWxPlatform(sim, { clock: sim.clock })
    const result = await sim.tap(() => platform.getUserProfile({ desc: '完善会员资料' }))
    expect(result.userInfo.nickName).toBe('小橙')
    await expect(platform.getUserProfile({ desc: '完善会员资料' })).rejects.toMatchObject({
      code: 'gesture-required',
    })
  })

  it('maps storage: "" is absent, writes go through, a missing setter is a storage failure', () => {
    const sim = createWechatSimulator()
    const platform = createWxPlatform(sim)
    expect(platform.storage.get('k')).toBeUndefined()
    platform.storage.set('k', { a: 1 })
    expect(platform.storage.get('k')).toEqual({ a: 1 })
    platform.storage.remove('k')
    expect(platform.storage.get('k')).toBeUndefined()
    expect(() => createWxPlatform({}).storage.set('k', 1)).toThrow(
      expect.objectContaining({ code: 'storage-failure' }),
    )
  })

  it('answers canIUse and enterOptions without throwing', () => {
    const platform = createWxPlatform({
      canIUse: () => {
        throw new Error('boom')
      },
      getEnterOptionsSync: () => {
        throw new Error('boom')
      },
    })
    expect(platform.canIUse('getUserProfile')).toBe(false)
    expect(platform.enterOptions()).toBeUndefined()
    const sim = createWechatSimulator({ scene: 1177 })
    expect(createWxPlatform(sim).enterOptions()?.scene).toBe(1177)
    expect(createWxPlatform(sim).canIUse('button.open-type.chooseAvatar')).toBe(true)
  })
})

describe('systemClock', () => {
  it('reads Date.now and the global timers when called', async () => {
    const { systemClock } = await import('@taro-live/core/internal')
    vi.useFakeTimers({ now: 1_000 })
    try {
      const fired = vi.fn()
      expect(systemClock.now()).toBe(1_000)
      systemClock.setTimeout(fired, 50)
      const cancelled = systemClock.setTimeout(fired, 60)
      systemClock.clearTimeout(cancelled)
      vi.advanceTimersByTime(100)
      expect(fired).toHaveBeenCalledTimes(1)
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('API_MIN_VERSIONS through the adapter and the simulator', () => {
  const below = (version: string) => {
    const parts = version.split('.').map(Number)
    const last = parts.length - 1
    if ((parts[last] ?? 0) > 0) parts[last] = (parts[last] ?? 0) - 1
    else return `${parts[0]}.${(parts[1] ?? 0) - 1}.999`
    return parts.join('.')
  }

  it.each(
    Object.entries(API_MIN_VERSIONS).filter(
      ([api]) => api !== 'getAppBaseInfo' && api !== 'getUserInfo',
    ),
  )('%s is callable from %s and refused just below', (api, minimum) => {
    const check = (baseLibrary: string) =>
      createWxPlatform(createWechatSimulator({ baseLibrary })).check(api as ChannelsApi)
    expect(check(minimum)).toBeNull()
    expect(check(below(minimum))?.code).toBe('api-missing')
  })

  it('matches the minimum versions in docs/platform.md', () => {
    expect(API_MIN_VERSIONS).toEqual({
      getChannelsLiveInfo: '2.15.0',
      openChannelsLive: '2.15.0',
      getChannelsLiveNoticeInfo: '2.19.0',
      reserveChannelsLive: '2.19.0',
      openChannelsUserProfile: '2.21.2',
      openChannelsLiveNoticeInfo: '3.13.0',
      getUserProfile: '2.10.4',
      getUserInfo: '1.0.0',
      getAppBaseInfo: '2.20.1',
    })
  })
})
