import { type ProfileStrategy, selectProfileStrategy } from '@taro-live/core'
import { profileEnvironment } from '@taro-live/core/internal'
import { useMemo } from 'react'
import { useChooseAvatar } from './use-choose-avatar'
import { useGetUserInfo } from './use-get-user-info'
import { useGetUserProfile } from './use-get-user-profile'
import { useProfileBase } from './use-profile-base'
import type { UserProfileResult, UseUserProfileOptions } from './user-profile-types'

export type {
  UserProfileDraft,
  UserProfileResult,
  UseUserProfileOptions,
} from './user-profile-types'

/**
 * The user's avatar and nickname with the strategy this base library needs (getUserInfo below
 * 2.10.4, getUserProfile to 2.27.0, chooseAvatar + nickname input from 2.21.2). The profile is
 * cached so the user is not asked again; WeChat's placeholder data is marked `anonymous`.
 */
export function useUserProfile(options: UseUserProfileOptions = {}): UserProfileResult {
  // One hook per strategy over a shared base, all called on every render (the rules of hooks): the
  // strategy may change with `prefer`, and the result always carries every strategy's actions.
  const [shared, tools] = useProfileBase(options)
  const { platform } = tools
  const prefer = options.prefer
  const strategy = useMemo<ProfileStrategy>(
    () => selectProfileStrategy(profileEnvironment(platform, prefer)),
    [platform, prefer],
  )
  return {
    strategy,
    ...shared,
    ...useGetUserProfile(tools),
    ...useChooseAvatar(tools),
    ...useGetUserInfo(tools),
  }
}
