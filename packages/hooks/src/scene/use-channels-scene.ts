import { type ChannelsLaunch, describeChannelsLaunch, type Platform } from '@taro-live/core'
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

/** The launch as the platform reports it; on a target other than WeChat nothing is from Channels. */
function readLaunch(platform: Platform): ChannelsLaunch {
  return describeChannelsLaunch(platform.enterOptions(), { env: platform.env })
}

/**
 * How the mini program was launched: the scene, and whether from Channels or a live-room product
 * (1177). Read again whenever the page is shown: a warm start from a live room changes the scene
 * while the page stays mounted. Off WeChat (the platform's `env` is not `'weapp'`) it never says
 * "from Channels": the scene numbers are WeChat's.
 */
export function useChannelsScene(): ChannelsLaunch {
  const platform = usePlatform()
  const [launch, setLaunch] = useState(() => readLaunch(platform))
  useEffect(() => {
    const read = () => {
      const next = readLaunch(platform)
      setLaunch((prev) => (same(prev, next) ? prev : next))
    }
    read()
    return watchPageVisibility((shown) => {
      if (shown) read()
    })
  }, [platform])
  return launch
}
