import {
  checkProfileDesc,
  chosenAvatar,
  LiveError,
  nicknameRejected,
  type ProfileStrategy,
  selectProfileStrategy,
  toLiveError,
  toUserProfile,
  type UserProfile,
  userInfoFromEvent,
} from '@taro-live/core'
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { taroEnv } from '../platform/taro-host'
import { useLiveContext } from '../runtime/live-runtime'
import { useLatest } from '../runtime/use-latest'
import { profilesOf } from './profiles-of'

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
   * for a while) and resolves its lasting URL. Without it the temporary path is kept.
   */
  uploadAvatar?: (tempFilePath: string) => Promise<string>
  /** A profile was obtained and cached. */
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
  /** WeChat's content check rejected the last nickname (and cleared it). */
  nicknameRejected: boolean
}

/** What {@link useUserProfile} returns. */
export interface UserProfileResult {
  /** How this base library gets a profile (domain doc §7); `unsupported` off WeChat. */
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
  /** `onBlur` of the nickname input (emulated hosts review the nickname here). */
  blurNickname: (value: string) => void
  /** The nickname input's `nicknamereview` event detail (`{ pass, timeout }`). */
  reviewNickname: (detail: unknown) => void
  /** `onClick` of the `getUserInfo` button (answers on emulated hosts). */
  tapGetUserInfo: () => void
  /** The `getUserInfo` button's event detail. */
  receiveUserInfo: (detail: unknown) => void
  /** `chooseAvatar`: uploads the avatar (if a hook is set) and caches the draft as the profile. */
  save: () => Promise<void>
  /** Forgets the cached profile. */
  clear: () => void
}

const EMPTY_DRAFT: UserProfileDraft = {
  avatarUrl: undefined,
  nickName: '',
  nicknameRejected: false,
}
const DEFAULT_DESC = '用于完善会员资料'

/**
 * The user's avatar and nickname with the strategy this base library needs (getUserInfo below
 * 2.10.4, getUserProfile to 2.27.0, chooseAvatar + nickname input from 2.21.2). The profile is
 * cached so the user is not asked again; WeChat's placeholder data is marked `anonymous`.
 */
export function useUserProfile(options: UseUserProfileOptions = {}): UserProfileResult {
  const { runtime } = useLiveContext()
  const { platform } = runtime
  const { store, report } = profilesOf(runtime)
  const latest = useLatest(options)
  const [draft, setDraft] = useState(EMPTY_DRAFT)
  const [busy, setBusy] = useState(false)
  // Set synchronously, so a second tap in the same tick does not start a second popup or upload.
  const pending = useRef(false)
  const begin = useCallback(() => {
    if (pending.current) return false
    pending.current = true
    setBusy(true)
    return true
  }, [])
  const end = useCallback(() => {
    pending.current = false
    setBusy(false)
  }, [])
  // Which temporary avatar the uploaded URL came from, so a retry after a failed save does not upload twice.
  const [uploaded, setUploaded] = useState<{ from: string; url: string }>()

  const prefer = options.prefer
  const strategy = useMemo<ProfileStrategy>(
    () =>
      selectProfileStrategy({
        env: platform.env,
        sdkVersion: platform.baseLibraryVersion(),
        canIUse: platform.canIUse,
        prefer,
      }),
    [platform, prefer],
  )
  const profile = useSyncExternalStore(store.subscribe, store.get, store.get)
  const nativeOpenType = taroEnv() === 'weapp'
  const emulator = nativeOpenType ? undefined : platform.emulator

  useEffect(() => report((error) => latest.current.onError?.(error)), [report, latest])

  const fail = useCallback(
    (error: unknown, api: string) => latest.current.onError?.(toLiveError(error, api)),
    [latest],
  )
  const accept = useCallback(
    (value: unknown, kind: UserProfile['strategy']) => {
      const next = toUserProfile((value ?? {}) as object, kind)
      if (!next) {
        fail(
          new LiveError('malformed-response', `${kind} gave no usable profile`, { cause: value }),
          kind,
        )
        return
      }
      store.set(next)
      latest.current.onProfile?.(next)
    },
    [store, latest, fail],
  )

  const requestProfile = useCallback(() => {
    const desc = latest.current.desc ?? DEFAULT_DESC
    const invalid = checkProfileDesc(desc)
    if (invalid) {
      fail(invalid, 'getUserProfile')
      return
    }
    if (!begin()) return
    // Called synchronously: getUserProfile only works inside the tap (domain doc §7).
    platform.getUserProfile({ desc, lang: latest.current.lang }).then(
      (result) => {
        end()
        accept(result.userInfo, 'getUserProfile')
      },
      (error: unknown) => {
        end()
        fail(error, 'getUserProfile')
      },
    )
  }, [platform, latest, accept, fail, begin, end])

  const chooseAvatar = useCallback((detail: unknown) => {
    // A rejected avatar (content check, ≥ 2.24.4) fires no event; an empty one changes nothing.
    const avatarUrl = chosenAvatar(detail)
    if (avatarUrl) setDraft((d) => ({ ...d, avatarUrl }))
  }, [])
  const setNickname = useCallback(
    (nickName: string) => setDraft((d) => ({ ...d, nickName, nicknameRejected: false })),
    [],
  )
  const reviewNickname = useCallback((detail: unknown) => {
    if (nicknameRejected(detail)) setDraft((d) => ({ ...d, nickName: '', nicknameRejected: true }))
  }, [])
  const receiveUserInfo = useCallback(
    (detail: unknown) => {
      const event = userInfoFromEvent(detail)
      if (event.failed) fail(detail, 'getUserInfo')
      else accept(event.userInfo, 'getUserInfo')
    },
    [accept, fail],
  )

  const save = useCallback(async () => {
    const { avatarUrl, nickName } = draft
    if (!avatarUrl || nickName.trim() === '') return
    const upload = latest.current.uploadAvatar
    let url = avatarUrl
    if (upload) {
      if (uploaded?.from === avatarUrl) url = uploaded.url
      else {
        if (!begin()) return
        try {
          url = await upload(avatarUrl)
        } catch (cause) {
          // The chosen avatar and nickname stay in the form: the user can save again.
          fail(
            new LiveError('platform-failure', 'Uploading the avatar failed', { cause }),
            'uploadAvatar',
          )
          return
        } finally {
          end()
        }
        if (typeof url !== 'string' || url === '') {
          fail(
            new LiveError('malformed-response', 'uploadAvatar resolved no URL', { cause: url }),
            'uploadAvatar',
          )
          return
        }
        setUploaded({ from: avatarUrl, url })
      }
    }
    accept({ nickName: nickName.trim(), avatarUrl: url }, 'chooseAvatar')
  }, [draft, uploaded, latest, accept, fail, begin, end])

  return {
    strategy,
    profile,
    draft,
    busy,
    nativeOpenType,
    requestProfile,
    tapChooseAvatar: useCallback(() => {
      if (emulator) chooseAvatar(emulator.chooseAvatar())
    }, [emulator, chooseAvatar]),
    chooseAvatar,
    setNickname,
    blurNickname: useCallback(
      (value: string) => {
        // Picking WeChat's suggested nickname may fire no input event: take the value here too.
        if (typeof value === 'string') setNickname(value)
        if (emulator && value) reviewNickname(emulator.nicknameReview(value))
      },
      [emulator, reviewNickname, setNickname],
    ),
    reviewNickname,
    tapGetUserInfo: useCallback(() => {
      if (emulator) receiveUserInfo(emulator.getUserInfoButton())
    }, [emulator, receiveUserInfo]),
    receiveUserInfo,
    save,
    clear: store.clear,
  }
}
