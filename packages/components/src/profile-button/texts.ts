import type { TextTable } from '../internal/texts'

/** Texts of {@link ProfileButton}. */
export interface ProfileButtonTexts {
  /** The getUserProfile / getUserInfo button. */
  authorize: string
  /** The avatar picker's accessible name. */
  chooseAvatar: string
  /** Placeholder of the nickname input. */
  nicknamePlaceholder: string
  /** Shown after WeChat's content check cleared the nickname. */
  nicknameRejected: string
  /** Saves the chosen avatar and nickname. */
  save: string
  /** Leaves the form and keeps the cached profile. */
  cancel: string
  /** Changes a cached profile. */
  change: string
  /** Tag on WeChat's placeholder data ("微信用户", grey avatar). */
  anonymous: string
  /** Default `desc` of the getUserProfile popup (1–30 characters). */
  desc: string
}

export const PROFILE_BUTTON_TEXTS: TextTable<ProfileButtonTexts> = {
  'zh-CN': {
    authorize: '获取头像昵称',
    chooseAvatar: '选择头像',
    nicknamePlaceholder: '请输入昵称',
    nicknameRejected: '昵称未通过审核，请重新输入',
    save: '保存',
    cancel: '取消',
    change: '修改',
    anonymous: '未授权',
    desc: '用于完善会员资料',
  },
  'en-US': {
    authorize: 'Use WeChat avatar and nickname',
    chooseAvatar: 'Choose avatar',
    nicknamePlaceholder: 'Enter a nickname',
    nicknameRejected: 'That nickname was rejected, try another',
    save: 'Save',
    cancel: 'Cancel',
    change: 'Change',
    anonymous: 'Placeholder',
    desc: 'To complete your member profile',
  },
}
