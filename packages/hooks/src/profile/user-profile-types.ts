import type { LiveError, ProfileStrategy, UserProfile } from '@taro-live/core'

/** Options of {@link useUserProfile}. */
export interface UseUserProfileOptions {
  /** From 2.21.2 to 2.27.0 both work; `chooseAvatar` is used unless this says `getUserProfile`. */
  prefer?: 'chooseAvatar' | 'getUserProfile'
  /** Shown in WeChat's `getUserProfile` popup: 1–30 characters. */
  desc?: string
  /** Language of `userInfo`. */
  lang?: 'en' | 'zh_CN' | 'zh_TW'
  /**
   * Uploads the temporary avatar file `chooseAvatar` gives (`wxfile://…`, valid only on this device
   * for a while) and resolves its lasting URL. Without it the temporary path is shown for this
   * session only: it is never cached (the nickname is), `onProfile` gets `temporaryAvatar: true`,
   * and a development build warns.
   */
  uploadAvatar?: (tempFilePath: string) => Promise<string>
  /**
   * A profile was obtained and cached. Only its lasting, real parts are cached: check `anonymous`
   * and `temporaryAvatar` before keeping it anywhere yourself.
   */
  onProfile?: (profile: UserProfile) => void
  /** Something failed; what the user already gave is kept. */
  onError?: (error: LiveError) => void
}

/** The avatar and nickname being entered with the `chooseAvatar` strategy. */
export interface UserProfileDraft {
  /** The chosen avatar (a temporary path until uploaded). */
  avatarUrl: string | undefined
  /** The typed nickname. */
  nickName: string
  /** WeChat's content check rejected the last nickname (and cleared it, with or without an event). */
  nicknameRejected: boolean
}

/** What {@link useUserProfile} returns. */
export interface UserProfileResult {
  /**
   * How this base library gets a profile (docs/platform.md, The user's avatar and nickname);
   * `unsupported` off WeChat.
   */
  strategy: ProfileStrategy
  /** The cached profile: show it instead of asking again. */
  profile: UserProfile | undefined
  /** The `chooseAvatar` form's state. */
  draft: UserProfileDraft
  /** A popup or an upload is under way. */
  busy: boolean
  /** The buttons must carry WeChat's `open-type` (a weapp build); elsewhere taps are answered by the host. */
  nativeOpenType: boolean
  /** `getUserProfile`: call first thing in the tap (it needs the gesture). */
  requestProfile: () => void
  /** `onClick` of the `chooseAvatar` button (answers on emulated hosts; WeChat's own button fires `chooseAvatar`). */
  tapChooseAvatar: () => void
  /** The `chooseAvatar` button's event detail (`{ avatarUrl }`). */
  chooseAvatar: (detail: unknown) => void
  /** The nickname input's value. */
  setNickname: (value: string) => void
  /**
   * `onBlur` of the nickname input, with the input's value then: what WeChat left there (`''` when
   * its check rejected the nickname, which before 2.29.1 fires no event). Emulated hosts review here.
   */
  blurNickname: (value: string) => void
  /** The nickname input's `nicknamereview` event detail (`{ pass, timeout }`). */
  reviewNickname: (detail: unknown) => void
  /** `onClick` of the `getUserInfo` button (answers on emulated hosts). */
  tapGetUserInfo: () => void
  /** The `getUserInfo` button's event detail. */
  receiveUserInfo: (detail: unknown) => void
  /**
   * `chooseAvatar`: uploads the avatar (if a hook is set) and caches the form as the profile, as it
   * is once the upload is done (a nickname typed meanwhile is the one saved).
   */
  save: () => Promise<void>
  /** Forgets the cached profile. */
  clear: () => void
}
