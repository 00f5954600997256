import { describe, expect, it } from 'vitest'
import { createWechatSimulator, type WechatSimulator } from '../src'
import { call } from './call'

const CH = 'sphShop'
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

describe('live status', () => {
  it('moves through never (1), preparing (4), live (2) and ended (3) with feed ids', async () => {
    const sim = createWechatSimulator({ channels: { [CH]: { nickname: '橙子' } } })
    expect(await call(sim, 'getChannelsLiveInfo', { finderUserName: CH })).toMatchObject({
      ok: true,
      result: { status: 1, feedId: '', nonceId: '', nickname: '橙子' },
    })
    sim.prepareLive(CH)
    // What the API answers, not the simulator's own bookkeeping.
    expect(await call(sim, 'getChannelsLiveInfo', { finderUserName: CH })).toMatchObject({
      ok: true,
      result: { status: 4 },
    })
    expect(sim.channel(CH)?.statusCode).toBe(4)
    const { feedId, nonceId } = sim.goLive(CH, { description: '上新' })
    expect(await call(sim, 'getChannelsLiveInfo', { finderUserName: CH })).toMatchObject({
      ok: true,
      result: { status: 2, feedId, nonceId, description: '上新', errMsg: 'getChannelsLiveInfo:ok' },
    })
    sim.endLive(CH)
    const ended = await call(sim, 'getChannelsLiveInfo', { finderUserName: CH })
    expect(ended).toMatchObject({ ok: true, result: { status: 3, feedId, replayStatus: 3 } })
    sim.goLive(CH)
    const again = await call(sim, 'getChannelsLiveInfo', { finderUserName: CH })
    expect(again.ok && again.result.otherInfos).toEqual([
      expect.objectContaining({ feedId, status: 3 }),
    ])
  })

  it('leaves out replayStatus and otherInfos below 2.29.0, and can send replayStatus as a string', async () => {
    const old = createWechatSimulator({
      baseLibrary: '2.28.0',
      channels: { [CH]: { status: 'ended' } },
    })
    const oldResult = await call(old, 'getChannelsLiveInfo', { finderUserName: CH })
    expect(oldResult.ok && 'replayStatus' in oldResult.result).toBe(false)
    expect(oldResult.ok && 'otherInfos' in oldResult.result).toBe(false)
    const stringly = createWechatSimulator({
      replayStatusAs: 'string',
      channels: { [CH]: { status: 'ended' } },
    })
    expect(await call(stringly, 'getChannelsLiveInfo', { finderUserName: CH })).toMatchObject({
      result: { replayStatus: '0' },
    })
  })

  it.each([
    ['an unknown channel', 'sphNobody', {}, 1416100],
    ['another subject', CH, { subject: 'other' as const }, 100008],
    ['an unverified channel', CH, { subject: 'unverified' as const }, 100008],
    ['an empty id', '', {}, 40097],
  ])('fails for %s with err_code %i', async (_name, finderUserName, init, code) => {
    const sim = createWechatSimulator({ channels: { [CH]: init } })
    for (const api of ['getChannelsLiveInfo', 'getChannelsLiveNoticeInfo'] as const) {
      expect(await call(sim, api, { finderUserName })).toMatchObject({
        ok: false,
        error: { err_code: code },
      })
    }
  })

  it('fails every Channels API with -14 in DevTools, but not the profile APIs', async () => {
    const sim = createWechatSimulator({ mode: 'devtools', channels: { [CH]: { status: 'live' } } })
    const id = sim.scheduleNotice(CH, { startTime: sim.clock.now() + 60_000 })
    for (const [api, params] of [
      ['getChannelsLiveInfo', { finderUserName: CH }],
      ['getChannelsLiveNoticeInfo', { finderUserName: CH }],
      ['openChannelsLive', { finderUserName: CH }],
      ['reserveChannelsLive', { noticeId: id }],
      ['openChannelsUserProfile', { finderUserName: CH }],
    ] as const) {
      expect(await sim.tap(() => call(sim, api, params))).toMatchObject({
        ok: false,
        error: { err_code: -14 },
      })
    }
    expect((await call(sim, 'getUserInfo')).ok).toBe(true)
    expect(sim.getSystemInfoSync?.().platform).toBe('devtools')
  })

  it('answers like Taro H5 stubs: "succeeds" in production, fails in development, and has no version', async () => {
    const prod = createWechatSimulator({ mode: 'h5-stub' })
    expect(await call(prod, 'getChannelsLiveInfo', { finderUserName: CH })).toEqual({
      ok: true,
      result: { errMsg: '暂时不支持 API getChannelsLiveInfo' },
    })
    expect(prod.env).toBe('h5')
    expect(prod.getAppBaseInfo?.().SDKVersion).toBe('')
    expect(prod.canIUse?.('getChannelsLiveInfo')).toBe(false)
    const dev = createWechatSimulator({ mode: 'h5-stub', h5Development: true })
    expect(await call(dev, 'getChannelsLiveInfo', { finderUserName: CH })).toMatchObject({
      ok: false,
    })
  })
})

describe('notices', () => {
  it('returns the next usable notice with startTime as a string of seconds, through the lingering hour', async () => {
    const sim = createWechatSimulator({ channels: { [CH]: {} } })
    const start = sim.clock.now() + 10 * 60_000
    const later = sim.scheduleNotice(CH, { startTime: start + 86_400_000 })
    const next = sim.scheduleNotice(CH, { startTime: start })
    const first = await call(sim, 'getChannelsLiveNoticeInfo', { finderUserName: CH })
    expect(first).toMatchObject({
      ok: true,
      result: { noticeId: next, status: 0, startTime: String(start / 1000), reservable: true },
    })
    expect(first.ok && first.result.otherInfos).toEqual([
      expect.objectContaining({ noticeId: later }),
    ])

    sim.clock.advanceTo(start + 59 * 60_000)
    expect(await call(sim, 'getChannelsLiveNoticeInfo', { finderUserName: CH })).toMatchObject({
      result: { noticeId: next },
    })
    sim.clock.advanceTo(start + 60 * 60_000)
    expect(await call(sim, 'getChannelsLiveNoticeInfo', { finderUserName: CH })).toMatchObject({
      result: { noticeId: later },
    })
  })

  it('fails (1416104) when the only notice was cancelled or used by a live', async () => {
    const sim = createWechatSimulator({ channels: { [CH]: {}, sphOther: {} } })
    const cancelled = sim.scheduleNotice(CH, { startTime: sim.clock.now() + 60_000 })
    sim.cancelNotice(cancelled)
    expect(await call(sim, 'getChannelsLiveNoticeInfo', { finderUserName: CH })).toMatchObject({
      ok: false,
      error: { err_code: 1416104 },
    })
    sim.scheduleNotice('sphOther', { startTime: sim.clock.now() + 60_000 })
    sim.goLive('sphOther')
    expect(
      await call(sim, 'getChannelsLiveNoticeInfo', { finderUserName: 'sphOther' }),
    ).toMatchObject({
      ok: false,
    })
  })

  it('leaves out notice otherInfos below 2.24.6', async () => {
    const sim = createWechatSimulator({ baseLibrary: '2.24.5', channels: { [CH]: {} } })
    sim.scheduleNotice(CH, { startTime: sim.clock.now() + 60_000 })
    sim.scheduleNotice(CH, { startTime: sim.clock.now() + 120_000 })
    const result = await call(sim, 'getChannelsLiveNoticeInfo', { finderUserName: CH })
    expect(result.ok && 'otherInfos' in result.result).toBe(false)
  })
})

describe('reserveChannelsLive states', () => {
  function withNotice(init: Parameters<WechatSimulator['addChannel']>[1] = {}, os?: 'harmony') {
    const sim = createWechatSimulator({ os, channels: { [CH]: init } })
    const noticeId = sim.scheduleNotice(CH, { startTime: sim.clock.now() + 60_000 })
    return { sim, noticeId }
  }
  const state = async (sim: WechatSimulator, noticeId: string) => {
    const outcome = await call(sim, 'reserveChannelsLive', { noticeId })
    return outcome.ok ? outcome.result.state : outcome.error
  }

  it('answers 6 then 8 (close) then 7 (confirm) then 5 (close), tracking the user', async () => {
    const { sim, noticeId } = withNotice()
    expect(await state(sim, noticeId)).toBe(6)
    expect(sim.isReservedByUser(noticeId)).toBe(true)
    sim.choose('reserveChannelsLive', 'close', 'confirm', 'close')
    expect(await state(sim, noticeId)).toBe(8)
    expect(await state(sim, noticeId)).toBe(7)
    expect(sim.isReservedByUser(noticeId)).toBe(false)
    expect(await state(sim, noticeId)).toBe(5)
  })

  it('answers 1/2 while live, 3 cancelled, 4 after the live ended, 9 aborted, 10 expired', async () => {
    const live = withNotice()
    live.sim.goLive(CH)
    live.sim.choose('reserveChannelsLive', 'close', 'confirm')
    expect(await state(live.sim, live.noticeId)).toBe(1)
    expect(await state(live.sim, live.noticeId)).toBe(2)
    expect(live.sim.visits).toHaveLength(1)
    live.sim.endLive(CH)
    expect(await state(live.sim, live.noticeId)).toBe(4)

    const cancelled = withNotice()
    cancelled.sim.cancelNotice(cancelled.noticeId)
    expect(await state(cancelled.sim, cancelled.noticeId)).toBe(3)

    const aborted = withNotice()
    aborted.sim.choose('reserveChannelsLive', 'abort')
    expect(await state(aborted.sim, aborted.noticeId)).toBe(9)

    const expired = withNotice()
    expired.sim.clock.advance(60_000 + 60 * 60_000)
    expect(await state(expired.sim, expired.noticeId)).toBe(10)
  })

  it('answers without state on HarmonyOS, and fails for an unknown notice id', async () => {
    const { sim, noticeId } = withNotice({}, 'harmony')
    expect(await state(sim, noticeId)).toBeUndefined()
    expect(await state(sim, 'nope')).toMatchObject({ err_code: 40097 })
  })
})

describe('scripting and the call log', () => {
  it('fails, hangs, responds or delays the next call as scripted, then behaves again', async () => {
    const sim = createWechatSimulator({ channels: { [CH]: { status: 'live' } } })
    sim.script('getChannelsLiveInfo', { type: 'fail', err_code: 1416104, errMsg: 'x:fail no data' })
    expect(await call(sim, 'getChannelsLiveInfo', { finderUserName: CH })).toMatchObject({
      ok: false,
      error: { err_code: 1416104 },
    })
    sim.script('getChannelsLiveInfo', { type: 'respond', result: { status: 'weird' } })
    expect(await call(sim, 'getChannelsLiveInfo', { finderUserName: CH })).toMatchObject({
      result: { status: 'weird' },
    })
    sim.script('getChannelsLiveInfo', { type: 'hang' })
    let answered = false
    void call(sim, 'getChannelsLiveInfo', { finderUserName: CH }).then(() => {
      answered = true
    })
    sim.clock.advance(3_600_000)
    await flush()
    expect(answered).toBe(false)
    sim.script('getChannelsLiveInfo', { type: 'delay', ms: 5_000 })
    const slow = call(sim, 'getChannelsLiveInfo', { finderUserName: CH })
    await flush()
    expect(sim.calls.at(-1)?.outcome).toBe('pending')
    sim.clock.advance(5_000)
    expect((await slow).ok).toBe(true)
    expect(sim.calls.map((c) => c.outcome)).toEqual(['fail', 'success', 'hang', 'success'])
  })

  it('logs parameters without callbacks, the instant, and notifies subscribers', async () => {
    const sim = createWechatSimulator({ channels: { [CH]: {} } })
    let changes = 0
    const unsubscribe = sim.subscribe(() => {
      changes += 1
    })
    await call(sim, 'getChannelsLiveInfo', { finderUserName: CH })
    expect(sim.calls).toEqual([
      expect.objectContaining({
        seq: 1,
        api: 'getChannelsLiveInfo',
        params: { finderUserName: CH },
        at: sim.clock.now(),
        inTap: false,
      }),
    ])
    expect(changes).toBeGreaterThanOrEqual(2)
    unsubscribe()
    sim.clearCalls()
    expect(sim.calls).toHaveLength(0)
  })

  it('delivers answers after latencyMs of simulated time', async () => {
    const sim = createWechatSimulator({ latencyMs: 800, channels: { [CH]: {} } })
    let answered = false
    void call(sim, 'getChannelsLiveInfo', { finderUserName: CH }).then(() => {
      answered = true
    })
    sim.clock.advance(799)
    await flush()
    expect(answered).toBe(false)
    sim.clock.advance(1)
    await flush()
    expect(answered).toBe(true)
  })
})

describe('channel home page and unreservable notices', () => {
  it('opens the channel home page without the subject rule (since 2023-12), from 2.21.2', async () => {
    const sim = createWechatSimulator({ channels: { [CH]: { subject: 'other' } } })
    expect((await call(sim, 'openChannelsUserProfile', { finderUserName: CH })).ok).toBe(true)
    expect(
      await call(sim, 'openChannelsUserProfile', { finderUserName: 'sphNobody' }),
    ).toMatchObject({
      error: { err_code: 1416100 },
    })
    expect(createWechatSimulator({ baseLibrary: '2.21.1' }).openChannelsUserProfile).toBeUndefined()
  })

  it('refuses to reserve a notice that is not reservable', async () => {
    const sim = createWechatSimulator({ channels: { [CH]: {} } })
    const noticeId = sim.scheduleNotice(CH, {
      startTime: sim.clock.now() + 60_000,
      reservable: false,
    })
    expect(await call(sim, 'reserveChannelsLive', { noticeId })).toMatchObject({ ok: false })
    expect(sim.isReservedByUser(noticeId)).toBe(false)
  })
})
