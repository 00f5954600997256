/** The nickname WeChat hands out instead of the real one (getUserProfile ≥ 2.27.1, late getUserInfo). */
export const ANONYMOUS_NICKNAME = '微信用户'

/** Path fragment of WeChat's grey default avatar (`https://thirdwx.qlogo.cn/mmopen/vi_32/<this>/132`). */
const GREY_AVATAR_FRAGMENT =
  'POgEwh4mIHO4nibH0KlMECNjjGxQUq24ZEaGT4poC6icRiccVGKSyXwibcPq4BWmiaIGuG1icwxaQX6grC9VemZoJ8rg'

/** What of a profile is WeChat's placeholder rather than the user's. */
export interface ProfileAnonymity {
  /** The nickname is "微信用户" (or the user info is flagged `is_demote`). */
  nickname: boolean
  /** The avatar is WeChat's grey default, missing, or the user info is flagged `is_demote`. */
  avatar: boolean
}

/** Tells placeholder profile data from real data, so it is never passed off as the user's. */
export function profileAnonymity(profile: {
  nickName?: unknown
  avatarUrl?: unknown
  is_demote?: unknown
}): ProfileAnonymity {
  // docs/platform.md, Undocumented behaviour: captures also show anonymous user info marked only by
  // `is_demote: true`, with a default avatar other than the known grey one; the flag alone makes
  // all of it a placeholder.
  if (profile.is_demote === true) return { nickname: true, avatar: true }
  const nickName = typeof profile.nickName === 'string' ? profile.nickName.trim() : ''
  const avatarUrl = typeof profile.avatarUrl === 'string' ? profile.avatarUrl : ''
  return {
    nickname: nickName === '' || nickName === ANONYMOUS_NICKNAME,
    avatar: avatarUrl === '' || avatarUrl.includes(GREY_AVATAR_FRAGMENT),
  }
}
