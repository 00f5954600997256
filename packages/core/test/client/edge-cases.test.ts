import { type Clock, createLiveClient, createWxPlatform, NOTICE_LINGER_MS } from '@taro-live/core'
import { scheduleAt } from '@taro-live/core/internal'
import { createWechatSimulator } from '@taro-live/simulator'
import { describe, expect, it, vi } from 'vitest'
import { advance, CHANNEL, flush, setup } from './setup'

const LIVE = 'getChannelsLiveInfo'

describe('client edge cases', () => {
  it('scheduleAt never runs the callback synchronously, even when already due', () => {
    const { sim } = setup()
    const fn = vi.fn()
    scheduleAt(sim.clock, sim.clock.now() - 1, fn)
    expect(fn).not.toHaveBeenCalled()
    sim.clock.advance(0)
    expect(fn).toHaveBeenCalledTimes(1)
  })

  it('a consumer that resubscribes on every change does not turn 100008 into a request loop', async () => {
    const { sim, client } = setup()
    sim.setSubject(CHANNEL, 'other')
    let unsubscribe = () => {}
    const listener = () => {
      // What a component with an inline subscribe function does on each render.
      unsubscribe()
      unsubscribe = client.subscribeLive(CHANNEL, listener)
    }
    unsubscribe = client.subscribeLive(CHANNEL, listener)
    await advance(sim, 1_000)
    expect(sim.callsTo(LIVE)).toHaveLength(1)
    // A mount after the stale time tries again (a one-off failure must not blank it for good).
    await advance(sim, 30_000)
    unsubscribe()
    unsubscribe = client.subscribeLive(CHANNEL, () => {})
    await advance(sim, 1_000)
    expect(sim.callsTo(LIVE)).toHaveLength(2)
    unsubscribe()
  })

  it('does not loop when the TTL is 0: one request per poll, not one per answer', async () => {
    const { sim, client } = setup({ latencyMs: 10 }, { staleTimeMs: 0 })
    client.subscribeLive(CHANNEL, () => {})
    await advance(sim, 1_000)
    expect(sim.callsTo(LIVE)).toHaveLength(1)
  })

  it('stops everything on destroy, also a request already in flight', async () => {
    const { sim, client } = setup({ latencyMs: 500 })
    client.subscribeLive(CHANNEL, () => {})
    client.subscribeNotice(CHANNEL, () => {})
    client.destroy()
    await advance(sim, 10 * 60_000)
    expect(sim.calls).toHaveLength(2)
    expect(sim.clock.pending).toBe(0)
  })

  it('tells every subscriber of a phase change even if one read the new phase first', async () => {
    const sim = createWechatSimulator({ channels: { [CHANNEL]: { status: 'ended' } } })
    // Real timers fire a little late; a render may read the notice in between.
    const lateClock: Clock = {
      now: () => sim.clock.now(),
      setTimeout: (fn, ms) => sim.clock.setTimeout(fn, ms + 5),
      clearTimeout: (handle) => sim.clock.clearTimeout(handle),
    }
    const client = createLiveClient(createWxPlatform(sim, { clock: lateClock }))
    const startTime = sim.clock.now() + 60_000
    sim.scheduleNotice(CHANNEL, { startTime })
    const listener = vi.fn()
    client.subscribeNotice(CHANNEL, listener)
    await flush()
    listener.mockClear()
    sim.clock.advanceTo(startTime + 1)
    expect(client.getNotice(CHANNEL).phase).toBe('lingering')
    sim.clock.advanceTo(startTime + 5)
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('lets the next tap try again when WeChat never answers an open', async () => {
    const { sim, client } = setup()
    client.subscribeLive(CHANNEL, () => {})
    await flush()
    sim.script('openChannelsLive', { type: 'hang' })
    const first = sim.tap(() => client.openLive(CHANNEL))
    expect(sim.tap(() => client.openLive(CHANNEL))).toBe(first)
    await advance(sim, 10_000)
    await sim.tap(() => client.openLive(CHANNEL))
    expect(sim.callsTo('openChannelsLive')).toHaveLength(2)
  })

  it('refetches after the request in flight when invalidated meanwhile', async () => {
    const { sim, client } = setup({
      latencyMs: 1_000,
      channels: { [CHANNEL]: { status: 'ended' } },
    })
    sim.scheduleNotice(CHANNEL, { startTime: sim.clock.now() + 3 * 3_600_000 })
    client.subscribeLive(CHANNEL, () => {})
    client.subscribeNotice(CHANNEL, () => {})
    await advance(sim, 61_000) // the first answers landed; the first poll is now in flight
    expect(sim.callsTo(LIVE)).toHaveLength(2)
    sim.goLive(CHANNEL)
    // The notice check and the popup answer at once; the live poll is still on its way.
    sim.script('getChannelsLiveNoticeInfo', { type: 'delay', ms: 0 })
    sim.script('reserveChannelsLive', { type: 'delay', ms: 0 })
    sim.choose('reserveChannelsLive', 'confirm')
    expect((await client.reserve(CHANNEL)).outcome).toBe('went-live')
    expect(sim.callsTo(LIVE)).toHaveLength(2)
    await advance(sim, 3_000)
    expect(sim.callsTo(LIVE)).toHaveLength(3)
    expect(client.getLive(CHANNEL).data?.status).toBe('live')
  })

  it('keeps polling when a subscriber throws, and reports it', async () => {
    const onError = vi.fn()
    const { sim, client } = setup({}, { onError })
    client.subscribeLive(CHANNEL, () => {
      throw new Error('broken widget')
    })
    const healthy = vi.fn()
    client.subscribeLive(CHANNEL, healthy)
    await flush()
    expect(healthy).toHaveBeenCalledTimes(1)
    sim.endLive(CHANNEL)
    await advance(sim, 60_000)
    expect(sim.callsTo(LIVE)).toHaveLength(2)
    expect(healthy).toHaveBeenCalledTimes(2)
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'platform-failure' }))
  })

  it('tries a permanent error again on the next mount or page show, unless it cannot change', async () => {
    const { sim, client } = setup()
    sim.setSubject(CHANNEL, 'other')
    const unsubscribe = client.subscribeLive(CHANNEL, () => {})
    await advance(sim, 60 * 60_000)
    expect(sim.callsTo(LIVE)).toHaveLength(1)
    unsubscribe()
    sim.setSubject(CHANNEL, 'same')
    client.subscribeLive(CHANNEL, () => {})
    await flush()
    expect(client.getLive(CHANNEL).data?.status).toBe('live')

    const devtools = setup({ mode: 'devtools' })
    devtools.client.subscribeLive(CHANNEL, () => {})()
    await flush()
    devtools.client.subscribeLive(CHANNEL, () => {})
    devtools.client.setVisible(false)
    devtools.client.setVisible(true)
    await flush()
    expect(devtools.sim.callsTo(LIVE)).toHaveLength(1)
  })

  it('keeps both clients’ reservations when two share one storage key', async () => {
    const sim = createWechatSimulator({ channels: { a: {}, b: {} } })
    const platform = createWxPlatform(sim, { clock: sim.clock })
    const start = sim.clock.now() + 3_600_000
    const first = sim.scheduleNotice('a', { startTime: start })
    const second = sim.scheduleNotice('b', { startTime: start })
    const one = createLiveClient(platform)
    const two = createLiveClient(platform)
    await one.reserve('a')
    await two.reserve('b')
    const stored = sim.storage.dump()['taro-live:reservations'] as { records: object }
    expect(Object.keys(stored.records).sort()).toEqual([first, second].sort())
    expect(createLiveClient(platform).isReserved(first)).toBe(true)
  })

  it('asks for the notice again before reserving after a failed fetch', async () => {
    const { sim, client } = setup({ channels: { [CHANNEL]: {} } })
    sim.scheduleNotice(CHANNEL, { startTime: sim.clock.now() + NOTICE_LINGER_MS })
    sim.script('getChannelsLiveNoticeInfo', { type: 'fail', errMsg: 'x:fail network' })
    client.subscribeNotice(CHANNEL, () => {})
    await flush()
    expect(client.getNotice(CHANNEL).error?.code).toBe('platform-failure')
    expect((await client.reserve(CHANNEL)).outcome).toBe('reserved')
  })

  it('never calls the platform for an invalid channel id, even on refresh', async () => {
    const { sim, client } = setup()
    await client.refreshLive('')
    await client.refreshNotice('')
    expect(sim.calls).toHaveLength(0)
    expect(client.getLive('').error?.code).toBe('invalid-argument')
  })
})

describe('storage that cannot be read', () => {
  it('still records a reservation for the session and reports the failed read', async () => {
    const sim = createWechatSimulator({ channels: { [CHANNEL]: {} } })
    const noticeId = sim.scheduleNotice(CHANNEL, { startTime: sim.clock.now() + 3_600_000 })
    const unreadable = Object.create(sim, {
      getStorageSync: {
        value: () => {
          throw new Error('getStorageSync:fail')
        },
      },
    })
    const onError = vi.fn()
    const client = createLiveClient(createWxPlatform(unreadable, { clock: sim.clock }), { onError })
    expect((await client.reserve(CHANNEL)).reserved).toBe(true)
    expect(client.isReserved(noticeId)).toBe(true)
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'storage-failure' }))
    expect(sim.storage.dump()['taro-live:reservations']).toMatchObject({
      records: { [noticeId]: { r: true } },
    })
  })
})
