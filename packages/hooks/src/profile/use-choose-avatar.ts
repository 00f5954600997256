import { chosenAvatar, nicknameRejected } from '@taro-live/core/internal'
import { useCallback, useState } from 'react'
import { useLatest } from '../runtime/use-latest'
import { useAvatarUpload } from './use-avatar-upload'
import type { ProfileTools } from './use-profile-base'
import type { UserProfileResult } from './user-profile-types'
import { warnInDevelopment } from './warn-in-development'

/** What the `chooseAvatar` strategy adds to {@link UserProfileResult}. */
export type ChooseAvatarResult = Pick<
  UserProfileResult,
  | 'draft'
  | 'tapChooseAvatar'
  | 'chooseAvatar'
  | 'setNickname'
  | 'blurNickname'
  | 'reviewNickname'
  | 'save'
>

const EMPTY_DRAFT: UserProfileResult['draft'] = {
  avatarUrl: undefined,
  nickName: '',
  nicknameRejected: false,
}

/** The `chooseAvatar` strategy (from 2.21.2): the avatar button and nickname input as a form. */
export function useChooseAvatar(tools: ProfileTools): ChooseAvatarResult {
  const { emulator, accept } = tools
  const [draft, setDraft] = useState(EMPTY_DRAFT)
  // `save` reads the form again after the upload: the user may type or choose meanwhile.
  const latestDraft = useLatest(draft)
  const keptAvatar = useAvatarUpload(tools)

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
    draft,
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
    save,
  }
}
