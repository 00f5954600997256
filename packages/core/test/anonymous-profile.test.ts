import { ANONYMOUS_NICKNAME, profileAnonymity } from '@taro-live/core'
import { describe, expect, it } from 'vitest'

const GREY_AVATAR =
  'https://thirdwx.qlogo.cn/mmopen/vi_32/POgEwh4mIHO4nibH0KlMECNjjGxQUq24ZEaGT4poC6icRiccVGKSyXwibcPq4BWmiaIGuG1icwxaQX6grC9VemZoJ8rg/132'
const REAL_AVATAR =
  'https://thirdwx.qlogo.cn/mmopen/vi_32/Q0j4TwGTfTLxYzV9cZ1ic3ZQia8vA6xRSgicBK3gYbib9h2Q/132'

describe('profileAnonymity', () => {
  it('knows the placeholder nickname', () => {
    expect(ANONYMOUS_NICKNAME).toBe('微信用户')
  })

  it.each<{
    name: string
    profile: { nickName?: unknown; avatarUrl?: unknown; is_demote?: unknown }
    nickname: boolean
    avatar: boolean
  }>([
    {
      name: '微信用户 + grey avatar',
      profile: { nickName: '微信用户', avatarUrl: GREY_AVATAR },
      nickname: true,
      avatar: true,
    },
    {
      name: 'a real nickname and avatar',
      profile: { nickName: 'Alice', avatarUrl: REAL_AVATAR },
      nickname: false,
      avatar: false,
    },
    {
      name: 'a real nickname with the grey avatar',
      profile: { nickName: '小明', avatarUrl: GREY_AVATAR },
      nickname: false,
      avatar: true,
    },
    {
      name: 'the placeholder nickname with a real avatar',
      profile: { nickName: ' 微信用户 ', avatarUrl: 'wxfile://tmp_avatar.png' },
      nickname: true,
      avatar: false,
    },
    { name: 'nothing', profile: {}, nickname: true, avatar: true },
    {
      name: 'wrong types',
      profile: { nickName: 5, avatarUrl: null },
      nickname: true,
      avatar: true,
    },
    {
      // docs/platform.md, Undocumented behaviour, the is_demote variant: only the flag says the data
      // is WeChat's, not the user's.
      name: 'is_demote: true with a real-looking nickname and avatar',
      profile: { nickName: '小橙', avatarUrl: REAL_AVATAR, is_demote: true },
      nickname: true,
      avatar: true,
    },
    {
      name: 'is_demote other than true changes nothing',
      profile: { nickName: '小橙', avatarUrl: REAL_AVATAR, is_demote: 'true' },
      nickname: false,
      avatar: false,
    },
    {
      name: 'a blank nickname',
      profile: { nickName: '   ', avatarUrl: '' },
      nickname: true,
      avatar: true,
    },
  ])('$name', ({ profile, nickname, avatar }) => {
    expect(profileAnonymity(profile)).toStrictEqual({ nickname, avatar })
  })
})
