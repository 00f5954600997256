import { type ChannelsLaunch, describeChannelsLaunch } from '@taro-live/core'
import { useMemo } from 'react'
import { usePlatform } from '../runtime/live-runtime'

/** How the mini program was launched: the scene, and whether from Channels or a live-room product (1177). */
export function useChannelsScene(): ChannelsLaunch {
  const platform = usePlatform()
  return useMemo(() => describeChannelsLaunch(platform.enterOptions()), [platform])
}
