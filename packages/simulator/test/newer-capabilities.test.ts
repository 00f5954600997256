import { describe, expect, it } from 'vitest'
import {
  createWechatSimulator,
  DEFAULT_SIM_VARIANTS,
  SIM_VARIANT_CHOICES,
  type WechatSimulator,
  type WechatSimulatorOptions,
} from '../src'
import { call } from './call'

const CH = 'sphShop'
const NOW = Date.UTC(2026, 10, 28, 12)
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const SHEET = 'openChannelsLiveNoticeInfo'
const GESTURE = `${SHEET}:fail can only be invoked by user TAP gesture.`

/** A simulator on a base library with every newer capability. */
function newSim(options: WechatSimulatorOptions = {}): WechatSimulator {
  return createWechatSimulator({ baseLibrary: '3.13.0', now: NOW, ...options })
}

const openSheet = (sim: WechatSimulator, params: object = { finderUserName: CH }) =>
  sim.tap(() => call(sim, SHEET, params))

const liveInfo = (sim: WechatSimulator, params: object = {}) =>
  call(sim, 'getChannelsLiveInfo', { finderUserName: CH, ...params })

const feedIds = (sim: WechatSimulator, name = CH) =>
  (sim.channel(name)?.lives ?? []).map((live) => live.feedId)

describe('openChannelsLiveNoticeInfo: WeChat notice sheet', () => {
  it('exists from base library 3.13.0, and canIUse says so', () => {
    const old = createWechatSimulator({ baseLibrary: '3.12.9' })
    expect(old.openChannelsLiveNoticeInfo).toBeUndefined()
    expect(old.canIUse?.(SHEET)).toBe(false)
    const current = newSim()
    expect(typeof current.openChannelsLiveNoticeInfo).toBe('function')
    expect(current.canIUse?.(SHEET)).toBe(true)
    old.setBaseLibrary('3.13.0')
    expect(typeof old.openChannelsLiveNoticeInfo).toBe('function')
  })

  it('works only inside a tap, failing with the message openChannelsLive uses', async () => {
    const sim = newSim({ channels: { [CH]: {} } })
    const noticeId = sim.scheduleNotice(CH, { startTime: NOW + HOUR })
    sim.setDefaultChoice(SHEET, 'reserve')
    expect(await call(sim, SHEET, { finderUserName: CH })).toEqual({
      ok: false,
      error: { errMsg: GESTURE },
    })
    expect(sim.isReservedByUser(noticeId)).toBe(false)
    expect((await openSheet(sim)).ok).toBe(true)
    expect(sim.isReservedByUser(noticeId)).toBe(true)
  })

  it('shows the first usable notice; "reserve" reserves it, "close" does nothing, and the answer says neither', async () => {
    const sim = newSim({ channels: { [CH]: {} } })
    const cancelled = sim.scheduleNotice(CH, { startTime: NOW + HOUR })
    const later = sim.scheduleNotice(CH, { startTime: NOW + 3 * HOUR })
    const first = sim.scheduleNotice(CH, { startTime: NOW + 2 * HOUR })
    sim.cancelNotice(cancelled)

    // The default answer is "close".
    expect(await openSheet(sim)).toEqual({ ok: true, result: { errMsg: `${SHEET}:ok` } })
    expect(sim.isReservedByUser(first)).toBe(false)

    sim.choose(SHEET, 'reserve')
    expect(await openSheet(sim)).toEqual({ ok: true, result: { errMsg: `${SHEET}:ok` } })
    expect(sim.isReservedByUser(first)).toBe(true)
    expect(sim.isReservedByUser(later)).toBe(false)
    expect(sim.isReservedByUser(cancelled)).toBe(false)
    // The next call to the app's own API sees nothing of it: reservable stays true.
    expect(await call(sim, 'getChannelsLiveNoticeInfo', { finderUserName: CH })).toMatchObject({
      result: { noticeId: first, reservable: true },
    })
  })

  it('keeps an unreservable notice unreserved whatever the user picks', async () => {
    const sim = newSim({ channels: { [CH]: {} } })
    const noticeId = sim.scheduleNotice(CH, { startTime: NOW + HOUR, reservable: false })
    sim.choose(SHEET, 'reserve')
    expect((await openSheet(sim)).ok).toBe(true)
    expect(sim.isReservedByUser(noticeId)).toBe(false)
  })

  it.each([
    ['an empty id', '', 40097],
    ['a missing id', undefined, 40097],
    ['an unknown channel', 'sphNobody', 1416100],
  ])('fails for %s with err_code %i', async (_name, finderUserName, code) => {
    const sim = newSim({ channels: { [CH]: {} } })
    expect(await openSheet(sim, { finderUserName })).toMatchObject({
      ok: false,
      error: { err_code: code },
    })
  })

  it.each([
    ['other', false],
    ['unverified', false],
    ['related', true],
    ['same', true],
  ] as const)('follows the subject rule: %s works? %s', async (subject, works) => {
    const sim = newSim({ channels: { [CH]: { subject } } })
    sim.scheduleNotice(CH, { startTime: NOW + HOUR })
    const outcome = await openSheet(sim)
    expect(outcome.ok).toBe(works)
    if (!works) expect(outcome).toMatchObject({ error: { err_code: 100008 } })
  })

  it('noticeSheetWithoutNotice: a 1416104 failure, or an empty sheet that takes no choice', async () => {
    const sim = newSim({ channels: { [CH]: {} } })
    expect(sim.variants.noticeSheetWithoutNotice).toBe('fail')
    expect(await openSheet(sim)).toEqual({
      ok: false,
      error: { errMsg: `${SHEET}:fail data empty`, err_code: 1416104 },
    })
    sim.setVariant('noticeSheetWithoutNotice', 'empty-sheet')
    sim.choose(SHEET, 'reserve')
    expect(await openSheet(sim)).toEqual({ ok: true, result: { errMsg: `${SHEET}:ok` } })
    // The queued "reserve" was not used up by the empty sheet.
    const noticeId = sim.scheduleNotice(CH, { startTime: NOW + HOUR })
    await openSheet(sim)
    expect(sim.isReservedByUser(noticeId)).toBe(true)
  })

  it('fails with -14 in DevTools, "succeeds" as a Taro H5 stub, and is scripted and logged like the others', async () => {
    const devtools = newSim({ mode: 'devtools', channels: { [CH]: {} } })
    expect(await openSheet(devtools)).toMatchObject({ ok: false, error: { err_code: -14 } })
    const stub = newSim({ mode: 'h5-stub' })
    expect(await openSheet(stub)).toEqual({
      ok: true,
      result: { errMsg: `暂时不支持 API ${SHEET}` },
    })

    const sim = newSim({ channels: { [CH]: {} }, latencyMs: 500 })
    sim.scheduleNotice(CH, { startTime: NOW + HOUR })
    sim.script(SHEET, { type: 'fail', err_code: 1416104 })
    const scripted = openSheet(sim)
    sim.clock.advance(500)
    expect(await scripted).toMatchObject({ ok: false, error: { err_code: 1416104 } })
    const answered = openSheet(sim)
    sim.clock.advance(500)
    expect((await answered).ok).toBe(true)
    expect(sim.callsTo(SHEET)).toEqual([
      expect.objectContaining({ api: SHEET, params: { finderUserName: CH }, inTap: true }),
      expect.objectContaining({ outcome: 'success', result: { errMsg: `${SHEET}:ok` } }),
    ])
    expect(sim.callsTo(SHEET)[0]?.outcome).toBe('fail')
  })
})

describe('<channel-live>: simulateChannelLiveTap', () => {
  it('exists from 2.29.0 (canIUse), and not at all in Taro H5', () => {
    const old = createWechatSimulator({
      baseLibrary: '2.28.9',
      channels: { [CH]: { status: 'live' } },
    })
    expect(old.canIUse?.('channel-live')).toBe(false)
    const props = { finderUserName: CH, feedId: feedIds(old)[0] as string }
    const missing = old.simulateChannelLiveTap(props)
    expect(missing).toMatchObject({
      ok: false,
      detail: { errMsg: expect.stringMatching(/^channel-live:fail/) },
    })
    expect(!missing.ok && 'err_code' in missing.detail).toBe(false)
    expect(old.visits).toHaveLength(0)

    old.setBaseLibrary('2.29.0')
    expect(old.canIUse?.('channel-live')).toBe(true)
    expect(old.simulateChannelLiveTap(props)).toEqual({ ok: true, landing: 'live' })

    const stub = newSim({ mode: 'h5-stub', channels: { [CH]: { status: 'live' } } })
    expect(stub.canIUse?.('channel-live')).toBe(false)
    expect(
      stub.simulateChannelLiveTap({ finderUserName: CH, feedId: feedIds(stub)[0] as string }).ok,
    ).toBe(false)
  })

  it('fails with -14 in DevTools', () => {
    const sim = newSim({ mode: 'devtools', channels: { [CH]: { status: 'live' } } })
    expect(
      sim.simulateChannelLiveTap({ finderUserName: CH, feedId: feedIds(sim)[0] as string }),
    ).toMatchObject({
      ok: false,
      detail: { err_code: -14 },
    })
  })

  it('fails for an unknown channel (1416100) and a feedId that is not a live of that channel (40097)', () => {
    const sim = newSim({ channels: { [CH]: { status: 'live' }, sphOther: { status: 'live' } } })
    const own = feedIds(sim)[0] as string
    expect(sim.simulateChannelLiveTap({ finderUserName: 'sphNobody', feedId: own })).toMatchObject({
      ok: false,
      detail: { err_code: 1416100 },
    })
    expect(sim.simulateChannelLiveTap({ finderUserName: CH, feedId: 'nope' })).toEqual({
      ok: false,
      detail: { errMsg: 'channel-live:fail invalid feedId', err_code: 40097 },
    })
    const foreign = feedIds(sim, 'sphOther')[0] as string
    expect(sim.simulateChannelLiveTap({ finderUserName: CH, feedId: foreign })).toMatchObject({
      detail: { err_code: 40097 },
    })
    expect(sim.simulateChannelLiveTap({ finderUserName: '', feedId: own })).toMatchObject({
      detail: { err_code: 40097 },
    })
    expect(sim.visits).toHaveLength(0)
  })

  it.each([
    ['same', 'error', true],
    ['same', 'works', true],
    ['other', 'works', false],
    ['unverified', 'works', false],
    ['related', 'error', false],
    ['related', 'works', true],
  ] as const)(
    'subject %s under channelLiveRelatedSubject %s: works? %s',
    (subject, variant, works) => {
      const sim = newSim({
        channels: { [CH]: { status: 'live', subject } },
        variants: { channelLiveRelatedSubject: variant },
      })
      const tap = sim.simulateChannelLiveTap({
        finderUserName: CH,
        feedId: feedIds(sim)[0] as string,
      })
      expect(tap.ok).toBe(works)
      if (!works) expect(tap).toMatchObject({ detail: { err_code: 100008 } })
      expect(sim.visits).toHaveLength(works ? 1 : 0)
    },
  )

  it('defaults to the very same subject, while the APIs accept a related one', async () => {
    const sim = newSim({ channels: { [CH]: { status: 'live', subject: 'related' } } })
    expect(DEFAULT_SIM_VARIANTS.channelLiveRelatedSubject).toBe('error')
    expect((await liveInfo(sim)).ok).toBe(true)
    expect((await call(sim, 'getChannelsLiveNoticeInfo', { finderUserName: CH })).ok).toBe(false) // no notice, not the subject
    expect((await sim.tap(() => call(sim, 'openChannelsLive', { finderUserName: CH }))).ok).toBe(
      true,
    )
    expect(
      sim.simulateChannelLiveTap({ finderUserName: CH, feedId: feedIds(sim)[0] as string }).ok,
    ).toBe(false)
  })

  it('drops err_code under the errCode errmsg-only variant', () => {
    const sim = newSim({
      channels: { [CH]: { status: 'live', subject: 'other' } },
      variants: { errCode: 'errmsg-only' },
    })
    const tap = sim.simulateChannelLiveTap({
      finderUserName: CH,
      feedId: feedIds(sim)[0] as string,
    })
    expect(tap).toEqual({
      ok: false,
      detail: {
        errMsg:
          'channel-live:fail the channel and the mini program do not share a subject, or the channel is unverified',
      },
    })
  })

  it('lands on the live, the end page, or the replay once it is generated', () => {
    const sim = newSim({ channels: { [CH]: { status: 'live' } } })
    const [first] = feedIds(sim) as [string]
    const tap = (feedId: string) => sim.simulateChannelLiveTap({ finderUserName: CH, feedId })
    expect(tap(first)).toEqual({ ok: true, landing: 'live' })
    sim.endLive(CH)
    expect(tap(first)).toEqual({ ok: true, landing: 'end-page' })
    sim.clock.advance(30 * MINUTE)
    expect(tap(first)).toEqual({ ok: true, landing: 'replay' })
    sim.setReplayStatus(CH, first, 6)
    expect(tap(first)).toEqual({ ok: true, landing: 'end-page' })
    // A new live: the old feed is no longer the running one.
    const { feedId: second } = sim.goLive(CH)
    expect(tap(second)).toEqual({ ok: true, landing: 'live' })
    sim.setReplayStatus(CH, first, 1)
    expect(tap(first)).toEqual({ ok: true, landing: 'replay' })
    // Preparing the next live: the last one's end page.
    sim.endLive(CH)
    sim.prepareLive(CH)
    expect(tap(second)).toEqual({ ok: true, landing: 'end-page' })
    expect(sim.visits.map((v) => [v.feedId, v.via, v.landing])).toEqual([
      [first, 'channel-live', 'live'],
      [first, 'channel-live', 'end-page'],
      [first, 'channel-live', 'replay'],
      [first, 'channel-live', 'end-page'],
      [second, 'channel-live', 'live'],
      [first, 'channel-live', 'replay'],
      [second, 'channel-live', 'end-page'],
    ])
  })

  it('jumps without the confirmation popup: a queued answer to it stays queued', async () => {
    const sim = newSim({ channels: { [CH]: { status: 'live' } } })
    sim.choose('openChannelsLive', 'cancel')
    expect(
      sim.simulateChannelLiveTap({ finderUserName: CH, feedId: feedIds(sim)[0] as string }).ok,
    ).toBe(true)
    expect(
      await sim.tap(() => call(sim, 'openChannelsLive', { finderUserName: CH })),
    ).toMatchObject({
      ok: false,
      error: { errMsg: 'openChannelsLive:fail cancel' },
    })
    expect(sim.visits).toHaveLength(1)
  })

  it('is logged like an API call inside a tap, and tells subscribers', () => {
    const sim = newSim({ channels: { [CH]: { status: 'live' } } })
    const feedId = feedIds(sim)[0] as string
    let changes = 0
    sim.subscribe(() => {
      changes += 1
    })
    sim.simulateChannelLiveTap({ finderUserName: CH, feedId })
    expect(changes).toBe(1)
    sim.simulateChannelLiveTap({ finderUserName: CH, feedId: 'nope' })
    expect(changes).toBe(2)
    expect(sim.callsTo('channel-live')).toEqual([
      {
        seq: 1,
        api: 'channel-live',
        params: { finderUserName: CH, feedId },
        at: NOW,
        inTap: true,
        outcome: 'success',
        result: { landing: 'live' },
      },
      expect.objectContaining({
        seq: 2,
        params: { finderUserName: CH, feedId: 'nope' },
        inTap: true,
        outcome: 'fail',
        result: { errMsg: 'channel-live:fail invalid feedId', err_code: 40097 },
      }),
    ])
  })

  it('records how the other ways in entered: openChannelsLive and the reserve popup', async () => {
    const sim = newSim({ channels: { [CH]: { status: 'live' } } })
    const noticeId = sim.scheduleNotice(CH, { startTime: NOW + HOUR })
    await sim.tap(() => call(sim, 'openChannelsLive', { finderUserName: CH }))
    await call(sim, 'reserveChannelsLive', { noticeId })
    sim.endLive(CH)
    await sim.tap(() => call(sim, 'openChannelsLive', { finderUserName: CH }))
    expect(sim.visits.map((v) => [v.via, v.landing])).toEqual([
      ['openChannelsLive', 'live'],
      ['reserveChannelsLive', 'live'],
      ['openChannelsLive', 'end-page'],
    ])
  })
})

describe('getChannelsLiveInfo: the startTime/endTime window', () => {
  /** Lives A, B, C (past, one a day) and D (running, started now). */
  function history(options: WechatSimulatorOptions = {}) {
    const sim = newSim({
      ...options,
      channels: {
        [CH]: {
          status: 'live',
          description: 'D',
          pastLives: [
            { description: 'C', startedAt: NOW - 1 * DAY, endedAt: NOW - 1 * DAY + HOUR },
            { description: 'A', startedAt: NOW - 3 * DAY, endedAt: NOW - 3 * DAY + HOUR },
            { description: 'B', startedAt: NOW - 2 * DAY, endedAt: NOW - 2 * DAY + HOUR },
          ],
        },
      },
    })
    return sim
  }
  /** The descriptions answered: the top-level live, then `otherInfos`. */
  async function lives(sim: WechatSimulator, params: object) {
    const outcome = await liveInfo(sim, params)
    if (!outcome.ok) return outcome.error
    const others = (outcome.result.otherInfos as { description: string }[]).map(
      (o) => o.description,
    )
    return { top: outcome.result.description, status: outcome.result.status, others }
  }
  const s = (ms: number) => ms / 1000

  it('answers the lives that started inside the window, in seconds by default', async () => {
    const sim = history()
    expect(sim.variants.liveInfoWindowUnit).toBe('seconds')
    expect(await lives(sim, {})).toEqual({ top: 'D', status: 2, others: ['A', 'B', 'C'] })
    // The newest in the window at the top, with status 3 when it is not the channel's newest.
    expect(
      await lives(sim, { startTime: s(NOW - 2.5 * DAY), endTime: s(NOW - 0.5 * DAY) }),
    ).toEqual({ top: 'C', status: 3, others: ['B'] })
    // Only startTime: up to now (the channel's newest, with the channel's status).
    expect(await lives(sim, { startTime: s(NOW - 1.5 * DAY) })).toEqual({
      top: 'D',
      status: 2,
      others: ['C'],
    })
    // Only endTime: from 0.
    expect(await lives(sim, { endTime: s(NOW - 1.5 * DAY) })).toEqual({
      top: 'B',
      status: 3,
      others: ['A'],
    })
    // Both ends are inside.
    expect(await lives(sim, { startTime: s(NOW - 2 * DAY), endTime: s(NOW - 2 * DAY) })).toEqual({
      top: 'B',
      status: 3,
      others: [],
    })
  })

  it('reads the window in milliseconds under liveInfoWindowUnit milliseconds', async () => {
    const sim = history({ variants: { liveInfoWindowUnit: 'milliseconds' } })
    expect(await lives(sim, { startTime: NOW - 2.5 * DAY, endTime: NOW - 0.5 * DAY })).toEqual({
      top: 'C',
      status: 3,
      others: ['B'],
    })
    // Seconds read as milliseconds: a window from 1970 that holds every live.
    expect(await lives(sim, { startTime: s(NOW - 2.5 * DAY) })).toEqual({
      top: 'D',
      status: 2,
      others: ['A', 'B', 'C'],
    })
    // And milliseconds read as seconds: a window far in the future, with no live.
    sim.setVariant('liveInfoWindowUnit', 'seconds')
    expect(await lives(sim, { startTime: NOW - 2.5 * DAY })).toMatchObject({ status: 1, top: '' })
  })

  it('answers a window without a live as a channel that never went live (neverLive)', async () => {
    const sim = history()
    const window = { startTime: s(NOW - 10 * DAY), endTime: s(NOW - 5 * DAY) }
    expect(await liveInfo(sim, window)).toMatchObject({
      ok: true,
      result: { status: 1, feedId: '', nonceId: '', description: '', otherInfos: [] },
    })
    const answer = await liveInfo(sim, window)
    expect(answer.ok && 'replayStatus' in answer.result).toBe(false)
    sim.setVariant('neverLive', 'no-data')
    expect(await liveInfo(sim, window)).toMatchObject({ ok: false, error: { err_code: 1416104 } })
    // The channel itself is live, so without a window it still answers.
    expect(await liveInfo(sim)).toMatchObject({ ok: true, result: { status: 2 } })
  })

  it('gives the channel status to the newest live in the window even when it ended', async () => {
    const sim = history()
    sim.endLive(CH)
    expect(await lives(sim, { startTime: s(NOW - 1.5 * DAY) })).toEqual({
      top: 'D',
      status: 3,
      others: ['C'],
    })
  })

  it('ignores the window below 2.29.0, and a window that is not a number', async () => {
    const sim = history({ baseLibrary: '2.28.9' })
    const old = await liveInfo(sim, { startTime: s(NOW - 2.5 * DAY), endTime: s(NOW - 0.5 * DAY) })
    expect(old).toMatchObject({ ok: true, result: { description: 'D', status: 2 } })
    sim.setBaseLibrary('2.29.0')
    expect(await lives(sim, { startTime: String(s(NOW - 1.5 * DAY)) })).toEqual({
      top: 'D',
      status: 2,
      others: ['A', 'B', 'C'],
    })
  })

  it('answers at most 15 lives in a window, the newest ones', async () => {
    const pastLives = Array.from({ length: 20 }, (_, i) => ({
      description: `L${i}`,
      startedAt: NOW - (20 - i) * HOUR,
    }))
    const sim = newSim({ channels: { [CH]: { pastLives } } })
    const answer = await lives(sim, { startTime: 0 })
    expect(answer).toMatchObject({ top: 'L19', status: 3 })
    expect('others' in answer && answer.others).toEqual(
      Array.from({ length: 14 }, (_, i) => `L${i + 5}`),
    )
  })

  it('otherInfosWithoutWindow: older lives without a window, or an empty list (a window still fills it)', async () => {
    const sim = history()
    expect(sim.variants.otherInfosWithoutWindow).toBe('filled')
    sim.setVariant('otherInfosWithoutWindow', 'empty')
    expect(await lives(sim, {})).toEqual({ top: 'D', status: 2, others: [] })
    // Even with odd entries played, there is nothing to mix them into.
    sim.setVariant('otherInfos', 'with-odd-entries')
    expect(await liveInfo(sim)).toMatchObject({ result: { otherInfos: [] } })
    sim.setVariant('otherInfos', 'documented')
    expect(await lives(sim, { startTime: s(NOW - 1.5 * DAY) })).toEqual({
      top: 'D',
      status: 2,
      others: ['C'],
    })
  })

  it('logs the window with the call', async () => {
    const sim = history()
    await liveInfo(sim, { startTime: 1, endTime: 2 })
    expect(sim.calls.at(-1)?.params).toEqual({ finderUserName: CH, startTime: 1, endTime: 2 })
  })
})

describe('replays', () => {
  const replayOf = async (sim: WechatSimulator) => {
    const answer = await liveInfo(sim)
    return answer.ok ? answer.result.replayStatus : answer.error
  }

  it('reports 0 while running, 3 once ended, 1 after 30 simulated minutes', async () => {
    const sim = newSim({ channels: { [CH]: { status: 'live' } } })
    expect(await replayOf(sim)).toBe(0)
    sim.clock.advance(2 * HOUR)
    expect(await replayOf(sim)).toBe(0)
    sim.endLive(CH)
    expect(await replayOf(sim)).toBe(3)
    sim.clock.advance(30 * MINUTE - 1)
    expect(await replayOf(sim)).toBe(3)
    expect(sim.channel(CH)?.lives[0]?.replayStatus).toBe(3)
    sim.clock.advance(1)
    expect(await replayOf(sim)).toBe(1)
    expect(sim.channel(CH)?.lives[0]?.replayStatus).toBe(1)
  })

  it('takes replayReadyAfterMs, and ends a running live when the next one starts', async () => {
    const sim = newSim({ replayReadyAfterMs: 5 * MINUTE, channels: { [CH]: { status: 'live' } } })
    sim.goLive(CH)
    sim.clock.advance(5 * MINUTE)
    const answer = await liveInfo(sim)
    expect(answer).toMatchObject({
      ok: true,
      result: { status: 2, replayStatus: 0, otherInfos: [{ status: 3, replayStatus: 1 }] },
    })
  })

  it('setReplayStatus forces any code over the progression, also as a string', async () => {
    const sim = newSim({ channels: { [CH]: { status: 'live' } }, replayStatusAs: 'string' })
    const feedId = feedIds(sim)[0] as string
    sim.endLive(CH)
    let changes = 0
    sim.subscribe(() => {
      changes += 1
    })
    sim.setReplayStatus(CH, feedId, 6)
    expect(changes).toBe(1)
    sim.clock.advance(DAY)
    expect(await replayOf(sim)).toBe('6')
    sim.setReplayStatus(CH, feedId, 9)
    expect(await replayOf(sim)).toBe('9')
    expect(sim.channel(CH)?.lives[0]?.replayStatus).toBe(9)
    expect(() => sim.setReplayStatus(CH, 'nope', 1)).toThrow(/no live/)
    expect(() => sim.setReplayStatus('sphNobody', feedId, 1)).toThrow(/no channel/)
  })

  it('keeps an ended live made at creation without a replay (0) until endLive or setReplayStatus', async () => {
    const sim = newSim({ channels: { [CH]: { status: 'ended' } } })
    sim.clock.advance(DAY)
    expect(await replayOf(sim)).toBe(0)
    sim.setReplayStatus(CH, feedIds(sim)[0] as string, 1)
    expect(await replayOf(sim)).toBe(1)
  })
})

describe('pastLives', () => {
  it('creates a history before the current live, sorted, with its replays', async () => {
    const sim = newSim({
      channels: {
        [CH]: {
          status: 'live',
          description: 'now',
          pastLives: [
            { description: 'yesterday', startedAt: NOW - DAY, endedAt: NOW - 10 * MINUTE },
            { description: 'last week', startedAt: NOW - 7 * DAY, endedAt: NOW - 7 * DAY + HOUR },
            { description: 'no end', startedAt: NOW - 5 * DAY },
            { description: 'expired', startedAt: NOW - 30 * DAY, replayStatus: 6 },
          ],
        },
      },
    })
    expect(
      sim
        .channel(CH)
        ?.lives.map(({ description, startedAt, replayStatus }) => [
          description,
          startedAt,
          replayStatus,
        ]),
    ).toEqual([
      ['expired', NOW - 30 * DAY, 6],
      ['last week', NOW - 7 * DAY, 1],
      ['no end', NOW - 5 * DAY, 0],
      ['yesterday', NOW - DAY, 3],
      ['now', NOW, 0],
    ])
    expect(sim.channel(CH)?.live?.description).toBe('now')
    const answer = await liveInfo(sim)
    expect(answer.ok && answer.result.otherInfos).toEqual([
      expect.objectContaining({ description: 'expired', status: 3, replayStatus: 6 }),
      expect.objectContaining({ description: 'last week', status: 3, replayStatus: 1 }),
      expect.objectContaining({ description: 'no end', status: 3, replayStatus: 0 }),
      expect.objectContaining({ description: 'yesterday', status: 3, replayStatus: 3 }),
    ])
    sim.clock.advance(20 * MINUTE)
    expect(sim.channel(CH)?.lives[3]?.replayStatus).toBe(1)
    // The lives have distinct feeds, each tappable.
    expect(new Set(feedIds(sim)).size).toBe(5)
    expect(
      sim.simulateChannelLiveTap({ finderUserName: CH, feedId: feedIds(sim)[1] as string }),
    ).toEqual({ ok: true, landing: 'replay' })
  })

  it('without a status, makes the channel ended with the newest past live as its latest', async () => {
    const sim = newSim({
      channels: { [CH]: { pastLives: [{ description: 'old', startedAt: NOW - DAY }] } },
    })
    expect(sim.channel(CH)).toMatchObject({ statusCode: 3, live: { description: 'old' } })
    expect(sim.channel(CH)?.lives).toHaveLength(1)
    expect(await liveInfo(sim)).toMatchObject({
      result: { status: 3, description: 'old', otherInfos: [] },
    })
    // With a status other than live or ended, the history stays and no live is added.
    const preparing = newSim({
      channels: { [CH]: { status: 'preparing', pastLives: [{ startedAt: NOW - DAY }] } },
    })
    expect(preparing.channel(CH)).toMatchObject({ statusCode: 4 })
    expect(preparing.channel(CH)?.lives).toHaveLength(1)
  })
})

describe('the new variants are listed like the others', () => {
  it.each([
    ['noticeSheetWithoutNotice', 'fail', ['fail', 'empty-sheet']],
    ['channelLiveRelatedSubject', 'error', ['error', 'works']],
    ['liveInfoWindowUnit', 'seconds', ['seconds', 'milliseconds']],
    ['otherInfosWithoutWindow', 'filled', ['filled', 'empty']],
  ] as const)('%s defaults to %s', (name, fallback, values) => {
    expect(DEFAULT_SIM_VARIANTS[name]).toBe(fallback)
    expect(SIM_VARIANT_CHOICES[name]).toEqual(values)
    expect(createWechatSimulator().variants[name]).toBe(fallback)
  })
})
