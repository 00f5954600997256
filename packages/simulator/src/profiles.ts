import type { WxUserInfo } from '@taro-live/core'

import { type Answer, type Handler, ok } from './answer'
import { SIM_PICTURES } from './pictures'
import type { PopupChoices } from './popup-choices'
import type { SimContext } from './sim-context'
import type { WechatSimulator } from './wechat-simulator'
import {
  CONTENT_CHECK_FROM,
  MIN_BASE_LIBRARY,
  NICKNAME_REVIEW_EVENT_FROM,
  PROFILE_ANONYMOUS_FROM,
  versionAtLeast,
} from './wechat-versions'

/**
 * The user's avatar and nickname as WeChat hands them out: `getUserProfile` / `getUserInfo`, their
 * anonymous forms, and the native components' stand-ins (`chooseAvatar`, the nickname input's
 * review and blur, the `getUserInfo` button) with the content check behind them.
 */

const GREY_AVATAR =
  'https://thirdwx.qlogo.cn/mmopen/vi_32/POgEwh4mIHO4nibH0KlMECNjjGxQUq24ZEaGT4poC6icRiccVGKSyXwibcPq4BWmiaIGuG1icwxaQX6grC9VemZoJ8rg/132'
const ANONYMOUS_NAME = '微信用户'
/**
 * The picture of `is_demote` user info in the simulator: not the known grey one (docs/platform.md,
 * Undocumented behaviour).
 */
const DEMOTED_AVATAR = 'https://thirdwx.qlogo.cn/mmopen/vi_32/sim-demoted-default/132'
const GETUSERINFO_CUTOFF = Date.UTC(2021, 3, 28, 16) // 2021-04-29 00:00 in China (UTC+8)

/** The profile APIs' handlers, and the simulator's members that play WeChat's profile components. */
export interface Profiles
  extends Pick<
    WechatSimulator,
    | 'simulateChooseAvatar'
    | 'simulateNicknameReview'
    | 'simulateNicknameBlur'
    | 'simulateGetUserInfoButton'
    | 'setContentCheck'
  > {
  getUserProfile: Handler
  getUserInfo: Handler
}

export function createProfiles(ctx: SimContext, choices: PopupChoices): Profiles {
  const user = ctx.options.user ?? {
    nickName: '小橙',
    avatarUrl: SIM_PICTURES.userAvatar,
  }
  let avatarSeq = 0
  let rejectAvatar = false
  let rejectNicknames = new Set<string>()

  function userInfo(anonymous: boolean): WxUserInfo & { is_demote?: true } {
    // Since 2023-09 no gender or region is returned (docs/platform.md, The user's avatar and nickname).
    const info = {
      nickName: anonymous ? ANONYMOUS_NAME : user.nickName,
      avatarUrl: anonymous ? GREY_AVATAR : user.avatarUrl,
      gender: 0,
      country: '',
      province: '',
      city: '',
      language: '',
    }
    // Anonymous data is seen two ways (docs/platform.md, Undocumented behaviour): the grey avatar,
    // or only `is_demote: true`.
    if (!anonymous || ctx.variants.anonymousProfile === 'grey-avatar') return info
    return { ...info, avatarUrl: DEMOTED_AVATAR, is_demote: true }
  }

  /** A `getUserProfile` / `getUserInfo` success. */
  function profileAnswer(anonymous: boolean): Answer {
    const info = userInfo(anonymous)
    return ok({
      userInfo: info,
      rawData: JSON.stringify(info),
      signature: 'sim',
      encryptedData: 'sim',
      iv: 'sim',
    })
  }

  /** Mini programs released after 2021-04-28 get anonymous `getUserInfo` data. */
  const getUserInfoAnonymous = () => ctx.appReleasedAt > GETUSERINFO_CUTOFF

  /** Content checks run from 2.24.4; below, everything passes. */
  const nicknameReview = (nickName: string) => {
    const checked = versionAtLeast(ctx.baseLibrary, CONTENT_CHECK_FROM)
    return { pass: !checked || !rejectNicknames.has(nickName), timeout: false }
  }

  return {
    getUserProfile(params, inTap) {
      const api = 'getUserProfile'
      if (!inTap) return ctx.outsideTap(api)
      const desc = params.desc
      if (typeof desc !== 'string' || desc.length === 0 || desc.length > 30) {
        return ctx.failure(api, 'desc length does not meet the requirements')
      }
      if (choices.choice('getUserProfile') === 'deny') return ctx.failure(api, 'auth deny')
      return profileAnswer(versionAtLeast(ctx.baseLibrary, PROFILE_ANONYMOUS_FROM))
    },
    getUserInfo() {
      return profileAnswer(getUserInfoAnonymous())
    },
    simulateChooseAvatar() {
      if (
        !versionAtLeast(
          ctx.baseLibrary,
          MIN_BASE_LIBRARY['button.open-type.chooseAvatar'] as string,
        )
      )
        return null
      // A rejected avatar fires no event at all (≥ 2.24.4).
      if (rejectAvatar && versionAtLeast(ctx.baseLibrary, CONTENT_CHECK_FROM)) return null
      avatarSeq += 1
      return {
        avatarUrl:
          ctx.options.chosenAvatarPath?.(avatarSeq) ??
          `wxfile://tmp_${avatarSeq.toString(16).padStart(8, '0')}.jpg`,
      }
    },
    simulateNicknameReview: nicknameReview,
    simulateNicknameBlur(nickName) {
      const review = nicknameReview(nickName)
      return {
        value: review.pass ? nickName : '',
        // Before 2.29.1 a rejected nickname is only cleared, with no event.
        review: versionAtLeast(ctx.baseLibrary, NICKNAME_REVIEW_EVENT_FROM) ? review : null,
      }
    },
    simulateGetUserInfoButton() {
      if (choices.choice('getUserInfo') === 'deny') return { errMsg: 'getUserInfo:fail auth deny' }
      return { errMsg: 'getUserInfo:ok', userInfo: userInfo(getUserInfoAnonymous()) }
    },
    setContentCheck(opts) {
      if (opts.rejectAvatar !== undefined) rejectAvatar = opts.rejectAvatar
      if (opts.rejectNicknames) rejectNicknames = new Set(opts.rejectNicknames)
    },
  }
}
