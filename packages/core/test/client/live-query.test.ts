import { describe, expect, it, vi } from 'vitest'
import { advance, CHANNEL, flush, setup } from './setup'

const LIVE_CALLS = 'getChannelsLiveInfo'

describe('live status through the shared client', () => {
  it('makes one request for 20 subscribers and gives them all the same state object', async () => {
    const { sim, client } = setup()
    const listeners = Array.from({ length: 20 }, () => vi.fn())
    for (const listener of listeners) client.subscribeLive(CHANNEL, listener)
    await flush()
    expect(sim.callsTo(LIVE_CALLS)).toHaveLength(1)
    const state = client.getLive(CHANNEL)
    expect(state.status).toBe('success')
    expect(state.data?.status).toBe('live')
    expect(state.data?.feedId).toBe(sim.channel(CHANNEL)?.live?.feedId)
    for (const listener of listeners) expect(listener).toHaveBeenCalledTimes(1)
  })

  it('makes no request while the page is hidden, and one when it is shown', async () => {
    const { sim, client } = setup({}, { visible: false })
    client.subscribeLive(CHANNEL, () => {})
    await advance(sim, 30 * 60_000)
    expect(sim.callsTo(LIVE_CALLS)).toHaveLength(0)
    expect(client.getLive(CHANNEL).status).toBe('pending')
    client.setVisible(true)
    await flush()
    expect(sim.callsTo(LIVE_CALLS)).toHaveLength(1)
  })

  it('polls every minute while subscribed and visible, and stops when hidden or unsubscribed', async () => {
    const { sim, client } = setup()
    const unsubscribe = client.subscribeLive(CHANNEL, () => {})
    await flush()
    await advance(sim, 60_000)
    await advance(sim, 60_000)
    expect(sim.callsTo(LIVE_CALLS)).toHaveLength(3)
    client.setVisible(false)
    await advance(sim, 10 * 60_000)
    expect(sim.callsTo(LIVE_CALLS)).toHaveLength(3)
    client.setVisible(true)
    await flush()
    expect(sim.callsTo(LIVE_CALLS)).toHaveLength(4)
    unsubscribe()
    await advance(sim, 10 * 60_000)
    expect(sim.callsTo(LIVE_CALLS)).toHaveLength(4)
  })

  it('serves fresh data to a new subscriber without a request (TTL 30 s)', async () => {
    const { sim, client } = setup()
    client.subscribeLive(CHANNEL, () => {})()
    await flush()
    await advance(sim, 29_000)
    client.subscribeLive(CHANNEL, () => {})()
    await flush()
    expect(sim.callsTo(LIVE_CALLS)).toHaveLength(1)
    await advance(sim, 1_000)
    client.subscribeLive(CHANNEL, () => {})
    await flush()
    expect(sim.callsTo(LIVE_CALLS)).toHaveLength(2)
  })

  it('notifies nobody when a poll returns the same data (structural sharing)', async () => {
    const { sim, client } = setup()
    const listener = vi.fn()
    client.subscribeLive(CHANNEL, listener)
    await flush()
    const first = client.getLive(CHANNEL)
    await advance(sim, 60_000)
    expect(sim.callsTo(LIVE_CALLS)).toHaveLength(2)
    expect(listener).toHaveBeenCalledTimes(1)
    expect(client.getLive(CHANNEL)).toBe(first)
    sim.endLive(CHANNEL)
    await advance(sim, 60_000)
    expect(listener).toHaveBeenCalledTimes(2)
    expect(client.getLive(CHANNEL).data?.status).toBe('ended')
    expect(client.getLive(CHANNEL).data?.otherInfos).toBe(first.data?.otherInfos)
  })

  it.each([
    ['devtools (-14)', { mode: 'devtools' as const }, 'devtools-unsupported', 1],
    ['subject mismatch (100008)', {}, 'subject-mismatch-or-unverified', 1],
    ['base library below 2.15.0', { baseLibrary: '2.14.9' }, 'api-missing', 0],
  ])('stops after a permanent error: %s', async (_name, simOptions, code, requests) => {
    const { sim, client } = setup(simOptions)
    if (code === 'subject-mismatch-or-unverified') sim.setSubject(CHANNEL, 'other')
    client.subscribeLive(CHANNEL, () => {})
    await flush()
    await advance(sim, 60 * 60_000)
    expect(sim.callsTo(LIVE_CALLS)).toHaveLength(requests)
    expect(client.getLive(CHANNEL).error?.code).toBe(code)
    expect(client.getLive(CHANNEL).error?.retryable).toBe(false)
    // A remount does not try again either.
    client.subscribeLive(CHANNEL, () => {})
    await flush()
    expect(sim.callsTo(LIVE_CALLS)).toHaveLength(requests)
  })

  it('reports an unknown channel id (1416100) without retrying', async () => {
    const { sim, client } = setup()
    client.subscribeLive('sphNoSuchChannel', () => {})
    await flush()
    await advance(sim, 10 * 60_000)
    expect(sim.callsTo(LIVE_CALLS)).toHaveLength(1)
    expect(client.getLive('sphNoSuchChannel').error).toMatchObject({
      code: 'invalid-channel',
      errCode: 1416100,
    })
  })

  it('backs off on retryable errors (2 s, 4 s) and recovers', async () => {
    const { sim, client } = setup()
    sim.script(
      LIVE_CALLS,
      { type: 'fail', err_code: 500123, errMsg: 'getChannelsLiveInfo:fail system error' },
      { times: 2 },
    )
    client.subscribeLive(CHANNEL, () => {})
    await flush()
    expect(client.getLive(CHANNEL).error?.code).toBe('platform-failure')
    await advance(sim, 1_999)
    expect(sim.callsTo(LIVE_CALLS)).toHaveLength(1)
    await advance(sim, 1)
    expect(sim.callsTo(LIVE_CALLS)).toHaveLength(2)
    await advance(sim, 3_999)
    expect(sim.callsTo(LIVE_CALLS)).toHaveLength(2)
    await advance(sim, 1)
    expect(sim.callsTo(LIVE_CALLS)).toHaveLength(3)
    expect(client.getLive(CHANNEL)).toMatchObject({ status: 'success', error: undefined })
  })

  it('times out a callback that never fires, then retries', async () => {
    const { sim, client } = setup()
    sim.script(LIVE_CALLS, { type: 'hang' })
    client.subscribeLive(CHANNEL, () => {})
    await advance(sim, 9_999)
    expect(client.getLive(CHANNEL).status).toBe('pending')
    await advance(sim, 1)
    expect(client.getLive(CHANNEL).error?.code).toBe('timeout')
    await advance(sim, 2_000)
    expect(client.getLive(CHANNEL).status).toBe('success')
  })

  it('rejects malformed data with a typed error and does not retry', async () => {
    const { sim, client } = setup()
    sim.script(LIVE_CALLS, { type: 'respond', result: { status: { code: 2 } } }, { times: 5 })
    client.subscribeLive(CHANNEL, () => {})
    await flush()
    await advance(sim, 10 * 60_000)
    expect(client.getLive(CHANNEL).error?.code).toBe('malformed-response')
    expect(sim.callsTo(LIVE_CALLS)).toHaveLength(1)
  })

  it('treats an undocumented status code as unknown, never as live', async () => {
    const { sim, client } = setup()
    sim.setStatusCode(CHANNEL, 7)
    client.subscribeLive(CHANNEL, () => {})
    await flush()
    expect(client.getLive(CHANNEL).data).toMatchObject({ status: 'unknown', statusCode: 7 })
  })

  it('does not call the platform on H5, and catches a stub that "succeeds"', async () => {
    const h5 = setup({ mode: 'h5-stub' })
    h5.client.subscribeLive(CHANNEL, () => {})
    await flush()
    expect(h5.sim.calls).toHaveLength(0)
    expect(h5.client.getLive(CHANNEL).error?.code).toBe('unsupported-platform')

    // Even if the target were misreported as weapp, a resolved stub is not taken as data.
    const stub = setup({ mode: 'h5-stub' }, {}, 'weapp')
    stub.client.subscribeLive(CHANNEL, () => {})
    await flush()
    await advance(stub.sim, 10 * 60_000)
    expect(stub.sim.callsTo(LIVE_CALLS)).toHaveLength(1)
    expect(stub.client.getLive(CHANNEL).error?.code).toBe('unsupported-platform')
  })

  it('gives an invalid channel id a typed error without any request', async () => {
    const { sim, client } = setup()
    client.subscribeLive('  ', () => {})
    await flush()
    expect(client.getLive('  ').error?.code).toBe('invalid-argument')
    expect(sim.calls).toHaveLength(0)
  })

  it('refreshLive fetches again even after a permanent error', async () => {
    const { sim, client } = setup({ mode: 'devtools' })
    client.subscribeLive(CHANNEL, () => {})
    await flush()
    sim.setMode('device')
    await client.refreshLive(CHANNEL)
    expect(client.getLive(CHANNEL).data?.status).toBe('live')
  })

  it('keeps the last good data through a later transient error', async () => {
    const { sim, client } = setup()
    client.subscribeLive(CHANNEL, () => {})
    await flush()
    sim.script(LIVE_CALLS, { type: 'fail', errMsg: 'getChannelsLiveInfo:fail network' })
    await advance(sim, 60_000)
    expect(client.getLive(CHANNEL)).toMatchObject({ status: 'error', data: { status: 'live' } })
  })
})
