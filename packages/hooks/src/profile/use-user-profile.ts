import {
  checkProfileDesc,
  LiveError,
  type ProfileStrategy,
  selectProfileStrategy,
  toLiveError,
  type UserProfile,
} from '@taro-live/core'
import {
  chosenAvatar,
  nativeEmulatorOf,
  nicknameRejected,
  profileEnvironment,
  toUserProfile,
  userInfoFromEvent,
} from '@taro-live/core/internal'
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { taroEnv } from '../platform/taro-host'
import { useLiveContext } from '../runtime/live-runtime'
import { useLatest } from '../runtime/use-latest'
import { profilesOf } from './profiles-of'
import { warnInDevelopment } from './warn-in-development'

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
  const uploaded = useRef<{ from: string; url: string }>()
  // `save` reads the form again after the upload: the user may type or choose meanwhile.
  const latestDraft = useLatest(draft)

  const prefer = options.prefer
  const strategy = useMemo<ProfileStrategy>(
    () => selectProfileStrategy(profileEnvironment(platform, prefer)),
    [platform, prefer],
  )
  const profile = useSyncExternalStore(store.subscribe, store.get, store.get)
  const nativeOpenType = taroEnv() === 'weapp'
  const emulator = nativeOpenType ? undefined : nativeEmulatorOf(platform)

  useEffect(() => report((error) => latest.current.onError?.(error)), [report, latest])

  const fail = useCallback(
    (error: unknown, api: string) => latest.current.onError?.(toLiveError(error, api)),
    [latest],
  )
  const accept = useCallback(
    (value: unknown, kind: UserProfile['strategy']): UserProfile | undefined => {
      const next = toUserProfile((value ?? {}) as object, kind)
      if (!next) {
        fail(
          new LiveError('malformed-response', `${kind} gave no usable profile`, { cause: value }),
          kind,
        )
        return undefined
      }
      store.set(next)
      latest.current.onProfile?.(next)
      return next
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
    // A ref, not state: a second tap in the same tick must not start a second popup.
    if (pending.current) return
    pending.current = true
    // WeChat first, synchronously, then React state: getUserProfile only works inside the tap
    // (docs/platform.md, The user's avatar and nickname), and on a synchronous renderer a state
    // update would render before the call.
    const answer = platform.getUserProfile({ desc, lang: latest.current.lang })
    setBusy(true)
    answer.then(
      (result) => {
        end()
        accept(result.userInfo, 'getUserProfile')
      },
      (error: unknown) => {
        end()
        fail(error, 'getUserProfile')
      },
    )
  }, [platform, latest, accept, fail, end])

  const chooseAvatar = useCallback((detail: unknown) => {
    // A rejected avatar (content check, ≥ 2.24.4) fires no event; an empty one changes nothing.
    const avatarUrl = chosenAvatar(detail)
    if (avatarUrl) setDraft((d) => ({ ...d, avatarUrl }))
  }, [])
  const setNickname = useCallback(
    (nickName: string) => setDraft((d) => ({ ...d, nickName, nicknameRejected: false })),
    [],
  )
  const leaveNickname = useCallback((value: string) => {
    setDraft((d) => {
      if (value === d.nickName) return d
      // The draft follows every input event, so a field left empty while the draft is not was
      // emptied by WeChat's content check; from 2.24.4 to 2.29.0 it says so with no event
      // (docs/platform.md, The user's avatar and nickname).
      if (value === '') return { ...d, nickName: '', nicknameRejected: true }
      // Picking WeChat's suggested nickname may fire no input event: take the value here too.
      return { ...d, nickName: value, nicknameRejected: false }
    })
  }, [])
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

  /** The URL to keep for a chosen avatar: uploaded once per file when a hook is set; `undefined` on failure. */
  const keptAvatar = useCallback(
    async (avatarUrl: string): Promise<string | undefined> => {
      const upload = latest.current.uploadAvatar
      if (!upload) return avatarUrl
      if (uploaded.current?.from === avatarUrl) return uploaded.current.url
      if (!begin()) return undefined
      let url: unknown
      try {
        url = await upload(avatarUrl)
      } catch (cause) {
        // The chosen avatar and nickname stay in the form: the user can save again.
        fail(
          new LiveError('platform-failure', 'Uploading the avatar failed', { cause }),
          'uploadAvatar',
        )
        return undefined
      } finally {
        end()
      }
      if (typeof url !== 'string' || url === '') {
        fail(
          new LiveError('malformed-response', 'uploadAvatar resolved no URL', { cause: url }),
          'uploadAvatar',
        )
        return undefined
      }
      uploaded.current = { from: avatarUrl, url }
      return url
    },
    [latest, fail, begin, end],
  )

  const save = useCallback(async () => {
    for (;;) {
      const { avatarUrl, nickName } = latestDraft.current
      if (!avatarUrl || nickName.trim() === '') return
      const url = await keptAvatar(avatarUrl)
      if (url === undefined) return
      // The form as it is now: a nickname typed during the upload is the one the user means.
      const now = latestDraft.current
      // Another avatar was chosen meanwhile: keep that one instead (it is uploaded in turn).
      if (now.avatarUrl !== avatarUrl) continue
      // Cleared meanwhile (WeChat's content check): the form waits; the upload is remembered.
      if (now.nickName.trim() === '') return
      const saved = accept({ nickName: now.nickName.trim(), avatarUrl: url }, 'chooseAvatar')
      if (saved?.temporaryAvatar) {
        warnInDevelopment(
          'no uploadAvatar: a temporary avatar breaks on the next launch, not cached',
        )
      }
      return
    }
  }, [latestDraft, keptAvatar, accept])

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
        if (typeof value !== 'string') return
        leaveNickname(value)
        // Emulated hosts: WeChat's check clears a rejected nickname as the field is left.
        if (emulator && value && nicknameRejected(emulator.nicknameReview(value))) leaveNickname('')
      },
      [emulator, leaveNickname],
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
