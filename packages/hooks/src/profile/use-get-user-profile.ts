import { checkProfileDesc } from '@taro-live/core'
import { useCallback } from 'react'
import type { ProfileTools } from './use-profile-base'

const DEFAULT_DESC = '用于完善会员资料'

/** The `getUserProfile` strategy (2.10.4 to 2.27.0): a popup, asked for inside the tap. */
export function useGetUserProfile(tools: ProfileTools): { requestProfile: () => void } {
  const { platform, latest, begin, end, accept, fail } = tools
  const requestProfile = useCallback(() => {
    const desc = latest.current.desc ?? DEFAULT_DESC
    const invalid = checkProfileDesc(desc)
    if (invalid) {
      fail(invalid, 'getUserProfile')
      return
    }
    // `begin` marks the call pending with a ref, not state (a second tap in the same tick must not
    // start a second popup), and sets `busy` only after `start`: WeChat first, synchronously, then
    // React state. getUserProfile only works inside the tap (docs/platform.md, The user's avatar
    // and nickname), and on a synchronous renderer a state update would render before the call.
    begin(() => {
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
    })
  }, [platform, latest, begin, accept, fail, end])
  return { requestProfile }
}
