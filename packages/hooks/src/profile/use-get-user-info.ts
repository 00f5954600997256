import { userInfoFromEvent } from '@taro-live/core/internal'
import { useCallback } from 'react'
import type { ProfileTools } from './use-profile-base'

/** The `getUserInfo` strategy (below 2.10.4): the open-type button's event. */
export function useGetUserInfo(tools: ProfileTools): {
  tapGetUserInfo: () => void
  receiveUserInfo: (detail: unknown) => void
} {
  const { emulator, accept, fail } = tools
  const receiveUserInfo = useCallback(
    (detail: unknown) => {
      const event = userInfoFromEvent(detail)
      if (event.failed) fail(detail, 'getUserInfo')
      else accept(event.userInfo, 'getUserInfo')
    },
    [accept, fail],
  )
  const tapGetUserInfo = useCallback(() => {
    if (emulator) receiveUserInfo(emulator.getUserInfoButton())
  }, [emulator, receiveUserInfo])
  return { tapGetUserInfo, receiveUserInfo }
}
