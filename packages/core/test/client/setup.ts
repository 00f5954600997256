import { createLiveClient, createWxPlatform, type LiveClientOptions } from '@taro-live/core'
import { createWechatSimulator, type WechatSimulatorOptions } from '@taro-live/simulator'

export const CHANNEL = 'sphLiveShop'

/** A simulator with one channel, the real wx adapter over it, and a client. */
export function setup(
  simOptions: WechatSimulatorOptions = {},
  clientOptions: LiveClientOptions = {},
  platformEnv?: string,
) {
  const sim = createWechatSimulator({
    channels: { [CHANNEL]: { status: 'live', nickname: '橙子优选', description: '冬季上新' } },
    ...simOptions,
  })
  const platform = createWxPlatform(sim, { env: platformEnv ?? sim.env, clock: sim.clock })
  const client = createLiveClient(platform, clientOptions)
  return { sim, platform, client }
}

/** Lets every pending microtask and simulator answer run. */
export const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/** Advances the simulated clock, letting each answer land before the next timer, as real time would. */
export async function advance(
  sim: { clock: { advanceAsync(ms: number): Promise<void> } },
  ms: number,
) {
  await sim.clock.advanceAsync(ms)
}
