import { createLiveClient, createWxPlatform } from '@taro-live/core'
import { createWechatSimulator } from '@taro-live/simulator'
import { describe, expect, it } from 'vitest'
import { suspendableClock } from './device-clock'
import { CHANNEL, flush } from './setup'

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/**
 * WeChat suspends a hidden mini program's JS about 5 s after `onHide`; timers then fire late, or in
 * a burst on return (docs/platform.md, Undocumented behaviour). The notice phase is decided by a
 * timer, so it must be re-derived when the page shows again.
 */
function setupSuspended() {
  const sim = createWechatSimulator({
    channels: { [CHANNEL]: { status: 'ended', nickname: '橙子优选' } },
  })
  const clock = suspendableClock(sim.clock)
  const platform = createWxPlatform(sim, { env: 'weapp', clock })
  const client = createLiveClient(platform, { noticePollIntervalMs: 0 })
  return { sim, clock, client }
}

describe('the notice phase after the background', () => {
  it('is re-derived and told to subscribers as the page shows, before any late timer', async () => {
    const { sim, clock, client } = setupSuspended()
    const start = sim.clock.now() + 10 * MINUTE
    sim.scheduleNotice(CHANNEL, { startTime: start })
    const told: unknown[] = []
    client.subscribeNotice(CHANNEL, () => told.push(client.getNotice(CHANNEL).phase))
    await flush()
    expect(client.getNotice(CHANNEL).phase).toBe('upcoming')

    client.setVisible(false)
    clock.suspend()
    await sim.clock.advanceAsync(15 * MINUTE)
    // The phase timer at the start fell due while suspended: nobody has been told.
    expect(clock.late).toBe(1)
    expect(told).not.toContain('lingering')

    // Back: JS runs again and onShow arrives; the late timer has not fired yet (worst order).
    clock.resume()
    told.length = 0
    client.setVisible(true)
    expect(told).toEqual(['lingering'])

    // The burst that follows changes nothing and tells nobody twice.
    clock.fireLate()
    await flush()
    expect(told).toEqual(['lingering'])
    expect(client.getNotice(CHANNEL).phase).toBe('lingering')

    // The next instant (expiry) is armed again from the time of the show.
    await sim.clock.advanceAsync(HOUR)
    expect(told).toContain('expired')
    client.destroy()
  })

  it('a notice that expired while hidden is asked for again once, on show', async () => {
    const { sim, clock, client } = setupSuspended()
    sim.scheduleNotice(CHANNEL, { startTime: sim.clock.now() + 10 * MINUTE })
    let notified = 0
    client.subscribeNotice(CHANNEL, () => {
      notified += 1
    })
    await flush()
    client.setVisible(false)
    clock.suspend()
    await sim.clock.advanceAsync(2 * HOUR)
    clock.resume()
    const before = sim.callsTo('getChannelsLiveNoticeInfo').length
    client.setVisible(true)
    await flush()
    await flush()
    expect(notified).toBeGreaterThan(0)
    expect(client.getNotice(CHANNEL).data).toBeNull()
    // One request: the stale data's refetch and the expiry's "ask for the next notice" are the same.
    expect(sim.callsTo('getChannelsLiveNoticeInfo')).toHaveLength(before + 1)
    clock.fireLate()
    await flush()
    expect(sim.callsTo('getChannelsLiveNoticeInfo')).toHaveLength(before + 1)
    client.destroy()
  })
})
