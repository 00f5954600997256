import { createLiveClient, createServerClock, createWxPlatform } from '@taro-live/core'
import { createWechatSimulator } from '@taro-live/simulator'
import { describe, expect, it } from 'vitest'
import { skewedClock } from './device-clock'
import { advance, CHANNEL, flush } from './setup'

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** A phone whose clock is `skew` ahead of WeChat's, with or without the app's server time. */
function setup(skew: number, serverTime: boolean) {
  const sim = createWechatSimulator({
    channels: { [CHANNEL]: { status: 'ended', nickname: '橙子优选' } },
  })
  const device = skewedClock(sim.clock, skew)
  const clock = serverTime ? createServerClock(-skew, device) : device
  const platform = createWxPlatform(sim, { env: 'weapp', clock })
  const client = createLiveClient(platform, { noticePollIntervalMs: 0 })
  return { sim, client, device, clock }
}

describe('server time (the device clock may be minutes off, docs/platform.md)', () => {
  it('control: with the device clock alone, a phone 20 min fast shows a notice 10 min away as started', async () => {
    const { sim, client } = setup(20 * MINUTE, false)
    sim.scheduleNotice(CHANNEL, { startTime: sim.clock.now() + 10 * MINUTE })
    client.subscribeNotice(CHANNEL, () => {})
    await flush()
    expect(client.getNotice(CHANNEL).phase).toBe('lingering')
    client.destroy()
  })

  it('the phase changes at the server instants: the start and an hour later', async () => {
    const { sim, client } = setup(20 * MINUTE, true)
    const start = sim.clock.now() + 10 * MINUTE
    sim.scheduleNotice(CHANNEL, { startTime: start })
    const phases: unknown[] = []
    client.subscribeNotice(CHANNEL, () => phases.push(client.getNotice(CHANNEL).phase))
    await flush()
    expect(client.getNotice(CHANNEL).phase).toBe('upcoming')
    phases.length = 0

    await advance(sim, start - sim.clock.now() - 1)
    expect(client.getNotice(CHANNEL).phase).toBe('upcoming')
    await advance(sim, 1)
    expect(phases).toEqual(['lingering'])
    await advance(sim, HOUR - 1)
    expect(phases).toEqual(['lingering'])
    await advance(sim, 1)
    expect(phases[1]).toBe('expired')
    client.destroy()
  })

  it('a reservation is kept until the server says the notice is gone, on a phone 2 h fast', async () => {
    const { sim, client } = setup(2 * HOUR, true)
    const noticeId = sim.scheduleNotice(CHANNEL, { startTime: sim.clock.now() + 30 * MINUTE })
    sim.choose('reserveChannelsLive', 'confirm')
    const result = await client.reserve(CHANNEL)
    expect(result).toMatchObject({ noticeId, outcome: 'reserved', reserved: true })
    expect(client.isReserved(noticeId)).toBe(true)
    expect(client.getNotice(CHANNEL)).toMatchObject({ reserved: true, phase: 'upcoming' })
    client.destroy()
  })

  it('an offset function is read at every `now()`: an offset learned later counts at once', () => {
    const { sim } = setup(0, false)
    let offset = 0
    const clock = createServerClock(() => offset, sim.clock)
    expect(clock.now()).toBe(sim.clock.now())
    offset = -5 * MINUTE
    expect(clock.now()).toBe(sim.clock.now() - 5 * MINUTE)
    // Timers are the device's: a delay is the same on both clocks.
    let fired = false
    clock.setTimeout(() => {
      fired = true
    }, 1_000)
    sim.clock.advance(999)
    expect(fired).toBe(false)
    sim.clock.advance(1)
    expect(fired).toBe(true)
  })

  it('a broken offset (NaN, Infinity, a throwing function) falls back to the device clock', () => {
    const { sim } = setup(0, false)
    for (const offset of [Number.NaN, Number.POSITIVE_INFINITY, () => Number.NaN]) {
      expect(createServerClock(offset, sim.clock).now()).toBe(sim.clock.now())
    }
    const throwing = createServerClock(() => {
      throw new Error('not known yet')
    }, sim.clock)
    expect(throwing.now()).toBe(sim.clock.now())
  })

  it('defaults to the system clock underneath', () => {
    const clock = createServerClock(60_000)
    const before = Date.now()
    const now = clock.now()
    expect(now - before).toBeGreaterThanOrEqual(60_000)
    expect(now - Date.now()).toBeLessThanOrEqual(60_000)
  })
})
