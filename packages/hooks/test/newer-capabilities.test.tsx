// @vitest-environment jsdom

import { createWxPlatform, type LiveError } from '@taro-live/core'
import {
  type ChannelsLiveReplaysResult,
  type UseChannelsLiveReplaysOptions,
  useChannelsLiveReplays,
  useOpenNoticeSheet,
} from '@taro-live/hooks'
import { createWechatSimulator } from '@taro-live/simulator'
import { cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { advance, CHANNEL, HOUR, MODES, NOW, renderWith, settle, setupSim } from './support/render'
import { enterPage, installWx } from './support/taro-weapp'

afterEach(() => {
  cleanup()
  installWx(undefined)
  enterPage(undefined)
})

const DAY = 24 * HOUR
/** The first base library with WeChat's notice sheet. */
const SHEET = '3.13.0'

function SheetButton(props: {
  finder?: string
  defer?: boolean
  onOpen?: () => void
  onError?: (error: LiveError) => void
}) {
  const open = useOpenNoticeSheet(props.finder ?? CHANNEL, props)
  return (
    <button type="button" onClick={props.defer ? () => setTimeout(open, 0) : open}>
      sheet
    </button>
  )
}

function ReplaysProbe(props: {
  finder?: string
  options?: UseChannelsLiveReplaysOptions
  onResult: (result: ChannelsLiveReplaysResult) => void
}) {
  props.onResult(useChannelsLiveReplays(props.finder ?? CHANNEL, props.options))
  return null
}

/** A channel that went live three times before the current live, each ended 2 days apart. */
function history() {
  return {
    [CHANNEL]: {
      status: 'live' as const,
      description: '冬季上新',
      pastLives: [
        { description: '秋季清仓', startedAt: NOW - 6 * DAY, endedAt: NOW - 6 * DAY + HOUR },
        {
          description: '新品预热',
          startedAt: NOW - 4 * DAY,
          endedAt: NOW - 4 * DAY + HOUR,
          replayStatus: 6,
        },
        { description: '周末专场', startedAt: NOW - 2 * DAY, endedAt: NOW - 2 * DAY + HOUR },
      ],
    },
  }
}

describe.each(MODES)('useOpenNoticeSheet (%s)', (_mode, wrap) => {
  it('a tap opens WeChat’s notice sheet synchronously inside it; a second tap meanwhile is ignored', async () => {
    const { sim, platform } = setupSim({ baseLibrary: SHEET, latencyMs: 50 })
    sim.scheduleNotice(CHANNEL, { startTime: NOW + 2 * HOUR })
    const opened: string[] = []
    renderWith(<SheetButton onOpen={() => opened.push('open')} />, { platform, wrap })
    fireEvent.click(screen.getByText('sheet'))
    fireEvent.click(screen.getByText('sheet'))
    await advance(sim, 100)
    const calls = sim.callsTo('openChannelsLiveNoticeInfo')
    expect(calls).toHaveLength(1)
    expect(calls[0]).toMatchObject({
      inTap: true,
      outcome: 'success',
      params: { finderUserName: CHANNEL },
    })
    expect(opened).toEqual(['open'])
    fireEvent.click(screen.getByText('sheet'))
    await advance(sim, 100)
    expect(sim.callsTo('openChannelsLiveNoticeInfo')).toHaveLength(2)
  })

  it('what the user does in the sheet stays WeChat’s: the app hears only that it opened', async () => {
    const { sim, platform } = setupSim({ baseLibrary: SHEET })
    const noticeId = sim.scheduleNotice(CHANNEL, { startTime: NOW + 2 * HOUR })
    sim.choose('openChannelsLiveNoticeInfo', 'reserve')
    const opened: number[] = []
    renderWith(<SheetButton onOpen={() => opened.push(1)} />, { platform, wrap })
    fireEvent.click(screen.getByText('sheet'))
    await settle()
    expect(opened).toEqual([1])
    expect(sim.isReservedByUser(noticeId)).toBe(true)
    expect(sim.callsTo('openChannelsLiveNoticeInfo')[0]?.result).toEqual({
      errMsg: 'openChannelsLiveNoticeInfo:ok',
    })
  })

  it('deferred out of the tap it is refused with gesture-required, as WeChat does', async () => {
    const { sim, platform } = setupSim({ baseLibrary: SHEET })
    sim.scheduleNotice(CHANNEL, { startTime: NOW + 2 * HOUR })
    const errors: string[] = []
    renderWith(<SheetButton defer onError={(e) => errors.push(e.code)} />, { platform, wrap })
    fireEvent.click(screen.getByText('sheet'))
    await settle()
    await settle()
    expect(errors).toEqual(['gesture-required'])
  })

  it.each([
    ['3.12.9', 'api-missing'],
    ['3.7.0', 'api-missing'],
  ])('below 3.13.0 (%s) it reports %s and calls nothing', async (baseLibrary, code) => {
    const { sim, platform } = setupSim({ baseLibrary })
    const errors: string[] = []
    renderWith(<SheetButton onError={(e) => errors.push(e.code)} />, { platform, wrap })
    fireEvent.click(screen.getByText('sheet'))
    await settle()
    expect(errors).toEqual([code])
    expect(sim.callsTo('openChannelsLiveNoticeInfo')).toHaveLength(0)
  })

  it('an empty channel id is invalid-argument, before WeChat is asked', async () => {
    const { sim, platform } = setupSim()
    const errors: string[] = []
    renderWith(<SheetButton finder=" " onError={(e) => errors.push(e.code)} />, { platform, wrap })
    fireEvent.click(screen.getByText('sheet'))
    await settle()
    expect(errors).toEqual(['invalid-argument'])
    expect(sim.calls).toHaveLength(0)
  })

  it('no notice to show: the sheet’s failure is reported typed (variant fail), or it opens (empty-sheet)', async () => {
    for (const variant of ['fail', 'empty-sheet'] as const) {
      const { sim, platform } = setupSim({
        baseLibrary: SHEET,
        variants: { noticeSheetWithoutNotice: variant },
      })
      sim.endLive(CHANNEL)
      const outcome: string[] = []
      const view = renderWith(
        <SheetButton onOpen={() => outcome.push('open')} onError={(e) => outcome.push(e.code)} />,
        { platform, wrap },
      )
      fireEvent.click(screen.getByText('sheet'))
      await settle()
      expect(outcome).toEqual([variant === 'fail' ? 'no-data' : 'open'])
      expect(sim.callsTo('openChannelsLiveNoticeInfo')).toHaveLength(1)
      view.unmount()
    }
  })

  it('a slow answer (WeChat may answer when the sheet closes) is no error: the next tap is free after 10 s, a late answer still reports the open', async () => {
    const { sim, platform } = setupSim({ baseLibrary: SHEET })
    sim.scheduleNotice(CHANNEL, { startTime: NOW + 2 * HOUR })
    sim.script('openChannelsLiveNoticeInfo', { type: 'delay', ms: 15_000 })
    const outcome: string[] = []
    renderWith(
      <SheetButton onOpen={() => outcome.push('open')} onError={(e) => outcome.push(e.code)} />,
      { platform, wrap },
    )
    fireEvent.click(screen.getByText('sheet'))
    await advance(sim, 5_000)
    fireEvent.click(screen.getByText('sheet'))
    expect(sim.callsTo('openChannelsLiveNoticeInfo')).toHaveLength(1)
    await advance(sim, 6_000)
    expect(outcome).toEqual([])
    fireEvent.click(screen.getByText('sheet'))
    expect(sim.callsTo('openChannelsLiveNoticeInfo')).toHaveLength(2)
    // The second tap's answer (no delay), then the first, late one: both opened, no error.
    await advance(sim, 5_000)
    expect(outcome).toEqual(['open', 'open'])
  })
})

describe.each(MODES)('useChannelsLiveReplays (%s)', (_mode, wrap) => {
  function load(options: Parameters<typeof setupSim>[0], probe?: UseChannelsLiveReplaysOptions) {
    const { sim, platform } = setupSim({ channels: history(), ...options })
    let result: ChannelsLiveReplaysResult | undefined
    const view = renderWith(<ReplaysProbe options={probe} onResult={(r) => (result = r)} />, {
      platform,
      wrap,
    })
    return { sim, view, result: () => result as ChannelsLiveReplaysResult }
  }

  it('lists the lives newest first with their replay state, asking once with a window in seconds', async () => {
    const { sim, result } = load({})
    expect(result().loading).toBe(true)
    await settle()
    const calls = sim.callsTo('getChannelsLiveInfo')
    expect(calls).toHaveLength(1)
    // 30 days back by default, in epoch seconds.
    expect(calls[0]?.params).toEqual({
      finderUserName: CHANNEL,
      startTime: Math.floor((NOW - 30 * DAY) / 1000),
    })
    const { lives, complete, loading, error } = result()
    expect({ complete, loading, error }).toEqual({
      complete: true,
      loading: false,
      error: undefined,
    })
    expect(lives?.map((l) => [l.description, l.status, l.replayStatus])).toEqual([
      ['冬季上新', 'live', 'not-generated'],
      ['周末专场', 'ended', 'generated'],
      ['新品预热', 'ended', 'expired'],
      ['秋季清仓', 'ended', 'generated'],
    ])
    expect(lives?.every((l) => typeof l.feedId === 'string' && l.feedId !== '')).toBe(true)
  })

  it('`since` narrows the window (3 days: the two newest)', async () => {
    const { sim, result } = load({}, { since: new Date(NOW - 3 * DAY) })
    await settle()
    expect(sim.callsTo('getChannelsLiveInfo')[0]?.params).toMatchObject({
      startTime: Math.floor((NOW - 3 * DAY) / 1000),
    })
    expect(result().lives?.map((l) => l.description)).toEqual(['冬季上新', '周末专场'])
  })

  it('a `since` computed in render (now − 7 days) asks once, not on every render', async () => {
    const { sim, platform } = setupSim({ channels: history() })
    let renders = 0
    const onResult = () => renders++
    // The probe computes `since` from the clock on each render, as app code would inline it.
    const probe = () => (
      <ReplaysProbe options={{ since: sim.clock.now() - 7 * DAY }} onResult={onResult} />
    )
    const view = renderWith(probe(), { platform, wrap })
    await settle()
    await advance(sim, 20 * 60_000)
    view.rerender(probe())
    await settle()
    expect(renders).toBeGreaterThan(2)
    expect(sim.callsTo('getChannelsLiveInfo')).toHaveLength(1)
  })

  it('a window read in milliseconds falls in 1970 and still lists every recent live, never none', async () => {
    const { result } = load(
      { variants: { liveInfoWindowUnit: 'milliseconds' } },
      { since: NOW - 3 * DAY },
    )
    await settle()
    expect(result().lives?.map((l) => l.description)).toEqual([
      '冬季上新',
      '周末专场',
      '新品预热',
      '秋季清仓',
    ])
  })

  it('WeChat filling otherInfos only for a window changes nothing: a window is always sent', async () => {
    const { result } = load({ variants: { otherInfosWithoutWindow: 'empty' } })
    await settle()
    expect(result().lives).toHaveLength(4)
  })

  it('below 2.29.0 no window is sent and only the newest live is known, its replay state unknown', async () => {
    const { sim, result } = load({ baseLibrary: '2.28.9' })
    await settle()
    expect(sim.callsTo('getChannelsLiveInfo')[0]?.params).toEqual({ finderUserName: CHANNEL })
    expect(result().complete).toBe(false)
    expect(result().lives?.map((l) => [l.description, l.replayStatus])).toEqual([
      ['冬季上新', undefined],
    ])
  })

  it.each(['status-1', 'no-data'] as const)(
    'a channel that never went live (%s) has no lives, and no error',
    async (neverLive) => {
      const { result } = load({
        channels: { [CHANNEL]: { status: 'never' } },
        variants: { neverLive },
      })
      await settle()
      expect(result().lives).toEqual([])
      expect(result().error).toBeUndefined()
    },
  )

  it('a replay becomes generated after the live ends; refresh() asks again', async () => {
    const { sim, result } = load({ replayReadyAfterMs: 30 * 60_000 })
    await settle()
    sim.endLive(CHANNEL)
    result().refresh()
    await settle()
    expect(result().lives?.[0]).toMatchObject({ status: 'ended', replayStatus: 'generating' })
    await advance(sim, 31 * 60_000)
    result().refresh()
    await settle()
    expect(result().lives?.[0]).toMatchObject({ status: 'ended', replayStatus: 'generated' })
    expect(sim.callsTo('getChannelsLiveInfo')).toHaveLength(3)
  })

  it('another channel shows none of the first one’s lives, also when its request fails', async () => {
    const { sim, platform } = setupSim({
      channels: { ...history(), sphOther: { status: 'never' } },
    })
    let result: ChannelsLiveReplaysResult | undefined
    const onResult = (r: ChannelsLiveReplaysResult) => {
      result = r
    }
    const view = renderWith(<ReplaysProbe onResult={onResult} />, { platform, wrap })
    await settle()
    expect(result?.lives).toHaveLength(4)
    sim.script('getChannelsLiveInfo', { type: 'fail', err_code: 100008, errMsg: 'subject' })
    view.rerender(<ReplaysProbe finder="sphOther" onResult={onResult} />)
    expect(result?.lives).toBeUndefined()
    expect(result?.loading).toBe(true)
    await settle()
    expect(result?.lives).toBeUndefined()
    expect(result?.error?.code).toBe('subject-mismatch-or-unverified')
  })

  it('disabled after a failure and enabled again, it asks again', async () => {
    const { sim, platform } = setupSim({ channels: history() })
    sim.script('getChannelsLiveInfo', { type: 'fail', errMsg: 'network' })
    let result: ChannelsLiveReplaysResult | undefined
    const onResult = (r: ChannelsLiveReplaysResult) => {
      result = r
    }
    const view = renderWith(<ReplaysProbe onResult={onResult} />, { platform, wrap })
    await settle()
    expect(result?.error).toBeDefined()
    view.rerender(<ReplaysProbe options={{ enabled: false }} onResult={onResult} />)
    await settle()
    view.rerender(<ReplaysProbe onResult={onResult} />)
    await settle()
    expect(sim.callsTo('getChannelsLiveInfo')).toHaveLength(2)
    expect(result?.lives).toHaveLength(4)
  })

  it('a live WeChat lists twice is listed once; an older entry without a status is kept as unknown', async () => {
    const { sim, platform } = setupSim({ channels: history() })
    const feedId = (n: number) => `export/feed-${n}`
    sim.script('getChannelsLiveInfo', {
      type: 'respond',
      result: {
        status: 2,
        feedId: feedId(3),
        nonceId: '3',
        description: '今晚',
        otherInfos: [
          { feedId: feedId(1), nonceId: '1', description: '上周', replayStatus: 1 },
          { feedId: feedId(2), nonceId: '2', description: '昨天', status: 3, replayStatus: 3 },
          { feedId: feedId(3), nonceId: '3', description: '今晚', status: 2 },
        ],
      },
    })
    let result: ChannelsLiveReplaysResult | undefined
    renderWith(<ReplaysProbe onResult={(r) => (result = r)} />, { platform, wrap })
    await settle()
    expect(result?.lives?.map((l) => [l.description, l.status, l.replayStatus])).toEqual([
      ['今晚', 'live', undefined],
      ['昨天', 'ended', 'generating'],
      ['上周', 'unknown', 'generated'],
    ])
  })

  it('a `since` that is not a time is invalid-argument, and WeChat is not asked', async () => {
    const { sim, result } = load({}, { since: new Date('not a date') })
    await settle()
    expect(result().error?.code).toBe('invalid-argument')
    expect(sim.callsTo('getChannelsLiveInfo')).toHaveLength(0)
  })

  it('a failure is typed and keeps the last lives', async () => {
    const { sim, result } = load({})
    await settle()
    sim.script('getChannelsLiveInfo', { type: 'fail', err_code: 100008, errMsg: 'subject' })
    result().refresh()
    await settle()
    expect(result().error?.code).toBe('subject-mismatch-or-unverified')
    expect(result().lives).toHaveLength(4)
  })

  it('off WeChat it is unsupported and reports the typed error; enabled: false asks nothing', async () => {
    const sim = createWechatSimulator({ channels: history() })
    const platform = createWxPlatform(sim, { env: 'h5', clock: sim.clock })
    let h5: ChannelsLiveReplaysResult | undefined
    renderWith(<ReplaysProbe onResult={(r) => (h5 = r)} />, { platform, wrap })
    await settle()
    expect(h5?.supported).toBe(false)
    expect(h5?.error?.code).toBe('unsupported-platform')
    expect(h5?.lives).toBeUndefined()
    expect(sim.calls).toHaveLength(0)

    const off = load({}, { enabled: false })
    await settle()
    expect(off.result().loading).toBe(false)
    expect(off.sim.callsTo('getChannelsLiveInfo')).toHaveLength(0)
  })
})
