import { type ChannelsLaunch, describeChannelsLaunch } from '@taro-live/core'
import { useEffect, useState } from 'react'
import { watchPageVisibility } from '../platform/taro-host'
import { usePlatform } from '../runtime/live-runtime'

function same(a: ChannelsLaunch, b: ChannelsLaunch): boolean {
  return (
    a.scene === b.scene &&
    a.fromChannels === b.fromChannels &&
    a.fromLiveRoomProduct === b.fromLiveRoomProduct &&
    a.nativeFunctionalized === b.nativeFunctionalized
  )
}

/**
 * How the mini program was launched: the scene, and whether from Channels or a live-room product
 * (1177). Read again whenever the page is shown: a warm start from a live room changes the scene
 * while the page stays mounted.
 */
export function useChannelsScene(): ChannelsLaunch {
  const platform = usePlatform()
  const [launch, setLaunch] = useState(() => describeChannelsLaunch(platform.enterOptions()))
  useEffect(() => {
    const read = () => {
      const next = describeChannelsLaunch(platform.enterOptions())
      setLaunch((prev) => (same(prev, next) ? prev : next))
    }
    read()
    return watchPageVisibility((shown) => {
      if (shown) read()
    })
  }, [platform])
  return launch
}
