import { createLiveClient, createWxPlatform, isLiveError } from '@taro-live/core'
import { createLiveStatusClient, withNotices } from '@taro-live/core/internal'
import { describe, expect, it } from 'vitest'
import { advance, CHANNEL, setup } from './setup'

const HOUR = 3_600_000

function createDestroyed(platform: Parameters<typeof createLiveStatusClient>[0]) {
  const client = createLiveStatusClient(platform)
  client.destroy()
  return client
}

describe('a live-status client, with notices added later', () => {
  it('has no notice part until withNotices; then one, shared, on the same visibility', async () => {
    const { sim, platform } = setup()
    sim.endLive(CHANNEL)
    sim.scheduleNotice(CHANNEL, { startTime: sim.clock.now() + HOUR })
    const status = createLiveStatusClient(platform, { noticePollIntervalMs: 60_000 })
    expect('getNotice' in status).toBe(false)

    const full = withNotices(status)
    expect(withNotices(status)).toBe(full)
    expect(withNotices(full)).toBe(full)

    status.subscribeLive(CHANNEL, () => {})
    full.subscribeNotice(CHANNEL, () => {})
    await advance(sim, 1_000)
    expect(full.getLive(CHANNEL)).toBe(status.getLive(CHANNEL))
    expect(full.getNotice(CHANNEL).phase).toBe('upcoming')
    const noticeCalls = sim.callsTo('getChannelsLiveNoticeInfo').length

    // Hiding through the status client stops the notice part's polling too.
    status.setVisible(false)
    expect(full.visible).toBe(false)
    await advance(sim, 10 * 60_000)
    expect(sim.callsTo('getChannelsLiveNoticeInfo')).toHaveLength(noticeCalls)
    full.setVisible(true)
    expect(status.visible).toBe(true)
    await advance(sim, 1_000)
    expect(sim.callsTo('getChannelsLiveNoticeInfo').length).toBeGreaterThan(noticeCalls)

    // Destroying stops both parts, also for queries asked for afterwards.
    full.destroy()
    const after = sim.calls.length
    status.subscribeLive('sphAnother', () => {})
    full.subscribeNotice('sphAnother', () => {})
    void status.refreshLive(CHANNEL)
    await advance(sim, HOUR)
    expect(sim.calls).toHaveLength(after)
    expect(withNotices(createDestroyed(platform)).getNotice(CHANNEL).status).toBe('pending')
    await advance(sim, HOUR)
    expect(sim.calls).toHaveLength(after)
  })

  it('refuses to add notices to a client it did not make', () => {
    const { platform } = setup()
    const foreign = { ...createLiveStatusClient(platform) }
    let error: unknown
    try {
      withNotices(foreign)
    } catch (e) {
      error = e
    }
    expect(isLiveError(error) && error.code).toBe('invalid-argument')
    expect('getNotice' in createLiveClient(createWxPlatform({}))).toBe(true)
  })
})
