import { describe, expect, it } from 'vitest'
import { advance, CHANNEL, flush, setup } from './setup'

async function loaded(simOptions: Parameters<typeof setup>[0] = {}) {
  const ctx = setup(simOptions)
  ctx.client.subscribeLive(CHANNEL, () => {})
  await flush()
  return ctx
}

describe('opening the live room', () => {
  it('calls openChannelsLive synchronously inside the tap, with the prefetched ids', async () => {
    const { sim, client } = await loaded()
    const live = sim.channel(CHANNEL)?.live
    const opened = sim.tap(() => client.openLive(CHANNEL))
    await expect(opened).resolves.toBeUndefined()
    expect(sim.callsTo('openChannelsLive')).toEqual([
      expect.objectContaining({
        inTap: true,
        params: { finderUserName: CHANNEL, feedId: live?.feedId, nonceId: live?.nonceId },
      }),
    ])
    expect(sim.visits).toEqual([expect.objectContaining({ feedId: live?.feedId })])
  })

  it('is refused outside a tap and when deferred with setTimeout or a promise', async () => {
    const { sim, client } = await loaded()
    await expect(client.openLive(CHANNEL)).rejects.toMatchObject({ code: 'gesture-required' })
    const deferred = await sim.tap(
      () =>
        new Promise((resolve) =>
          setTimeout(() => resolve(client.openLive(CHANNEL).catch((e) => e)), 0),
        ),
    )
    expect(deferred).toMatchObject({ code: 'gesture-required' })
    const chained = await sim.tap(() =>
      Promise.resolve().then(() => client.openLive(CHANNEL).catch((e) => e)),
    )
    expect(chained).toMatchObject({ code: 'gesture-required' })
    expect(sim.visits).toHaveLength(0)
  })

  it('opens once for two quick taps', async () => {
    const { sim, client } = await loaded()
    const first = sim.tap(() => client.openLive(CHANNEL))
    const second = sim.tap(() => client.openLive(CHANNEL))
    expect(second).toBe(first)
    await first
    expect(sim.callsTo('openChannelsLive')).toHaveLength(1)
  })

  it('omits the ids from 2.19.2 when they are not loaded, and needs them below', async () => {
    const fresh = setup({ baseLibrary: '2.19.2' })
    await fresh.sim.tap(() => fresh.client.openLive(CHANNEL))
    expect(fresh.sim.callsTo('openChannelsLive')[0]?.params).toEqual({ finderUserName: CHANNEL })

    const old = setup({ baseLibrary: '2.19.1' })
    await expect(old.sim.tap(() => old.client.openLive(CHANNEL))).rejects.toMatchObject({
      code: 'not-ready',
    })
    expect(old.sim.callsTo('openChannelsLive')).toHaveLength(0)
  })

  it('does not pass the ids of an ended live from 2.19.2 (they would point at its end page)', async () => {
    const { sim, client } = await loaded()
    sim.endLive(CHANNEL)
    await client.refreshLive(CHANNEL)
    await sim.tap(() => client.openLive(CHANNEL))
    expect(sim.callsTo('openChannelsLive')[0]?.params).toEqual({ finderUserName: CHANNEL })
  })

  it('reports a cancelled confirmation, DevTools and H5 as typed errors', async () => {
    const { sim, client } = await loaded()
    sim.choose('openChannelsLive', 'cancel')
    await expect(sim.tap(() => client.openLive(CHANNEL))).rejects.toMatchObject({
      code: 'cancelled',
    })

    sim.setMode('devtools')
    await expect(sim.tap(() => client.openLive(CHANNEL))).rejects.toMatchObject({
      code: 'devtools-unsupported',
      errCode: -14,
    })

    const h5 = setup({ mode: 'h5-stub' })
    await expect(h5.sim.tap(() => h5.client.openLive(CHANNEL))).rejects.toMatchObject({
      code: 'unsupported-platform',
    })
    expect(h5.sim.calls).toHaveLength(0)
  })

  it('a call WeChat never answers rejects with timeout after timeoutMs, and frees the next tap', async () => {
    const { sim, client } = await loaded()
    sim.script('openChannelsLive', { type: 'hang' })
    const first = sim.tap(() => client.openLive(CHANNEL))
    const outcome = first.then(
      () => 'resolved',
      (error: { code?: string }) => error.code,
    )
    await advance(sim, 10_000)
    expect(await outcome).toBe('timeout')
    await expect(sim.tap(() => client.openLive(CHANNEL))).resolves.toBeUndefined()
    expect(sim.callsTo('openChannelsLive')).toHaveLength(2)
  })
})
