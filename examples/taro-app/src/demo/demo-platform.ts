import { createWxPlatform, type Platform } from '@taro-live/core'
import { createWechatSimulator, SIM_PICTURES } from '@taro-live/simulator'
import { CHANNEL } from '../channel'

const MINUTE = 60_000

/**
 * The demo build's platform: the simulated WeChat with a scripted scenario, so the H5 build shows
 * the widgets working in a browser. The channel has a notice in ten minutes and goes live 45 s
 * after the app starts (reserve first, then watch the floating window appear). `window.__taroLiveDemo` exposes the simulator (its call log) to the e2e test.
 */
export function demoPlatform(): Platform {
  const sim = createWechatSimulator({
    clock: 'realtime',
    now: Date.now(),
    latencyMs: 200,
    channels: {
      [CHANNEL]: { nickname: '橙子优选', status: 'ended', description: '冬季上新专场' },
    },
    // WeChat gives a `wxfile://` path a browser cannot show; the demo "picks" a picture instead.
    chosenAvatarPath: () => SIM_PICTURES.userAvatar,
  })
  sim.scheduleNotice(CHANNEL, { startTime: sim.clock.now() + 10 * MINUTE })
  setTimeout(() => {
    if (sim.channel(CHANNEL)?.statusCode !== 2) sim.goLive(CHANNEL, { description: '冬季上新专场' })
  }, 45_000)
  ;(globalThis as { __taroLiveDemo?: unknown }).__taroLiveDemo = sim
  return createWxPlatform(sim, { env: 'weapp', clock: sim.clock })
}
