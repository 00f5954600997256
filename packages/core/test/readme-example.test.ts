// The example of the root README, as written there: if this breaks, so does the README.
import { createLiveClient, createWxPlatform } from '@taro-live/core'
import { createWechatSimulator } from '@taro-live/simulator'
import { expect, it, vi } from 'vitest'

it('runs the README example', async () => {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {})
  const sim = createWechatSimulator({ channels: { sphShop: { status: 'live' } } })
  const client = createLiveClient(createWxPlatform(sim, { env: sim.env, clock: sim.clock }))

  // Fetches once (however many widgets subscribe), then polls while the page is shown.
  client.subscribeLive('sphShop', () => {
    const { status, data, error } = client.getLive('sphShop')
    console.log(status, data?.status, error?.code) // 'success' 'live' undefined
  })

  await sim.clock.advanceAsync(0)
  expect(log).toHaveBeenCalledWith('success', 'live', undefined)

  // Later, in a tap handler, first thing (WeChat's user-gesture rule): uses the prefetched ids.
  await sim.tap(() => client.openLive('sphShop'))
  expect(sim.callsTo('openChannelsLive')[0]?.params).toHaveProperty('feedId')
  expect(sim.visits).toHaveLength(1)
  log.mockRestore()
})
