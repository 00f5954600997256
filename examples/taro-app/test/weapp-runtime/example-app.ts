/**
 * The example app booted in WeChat's component runtime on `@taro-live/simulator`: the same platform
 * scenarios the jsdom tests and the stories use, now under the built weapp output.
 */

import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createWechatSimulator, type WechatSimulatorOptions } from '@taro-live/simulator'
import { vi } from 'vitest'
import {
  type BootOptions,
  boot,
  type OpenedPage,
  type PageNode,
  type WeappApp,
  type WxCall,
} from './harness'

/** The weapp build of examples/taro-app (`pnpm --filter taro-live-example-app build:weapp`). */
export const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist-weapp')

/** The app's channel (src/channel.ts). */
export const CHANNEL = 'sphOrangeShop'

/** The simulated channel's avatar (`headUrl`); nothing fetches it. */
export const HEAD_URL = 'https://wx.qlogo.cn/finder/orange-shop.png'

/**
 * APIs WeChat runs only inside a tap (docs/platform.md, Opening the live room; The user's avatar
 * and nickname) and, from 3.13.0, WeChat's notice sheet (`openChannelsLiveNoticeInfo`).
 */
export const TAP_ONLY = [
  'openChannelsLive',
  'getUserProfile',
  'openChannelsLiveNoticeInfo',
] as const

/**
 * Boots the app on a simulator. Timers and `Date` are Vitest's fake ones that also follow real
 * time, so Taro's own ticks run by themselves and a test can jump minutes with
 * `vi.advanceTimersByTimeAsync`; the simulator follows the same clock.
 */
export function startApp(options: WechatSimulatorOptions = {}, bootOptions: BootOptions = {}) {
  vi.useFakeTimers({ shouldAdvanceTime: true, now: Date.UTC(2026, 11, 2, 4) })
  const sim = createWechatSimulator({
    now: Date.now(),
    clock: 'realtime',
    ...options,
    channels: options.channels ?? {
      [CHANNEL]: {
        status: 'live',
        nickname: '橙子优选',
        headUrl: HEAD_URL,
        description: '冬季新品首发',
      },
    },
  })
  const app: WeappApp = boot(DIST, sim, { tapOnly: TAP_ONLY, tap: sim.tap, ...bootOptions })
  return {
    sim,
    app,
    stop() {
      app.dispose()
      sim.dispose()
      vi.useRealTimers()
    },
  }
}

/** Taps `node` as a user does and returns the calls to `api` the tap led to, once there is one. */
export async function tapForCalls(
  app: WeappApp,
  page: OpenedPage,
  node: PageNode | undefined,
  api: string,
): Promise<WxCall[]> {
  if (!node) throw new Error(`nothing to tap for ${api}: ${page.text()}`)
  await node.tap()
  await page.waitFor(() => app.callsTo(api).length > 0, api)
  await page.settle()
  return app.callsTo(api)
}
