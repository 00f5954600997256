import { type ProfileStrategy, selectProfileStrategy } from '@taro-live/core'
import { PROFILE_VERSIONS } from '@taro-live/core/internal'
import { describe, expect, it } from 'vitest'

describe('selectProfileStrategy: by version only', () => {
  it('uses the documented thresholds', () => {
    expect(PROFILE_VERSIONS).toStrictEqual({
      getUserProfile: '2.10.4',
      chooseAvatar: '2.21.2',
      getUserProfileAnonymous: '2.27.1',
    })
  })

  it.each<{ version: string; plain: ProfileStrategy; preferGetUserProfile: ProfileStrategy }>([
    { version: '2.0.0', plain: 'getUserInfo', preferGetUserProfile: 'getUserInfo' },
    { version: '2.10.3', plain: 'getUserInfo', preferGetUserProfile: 'getUserInfo' },
    { version: '2.10.4', plain: 'getUserProfile', preferGetUserProfile: 'getUserProfile' },
    { version: '2.21.1', plain: 'getUserProfile', preferGetUserProfile: 'getUserProfile' },
    { version: '2.21.2', plain: 'chooseAvatar', preferGetUserProfile: 'getUserProfile' },
    { version: '2.27.0', plain: 'chooseAvatar', preferGetUserProfile: 'getUserProfile' },
    { version: '2.27.1', plain: 'chooseAvatar', preferGetUserProfile: 'chooseAvatar' },
    { version: '3.5.0', plain: 'chooseAvatar', preferGetUserProfile: 'chooseAvatar' },
    { version: '', plain: 'unsupported', preferGetUserProfile: 'unsupported' },
    { version: '  ', plain: 'unsupported', preferGetUserProfile: 'unsupported' },
  ])('$version -> $plain (prefer getUserProfile: $preferGetUserProfile)', (row) => {
    expect(selectProfileStrategy({ sdkVersion: row.version })).toBe(row.plain)
    expect(selectProfileStrategy({ sdkVersion: row.version, prefer: 'chooseAvatar' })).toBe(
      row.plain,
    )
    expect(selectProfileStrategy({ sdkVersion: row.version, prefer: 'getUserProfile' })).toBe(
      row.preferGetUserProfile,
    )
  })

  it('a non-string sdkVersion counts as unknown', () => {
    const env = { sdkVersion: undefined as unknown as string }
    expect(selectProfileStrategy(env)).toBe('unsupported')
  })
})

describe('selectProfileStrategy: feature checks win over the version', () => {
  const only =
    (...schemas: string[]) =>
    (schema: string): boolean =>
      schemas.includes(schema)

  it('canIUse false for everything on 2.30.0 -> unsupported', () => {
    expect(selectProfileStrategy({ sdkVersion: '2.30.0', canIUse: () => false })).toBe(
      'unsupported',
    )
  })

  it("version '' but canIUse chooseAvatar -> chooseAvatar", () => {
    const canIUse = only('button.open-type.chooseAvatar')
    expect(selectProfileStrategy({ sdkVersion: '', canIUse })).toBe('chooseAvatar')
  })

  it("version '' but canIUse getUserProfile -> getUserProfile", () => {
    expect(selectProfileStrategy({ sdkVersion: '', canIUse: only('getUserProfile') })).toBe(
      'getUserProfile',
    )
  })

  it("version '' but canIUse getUserInfo -> getUserInfo", () => {
    const canIUse = only('button.open-type.getUserInfo')
    expect(selectProfileStrategy({ sdkVersion: '', canIUse })).toBe('getUserInfo')
  })

  it('an old version with chooseAvatar available still picks chooseAvatar', () => {
    const canIUse = only('button.open-type.chooseAvatar', 'getUserProfile')
    expect(selectProfileStrategy({ sdkVersion: '2.10.4', canIUse })).toBe('chooseAvatar')
    expect(selectProfileStrategy({ sdkVersion: '2.10.4', canIUse, prefer: 'getUserProfile' })).toBe(
      'getUserProfile',
    )
  })

  it('getUserProfile is never chosen from 2.27.1 even when canIUse says it exists', () => {
    const canIUse = only('getUserProfile', 'button.open-type.getUserInfo')
    expect(selectProfileStrategy({ sdkVersion: '2.27.1', canIUse })).toBe('getUserInfo')
    const all = (): boolean => true
    expect(
      selectProfileStrategy({ sdkVersion: '2.27.1', canIUse: all, prefer: 'getUserProfile' }),
    ).toBe('chooseAvatar')
  })

  it('only a literal true counts as supported', () => {
    const truthy = (() => 1) as unknown as (schema: string) => boolean
    expect(selectProfileStrategy({ sdkVersion: '', canIUse: truthy })).toBe('unsupported')
  })

  it.each<{ version: string; expected: ProfileStrategy }>([
    { version: '2.10.3', expected: 'getUserInfo' },
    { version: '2.10.4', expected: 'getUserProfile' },
    { version: '2.27.1', expected: 'chooseAvatar' },
    { version: '', expected: 'unsupported' },
  ])(
    'a throwing canIUse falls back to the version ($version -> $expected)',
    ({ version, expected }) => {
      const canIUse = (): boolean => {
        throw new Error('canIUse broke')
      }
      expect(selectProfileStrategy({ sdkVersion: version, canIUse })).toBe(expected)
    },
  )

  it('is unsupported off WeChat, whatever the version says', () => {
    expect(selectProfileStrategy({ env: 'h5', sdkVersion: '3.7.0' })).toBe('unsupported')
    expect(selectProfileStrategy({ env: 'alipay', sdkVersion: '3.7.0', canIUse: () => true })).toBe(
      'unsupported',
    )
    expect(selectProfileStrategy({ env: 'weapp', sdkVersion: '3.7.0' })).toBe('chooseAvatar')
  })
})

describe('selectProfileStrategy: getUserProfile by existence first (WeChat: `if (wx.getUserProfile)`)', () => {
  const only =
    (...schemas: string[]) =>
    (schema: string): boolean =>
      schemas.includes(schema)

  it('a missing wx.getUserProfile wins over canIUse and the version', () => {
    const canIUse = only('getUserProfile', 'button.open-type.getUserInfo')
    expect(
      selectProfileStrategy({ sdkVersion: '2.20.0', canIUse, getUserProfileExists: false }),
    ).toBe('getUserInfo')
    expect(selectProfileStrategy({ sdkVersion: '2.20.0', getUserProfileExists: false })).toBe(
      'getUserInfo',
    )
  })

  it('an existing wx.getUserProfile wins over canIUse and an older version', () => {
    expect(selectProfileStrategy({ sdkVersion: '2.9.0', getUserProfileExists: true })).toBe(
      'getUserProfile',
    )
    const canIUse = only('button.open-type.getUserInfo')
    expect(
      selectProfileStrategy({ sdkVersion: '2.20.0', canIUse, getUserProfileExists: true }),
    ).toBe('getUserProfile')
  })

  it('existence does not bring back getUserProfile from 2.27.1 (it answers only "微信用户")', () => {
    expect(selectProfileStrategy({ sdkVersion: '2.27.1', getUserProfileExists: true })).toBe(
      'chooseAvatar',
    )
  })

  it('unknown existence falls back to canIUse, then the version', () => {
    const canIUse = only('button.open-type.getUserInfo')
    expect(selectProfileStrategy({ sdkVersion: '2.20.0', canIUse })).toBe('getUserInfo')
    expect(selectProfileStrategy({ sdkVersion: '2.20.0' })).toBe('getUserProfile')
  })
})
