// @vitest-environment jsdom

import type { ChannelsLaunch } from '@taro-live/core'
import { createTaroPlatform, useChannelsScene } from '@taro-live/hooks'
import { eventCenter } from '@tarojs/taro'
import { act, cleanup } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { MODES, renderWith, setupSim } from './support/render'
import { enterPage, installWx } from './support/taro-weapp'

afterEach(() => {
  cleanup()
  installWx(undefined)
  enterPage(undefined)
})

function SceneProbe(props: { onResult: (launch: ChannelsLaunch) => void }) {
  props.onResult(useChannelsScene())
  return null
}

const NOT_FROM_CHANNELS = { fromChannels: false, fromLiveRoomProduct: false }

describe.each(MODES)('useChannelsScene (%s)', (_mode, wrap) => {
  it.each([1200, 1201, 1228, 1296])(
    'on WeChat, scene %i (channel ads, paid short drama) is from Channels',
    (scene) => {
      const { platform } = setupSim({ scene })
      let launch: ChannelsLaunch | undefined
      renderWith(<SceneProbe onResult={(l) => (launch = l)} />, { platform, wrap })
      expect(launch).toEqual({
        scene,
        fromChannels: true,
        fromLiveRoomProduct: false,
        nativeFunctionalized: false,
      })
    },
  )

  it.each(['h5', 'tt', 'alipay'])(
    'on target %s a WeChat live-room number is not from Channels, also after a warm start',
    async (env) => {
      // The worst case: a host that reports WeChat's numbers although the target is not WeChat.
      const { sim } = setupSim({ scene: 1177, apiCategory: 'nativeFunctionalized' })
      const platform = createTaroPlatform({ env, clock: sim.clock })
      enterPage('pages/live/index')
      let launch: ChannelsLaunch | undefined
      renderWith(<SceneProbe onResult={(l) => (launch = l)} />, { platform, wrap })
      expect(launch).toEqual({ scene: 1177, ...NOT_FROM_CHANNELS, nativeFunctionalized: false })

      sim.setScene(1296, 'nativeFunctionalized')
      await act(async () => {
        eventCenter.trigger('pages/live/index.onShow')
      })
      expect(launch).toEqual({ scene: 1296, ...NOT_FROM_CHANNELS, nativeFunctionalized: false })
    },
  )

  it("the build's own target decides when no env is given (H5 in this project)", () => {
    const { sim } = setupSim({ scene: 1184 })
    let launch: ChannelsLaunch | undefined
    renderWith(<SceneProbe onResult={(l) => (launch = l)} />, {
      platform: createTaroPlatform({ clock: sim.clock }),
      wrap,
    })
    expect(process.env.TARO_ENV).toBe('h5')
    expect(launch).toMatchObject({ scene: 1184, ...NOT_FROM_CHANNELS })
  })
})
