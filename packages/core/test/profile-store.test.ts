import { checkProfileDesc, createWxPlatform, type LiveError } from '@taro-live/core'
import {
  createProfileStore,
  type EmulatedWx,
  nativeEmulatorOf,
  toUserProfile,
} from '@taro-live/core/internal'
import { createWechatSimulator } from '@taro-live/simulator'
import { describe, expect, it } from 'vitest'

const KEY = 'taro-live:profile'
const GREY =
  'https://thirdwx.qlogo.cn/mmopen/vi_32/POgEwh4mIHO4nibH0KlMECNjjGxQUq24ZEaGT4poC6icRiccVGKSyXwibcPq4BWmiaIGuG1icwxaQX6grC9VemZoJ8rg/132'

function setup() {
  const sim = createWechatSimulator()
  const platform = createWxPlatform(sim, { clock: sim.clock })
  const errors: LiveError[] = []
  const store = createProfileStore(platform.storage, KEY, (e) => errors.push(e))
  return { sim, platform, store, errors }
}

describe('toUserProfile', () => {
  it('marks WeChat placeholder data as anonymous', () => {
    expect(toUserProfile({ nickName: '微信用户', avatarUrl: GREY }, 'getUserProfile')).toEqual({
      nickName: '微信用户',
      avatarUrl: GREY,
      strategy: 'getUserProfile',
      anonymous: { nickname: true, avatar: true },
      temporaryAvatar: false,
    })
    expect(
      toUserProfile({ nickName: '小橙', avatarUrl: 'https://cdn/a.png' }, 'chooseAvatar')
        ?.anonymous,
    ).toEqual({ nickname: false, avatar: false })
  })

  it('marks a profile flagged is_demote as anonymous, whatever it looks like (docs/platform.md)', () => {
    const demoted = { nickName: '小橙', avatarUrl: 'https://cdn/a.png', is_demote: true }
    expect(toUserProfile(demoted, 'getUserInfo')?.anonymous).toEqual({
      nickname: true,
      avatar: true,
    })
  })

  it.each([
    ['wxfile://tmp_0001.jpg', true],
    ['http://tmp/touristappid.o6zAJs.jpg', true],
    ['https://tmp/x.jpg', true],
    ['https://cdn.example.invalid/tmp/a.png', false],
    ['https://thirdwx.qlogo.cn/mmopen/vi_32/x/132', false],
  ])('knows a temporary chooseAvatar path: %s → %s', (avatarUrl, temporary) => {
    expect(toUserProfile({ nickName: '小橙', avatarUrl }, 'chooseAvatar')?.temporaryAvatar).toBe(
      temporary,
    )
  })

  it.each([
    [{ nickName: 1, avatarUrl: 'x' }, 'chooseAvatar'],
    [{ nickName: 'a' }, 'chooseAvatar'],
    [{ nickName: 'a', avatarUrl: 'x' }, 'unsupported'],
    [{ nickName: 'a', avatarUrl: 'x' }, 7],
  ])('refuses malformed data %j / %j', (value, strategy) => {
    expect(toUserProfile(value, strategy)).toBeUndefined()
  })
})

describe('createProfileStore', () => {
  it('persists a profile, so a new store (a restart) still has it', () => {
    const { platform, store, sim } = setup()
    expect(store.get()).toBeUndefined()
    let changes = 0
    store.subscribe(() => changes++)
    const profile = toUserProfile(
      { nickName: '小橙', avatarUrl: 'https://cdn/a.png' },
      'chooseAvatar',
    )!
    store.set(profile)
    expect(changes).toBe(1)
    expect(sim.storage.dump()[KEY]).toMatchObject({ v: 1, nickName: '小橙' })
    const again = createProfileStore(platform.storage, KEY, () => {})
    expect(again.get()).toEqual(profile)
    store.clear()
    expect(store.get()).toBeUndefined()
    expect(sim.storage.dump()[KEY]).toBeUndefined()
  })

  it.each([
    ['the grey avatar + 微信用户', { nickName: '微信用户', avatarUrl: GREY }],
    [
      'is_demote: true',
      {
        nickName: '微信用户',
        avatarUrl: 'https://thirdwx.qlogo.cn/mmopen/vi_32/d/132',
        is_demote: true,
      },
    ],
  ])('never persists an anonymous profile (%s): kept for the session only', (_name, info) => {
    const { platform, store, sim } = setup()
    const real = toUserProfile({ nickName: '小橙', avatarUrl: 'https://cdn/a.png' }, 'getUserInfo')!
    store.set(real)
    const anonymous = toUserProfile(info, 'getUserInfo')!
    store.set(anonymous)
    expect(store.get()).toEqual(anonymous)
    // Nothing of it is stored, and the earlier profile is not left there to come back either.
    expect(sim.storage.dump()[KEY]).toBeUndefined()
    expect(createProfileStore(platform.storage, KEY, () => {}).get()).toBeUndefined()
  })

  it('persists the nickname but never a temporary avatar path (it breaks on the next launch)', () => {
    const { platform, store, sim } = setup()
    const profile = toUserProfile(
      { nickName: '小橙', avatarUrl: 'wxfile://tmp_1.jpg' },
      'chooseAvatar',
    )!
    store.set(profile)
    expect(store.get()).toEqual(profile)
    expect(JSON.stringify(sim.storage.dump())).not.toContain('wxfile://')
    expect(createProfileStore(platform.storage, KEY, () => {}).get()).toMatchObject({
      nickName: '小橙',
      avatarUrl: '',
      temporaryAvatar: false,
      anonymous: { nickname: false, avatar: true },
    })
  })

  it('reads corrupt storage as "no profile"', () => {
    const { sim, store } = setup()
    sim.storage.put(KEY, { v: 1, nickName: 3, avatarUrl: 'x', strategy: 'chooseAvatar' })
    expect(store.get()).toBeUndefined()
    const other = setup()
    other.sim.storage.put(KEY, 'garbage')
    expect(other.store.get()).toBeUndefined()
  })

  it('keeps the profile for the session when the write fails, and reports it', () => {
    const { sim, store, errors } = setup()
    sim.storage.failWrites(true)
    const profile = toUserProfile(
      { nickName: '小橙', avatarUrl: 'wxfile://tmp_1.jpg' },
      'chooseAvatar',
    )!
    store.set(profile)
    expect(store.get()).toEqual(profile)
    expect(errors.map((e) => e.code)).toEqual(['storage-failure'])
  })

  it('reports a storage that cannot be read', () => {
    const errors: LiveError[] = []
    const store = createProfileStore(
      {
        get: () => {
          throw new Error('io')
        },
        set: () => {},
        remove: () => {},
      },
      KEY,
      (e) => errors.push(e),
    )
    expect(store.get()).toBeUndefined()
    expect(errors[0]?.code).toBe('storage-failure')
  })
})

describe('checkProfileDesc', () => {
  it.each([
    ['用于完善会员资料', true],
    ['a'.repeat(30), true],
    ['会'.repeat(30), true],
    ['会'.repeat(31), false],
    ['a'.repeat(31), false],
    // 15 emoji are 30 UTF-16 units; 16 are 32.
    ['😀'.repeat(15), true],
    ['😀'.repeat(16), false],
    ['', false],
    ['   ', false],
    [undefined, false],
  ])('%j usable: %s', (desc, ok) => {
    const error = checkProfileDesc(desc)
    expect(error === null).toBe(ok)
    if (error) expect(error.code).toBe('invalid-argument')
  })
})

describe('native component emulator', () => {
  it('is present over the simulator and absent over a plain wx', () => {
    const { platform, sim } = setup()
    const emulator = nativeEmulatorOf(platform)
    expect(emulator?.chooseAvatar()).toMatchObject({
      avatarUrl: expect.stringMatching(/^wxfile:\/\//),
    })
    sim.setContentCheck({ rejectNicknames: ['坏名字'] })
    expect(emulator?.nicknameReview('坏名字')).toEqual({ pass: false, timeout: false })
    expect(emulator?.getUserInfoButton().errMsg).toBe('getUserInfo:ok')
    expect(nativeEmulatorOf(createWxPlatform({}))).toBeUndefined()
  })

  it('survives a spread of the platform (stories and tests wrap platforms that way)', () => {
    const { platform } = setup()
    expect(nativeEmulatorOf({ ...platform })).toBeDefined()
  })

  it('stays out of the public types: no emulator member on Platform, no simulate* on WxLike', () => {
    const { platform, sim } = setup()
    // The simulator fits core's internal EmulatedWx (checked by the compiler, not at run time).
    const emulated: EmulatedWx = sim
    expect(Object.keys(platform)).not.toContain('emulator')
    // @ts-expect-error: the seam is not part of Platform
    expect(platform.emulator).toBeUndefined()
    expect(emulated).toBe(sim)
  })
})
