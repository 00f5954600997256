import { NOTICE_LINGER_MS } from '@taro-live/core'
import { describe, expect, it, vi } from 'vitest'
import { advance, CHANNEL, flush, setup } from './setup'

const START_IN = 5 * 60_000

function withNotice(options: Parameters<typeof setup>[1] = {}) {
  const ctx = setup({ channels: { [CHANNEL]: { status: 'ended', nickname: '橙子优选' } } }, options)
  const startTime = ctx.sim.clock.now() + START_IN
  const noticeId = ctx.sim.scheduleNotice(CHANNEL, { startTime })
  return { ...ctx, startTime, noticeId }
}

describe('notices and their phases', () => {
  it('parses the notice and flips phase exactly at the start and one hour later, in the same tick', async () => {
    const { sim, client, startTime, noticeId } = withNotice()
    const listener = vi.fn()
    client.subscribeNotice(CHANNEL, listener)
    await flush()
    expect(client.getNotice(CHANNEL)).toMatchObject({
      status: 'success',
      phase: 'upcoming',
      reserved: false,
      data: { noticeId, startTime },
    })
    const calls = listener.mock.calls.length

    sim.clock.advanceTo(startTime - 1)
    expect(client.getNotice(CHANNEL).phase).toBe('upcoming')
    expect(listener).toHaveBeenCalledTimes(calls)

    // No await: the phase timer fires inside the clock step that reaches the boundary.
    sim.clock.advanceTo(startTime)
    expect(client.getNotice(CHANNEL).phase).toBe('lingering')
    expect(listener).toHaveBeenCalledTimes(calls + 1)

    // Through the hour of polls, letting each answer land.
    await sim.clock.advanceToAsync(startTime + NOTICE_LINGER_MS - 1)
    expect(client.getNotice(CHANNEL).phase).toBe('lingering')

    sim.clock.advanceTo(startTime + NOTICE_LINGER_MS)
    expect(client.getNotice(CHANNEL).phase).toBe('expired')
    // At expiry it asks WeChat again: the notice is gone, so there is none.
    await flush()
    expect(client.getNotice(CHANNEL)).toMatchObject({
      status: 'success',
      data: null,
      phase: undefined,
    })
  })

  it('still shows a lingering notice at +59 min and none at +61 min for a fresh client', async () => {
    const { sim, client, startTime } = withNotice()
    sim.clock.advanceTo(startTime + 59 * 60_000)
    client.subscribeNotice(CHANNEL, () => {})
    await flush()
    expect(client.getNotice(CHANNEL).phase).toBe('lingering')

    const later = withNotice()
    await later.sim.clock.advanceToAsync(later.startTime + 61 * 60_000)
    later.client.subscribeNotice(CHANNEL, () => {})
    await flush()
    expect(later.client.getNotice(CHANNEL)).toMatchObject({ status: 'success', data: null })
  })

  it('treats "no notice" (1416104) as no notice, not as an error, and keeps watching', async () => {
    const { sim, client } = setup()
    client.subscribeNotice(CHANNEL, () => {})
    await flush()
    expect(client.getNotice(CHANNEL)).toMatchObject({
      status: 'success',
      data: null,
      error: undefined,
    })
    const noticeId = sim.scheduleNotice(CHANNEL, { startTime: sim.clock.now() + 86_400_000 })
    await advance(sim, 300_000)
    expect(client.getNotice(CHANNEL).data?.noticeId).toBe(noticeId)
  })

  it('does not fire a phase timer early for a notice more than 24.8 days away', async () => {
    const { sim, client } = setup()
    const startTime = sim.clock.now() + 40 * 86_400_000
    sim.scheduleNotice(CHANNEL, { startTime })
    client.subscribeNotice(CHANNEL, () => {})
    await flush()
    sim.clock.advanceTo(startTime - 1)
    expect(client.getNotice(CHANNEL).phase).toBe('upcoming')
    sim.clock.advanceTo(startTime)
    expect(client.getNotice(CHANNEL).phase).toBe('lingering')
  })

  it('reports the notice API missing below base library 2.19.0 without calling it', async () => {
    const { sim, client } = withNotice()
    sim.setBaseLibrary('2.18.9')
    client.subscribeNotice(CHANNEL, () => {})
    await flush()
    expect(client.getNotice(CHANNEL).error?.code).toBe('api-missing')
    expect(sim.callsTo('getChannelsLiveNoticeInfo')).toHaveLength(0)
  })
})

describe('reservations', () => {
  it('records a reservation from state 6 and keeps it for a new client (a reload)', async () => {
    const { sim, client, noticeId, platform } = withNotice()
    client.subscribeNotice(CHANNEL, () => {})
    await flush()
    const result = await client.reserve(CHANNEL)
    expect(result).toMatchObject({ outcome: 'reserved', state: 6, reserved: true, noticeId })
    expect(client.getNotice(CHANNEL).reserved).toBe(true)
    expect(sim.isReservedByUser(noticeId)).toBe(true)

    const { createLiveClient } = await import('@taro-live/core')
    const reloaded = createLiveClient(platform)
    reloaded.subscribeNotice(CHANNEL, () => {})
    await flush()
    expect(reloaded.getNotice(CHANNEL).reserved).toBe(true)
  })

  it.each([
    ['confirm on a reserved notice cancels it (7)', true, 'confirm', 'unreserved', 7, false],
    ['close on a reserved notice keeps it (8)', true, 'close', 'unchanged', 8, true],
    ['close on an unreserved notice (5)', false, 'close', 'dismissed', 5, false],
    ['abort before the popup (9) keeps the record', true, 'abort', 'aborted', 9, true],
  ] as const)('%s', async (_name, reservedFirst, choice, outcome, state, reserved) => {
    const { sim, client } = withNotice()
    if (reservedFirst) await client.reserve(CHANNEL)
    sim.choose('reserveChannelsLive', choice)
    const result = await client.reserve(CHANNEL)
    expect(result).toMatchObject({ outcome, state, reserved })
    expect(client.getNotice(CHANNEL).reserved).toBe(reserved)
  })

  it('forgets the record when the notice was cancelled (3) or expired (10)', async () => {
    const { sim, client, noticeId } = withNotice()
    await client.reserve(CHANNEL)
    sim.cancelNotice(noticeId)
    expect(await client.reserve(CHANNEL)).toMatchObject({
      outcome: 'cancelled-notice',
      state: 3,
      reserved: false,
    })

    // Past the lingering hour the notice is gone: reserving asks WeChat again and finds nothing.
    const other = withNotice()
    await other.client.reserve(CHANNEL)
    await other.sim.clock.advanceToAsync(other.startTime + NOTICE_LINGER_MS)
    await expect(other.client.reserve(CHANNEL)).rejects.toMatchObject({ code: 'no-data' })
    expect(other.client.isReserved(other.noticeId)).toBe(false)
    expect(other.sim.callsTo('reserveChannelsLive')).toHaveLength(1)

    // WeChat's own word that the reservation expired (10) drops the record too.
    const late = withNotice()
    await late.client.reserve(CHANNEL)
    late.sim.script('reserveChannelsLive', { type: 'respond', result: { state: 10 } })
    expect(await late.client.reserve(CHANNEL)).toMatchObject({
      outcome: 'expired',
      state: 10,
      reserved: false,
    })
  })

  it('while live, the popup offers the live room: accepted (2) enters it and refreshes status', async () => {
    const { sim, client } = withNotice()
    client.subscribeLive(CHANNEL, () => {})
    client.subscribeNotice(CHANNEL, () => {})
    await flush()
    sim.goLive(CHANNEL)
    sim.choose('reserveChannelsLive', 'confirm', 'close')
    expect((await client.reserve(CHANNEL)).outcome).toBe('went-live')
    expect(sim.visits).toHaveLength(1)
    await flush()
    expect(client.getLive(CHANNEL).data?.status).toBe('live')
    // The notice is refreshed after the popup: the live used it, so it is gone.
    expect(client.getNotice(CHANNEL).data).toBeNull()
  })

  it('while live, the popup offers the live room: declined (1) stays on the page', async () => {
    const { sim, client } = withNotice()
    client.subscribeNotice(CHANNEL, () => {})
    await flush()
    sim.goLive(CHANNEL)
    sim.choose('reserveChannelsLive', 'close')
    expect((await client.reserve(CHANNEL)).outcome).toBe('declined-live')
    expect(sim.visits).toHaveLength(0)
  })

  it('reserves against the notice already shown, without waiting for a refetch of a stale one', async () => {
    const { sim, client } = withNotice()
    client.subscribeNotice(CHANNEL, () => {})
    await flush()
    await advance(sim, 60_000) // older than the 30 s stale time, before the 5-minute poll
    const before = sim.callsTo('getChannelsLiveNoticeInfo').length
    const result = client.reserve(CHANNEL)
    await Promise.resolve()
    await Promise.resolve()
    // The popup is up before any new notice request.
    expect(sim.callsTo('reserveChannelsLive')).toHaveLength(1)
    expect(sim.callsTo('getChannelsLiveNoticeInfo')).toHaveLength(before)
    expect((await result).reserved).toBe(true)
    await flush()
    // …and the notice is refreshed afterwards.
    expect(sim.callsTo('getChannelsLiveNoticeInfo')).toHaveLength(before + 1)
  })

  it('keeps the record on HarmonyOS, where state comes back undefined', async () => {
    const ctx = setup({ os: 'harmony', channels: { [CHANNEL]: { status: 'ended' } } })
    ctx.sim.scheduleNotice(CHANNEL, { startTime: ctx.sim.clock.now() + START_IN })
    expect(await ctx.client.reserve(CHANNEL)).toMatchObject({
      outcome: 'unknown',
      state: undefined,
      reserved: false,
    })
  })

  it('ignores corrupt stored reservations and rewrites them clean', async () => {
    const { sim, client, noticeId } = withNotice()
    sim.storage.put('taro-live:reservations', {
      v: 1,
      records: { [noticeId]: 'yes', x: { r: true } },
    })
    client.subscribeNotice(CHANNEL, () => {})
    await flush()
    expect(client.getNotice(CHANNEL).reserved).toBe(false)
    expect(sim.storage.dump()['taro-live:reservations']).toEqual({ v: 1, records: {} })

    const garbage = withNotice()
    garbage.sim.storage.put('taro-live:reservations', 'not json at all {')
    expect(garbage.client.isReserved(garbage.noticeId)).toBe(false)
    await garbage.client.reserve(CHANNEL)
    expect(garbage.client.isReserved(garbage.noticeId)).toBe(true)
  })

  it('keeps a reservation in memory and reports when storage refuses the write', async () => {
    const onError = vi.fn()
    const { sim, client, noticeId } = withNotice({ onError })
    sim.storage.failWrites(true)
    const result = await client.reserve(CHANNEL)
    expect(result.reserved).toBe(true)
    expect(client.isReserved(noticeId)).toBe(true)
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'storage-failure' }))
  })

  it('rejects with a typed error when there is nothing to reserve, and after a platform failure keeps the record', async () => {
    const { client } = setup()
    await expect(client.reserve(CHANNEL)).rejects.toMatchObject({ code: 'no-data' })

    const ctx = withNotice()
    await ctx.client.reserve(CHANNEL)
    ctx.sim.script('reserveChannelsLive', {
      type: 'fail',
      errMsg: 'reserveChannelsLive:fail system busy',
    })
    await expect(ctx.client.reserve(CHANNEL)).rejects.toMatchObject({ code: 'platform-failure' })
    expect(ctx.client.isReserved(ctx.noticeId)).toBe(true)
  })

  it('shows one popup for two quick reserve calls', async () => {
    const { sim, client } = withNotice()
    const [a, b] = await Promise.all([client.reserve(CHANNEL), client.reserve(CHANNEL)])
    expect(a).toBe(b)
    expect(sim.callsTo('reserveChannelsLive')).toHaveLength(1)
  })
})
