// @vitest-environment jsdom

import type { LiveClient, LiveError, LiveStatusClient } from '@taro-live/core'
import {
  type ChannelsLiveNoticeResult,
  type ChannelsLiveResult,
  LiveProvider,
  useChannelsLive,
  useChannelsLiveNotice,
  useChannelsScene,
  useLiveClient,
  useLiveStatusClient,
  useOpenChannelsLive,
} from '@taro-live/hooks'
import { eventCenter } from '@tarojs/taro'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  advance,
  CHANNEL,
  HOUR,
  MINUTE,
  MODES,
  renderWith,
  settle,
  setupSim,
} from './support/render'
import { enterPage, installWx } from './support/taro-weapp'

afterEach(() => {
  cleanup()
  installWx(undefined)
  enterPage(undefined)
})

function LiveProbe(props: { finder?: string; onResult: (r: ChannelsLiveResult) => void }) {
  props.onResult(useChannelsLive(props.finder ?? CHANNEL))
  return null
}

function EnabledProbe(props: {
  enabled: boolean
  onResult: (r: { live: ChannelsLiveResult; notice: ChannelsLiveNoticeResult }) => void
}) {
  props.onResult({
    live: useChannelsLive(CHANNEL, { enabled: props.enabled }),
    notice: useChannelsLiveNotice(CHANNEL, { enabled: props.enabled }),
  })
  return null
}

const PROBE_KEYS = Array.from({ length: 10 }, (_, i) => `probe-${i}`)

function SceneProbe(props: { onResult: (r: ReturnType<typeof useChannelsScene>) => void }) {
  props.onResult(useChannelsScene())
  return null
}

function NoticeProbe(props: { onResult: (r: ChannelsLiveNoticeResult) => void }) {
  props.onResult(useChannelsLiveNotice(CHANNEL))
  return null
}

function OpenButton(props: {
  onError?: (e: LiveError) => void
  onOpen?: () => void
  defer?: 'timeout' | 'promise'
}) {
  const open = useOpenChannelsLive(CHANNEL, { onError: props.onError, onOpen: props.onOpen })
  const onClick = () => {
    if (props.defer === 'timeout') setTimeout(open, 0)
    else if (props.defer === 'promise') Promise.resolve().then(open)
    else open()
  }
  return (
    <button type="button" onClick={onClick}>
      open
    </button>
  )
}

/** Both clients a widget of the app's own can take. */
function ClientsProbe(props: {
  onResult: (r: { status: LiveStatusClient; whole: LiveClient }) => void
}) {
  props.onResult({ status: useLiveStatusClient(), whole: useLiveClient() })
  return null
}

describe.each(MODES)('live hooks (%s)', (_mode, wrap) => {
  it('enabled: false is not loading and asks nothing; enabling it loads', async () => {
    const { sim, platform } = setupSim()
    sim.scheduleNotice(CHANNEL, { startTime: sim.clock.now() + 2 * HOUR })
    let live: ChannelsLiveResult | undefined
    let notice: ChannelsLiveNoticeResult | undefined
    const onResult = (r: { live: ChannelsLiveResult; notice: ChannelsLiveNoticeResult }) => {
      live = r.live
      notice = r.notice
    }
    const view = renderWith(<EnabledProbe enabled={false} onResult={onResult} />, {
      platform,
      wrap,
    })
    await advance(sim, 5 * MINUTE)
    expect(live).toMatchObject({ loading: false, status: undefined, info: undefined })
    expect(notice).toMatchObject({ loading: false, notice: undefined, phase: undefined })
    expect(sim.callsTo('getChannelsLiveInfo')).toHaveLength(0)
    expect(sim.callsTo('getChannelsLiveNoticeInfo')).toHaveLength(0)
    view.rerender(<EnabledProbe enabled onResult={onResult} />)
    expect(live?.loading).toBe(true)
    expect(notice?.loading).toBe(true)
    await settle()
    expect(live).toMatchObject({ loading: false, status: 'live' })
    expect(notice?.loading).toBe(false)
    expect(notice?.notice).toBeTruthy()
  })

  it('useChannelsLive: one request for ten widgets, then the status', async () => {
    const { sim, platform } = setupSim()
    let last: ChannelsLiveResult | undefined
    renderWith(
      PROBE_KEYS.map((key) => <LiveProbe key={key} onResult={(r) => (last = r)} />),
      { platform, wrap },
    )
    expect(last?.loading).toBe(true)
    await settle()
    expect(sim.callsTo('getChannelsLiveInfo')).toHaveLength(1)
    expect(last).toMatchObject({
      status: 'live',
      loading: false,
      supported: true,
      error: undefined,
    })
    expect(last?.info?.nickname).toBe('橙子优选')

    sim.endLive(CHANNEL)
    await last?.refresh()
    await settle()
    expect(last?.status).toBe('ended')
  })

  it('useChannelsLive: an empty channel id is an invalid-argument error, with no request', async () => {
    const { sim, platform } = setupSim()
    let last: ChannelsLiveResult | undefined
    renderWith(<LiveProbe finder=" " onResult={(r) => (last = r)} />, { platform, wrap })
    await settle()
    expect(last?.error?.code).toBe('invalid-argument')
    expect(sim.calls).toHaveLength(0)
  })

  it('polls only while the page is shown (useDidShow / useDidHide)', async () => {
    const { sim, platform } = setupSim()
    enterPage('pages/live/index')
    renderWith(<LiveProbe onResult={() => {}} />, { platform, wrap })
    await settle()
    expect(sim.callsTo('getChannelsLiveInfo')).toHaveLength(1)
    await advance(sim, 61 * MINUTE)
    const shown = sim.callsTo('getChannelsLiveInfo').length
    expect(shown).toBeGreaterThan(1)

    eventCenter.trigger('pages/live/index.onHide')
    await advance(sim, 30 * MINUTE)
    expect(sim.callsTo('getChannelsLiveInfo')).toHaveLength(shown)

    eventCenter.trigger('pages/live/index.onShow')
    await settle()
    expect(sim.callsTo('getChannelsLiveInfo').length).toBeGreaterThan(shown)
  })

  it('useOpenChannelsLive: a tap opens the live room with the prefetched ids, once for two quick taps', async () => {
    const { sim, platform } = setupSim()
    const onOpen = vi.fn()
    renderWith(<OpenButton onOpen={onOpen} />, { platform, wrap })
    await settle()
    const { live } = sim.channel(CHANNEL)!
    fireEvent.click(screen.getByText('open'))
    fireEvent.click(screen.getByText('open'))
    await settle()
    const calls = sim.callsTo('openChannelsLive')
    expect(calls).toHaveLength(1)
    expect(calls[0]).toMatchObject({
      inTap: true,
      outcome: 'success',
      params: { finderUserName: CHANNEL, feedId: live?.feedId, nonceId: live?.nonceId },
    })
    expect(onOpen).toHaveBeenCalledTimes(1)
    expect(sim.visits).toHaveLength(1)

    fireEvent.click(screen.getByText('open'))
    await settle()
    expect(sim.callsTo('openChannelsLive')).toHaveLength(2)
  })

  it.each(['timeout', 'promise'] as const)(
    'useOpenChannelsLive: a %s-deferred open is refused (gesture-required)',
    async (defer) => {
      const { sim, platform } = setupSim()
      const errors: LiveError[] = []
      renderWith(<OpenButton defer={defer} onError={(e) => errors.push(e)} />, { platform, wrap })
      await settle()
      fireEvent.click(screen.getByText('open'))
      await settle()
      await settle()
      expect(errors.map((e) => e.code)).toEqual(['gesture-required'])
      expect(sim.visits).toHaveLength(0)
    },
  )

  it('useOpenChannelsLive: if WeChat never answers, a tap after the client timeout tries again', async () => {
    const { sim, platform } = setupSim()
    sim.script('openChannelsLive', { type: 'hang' })
    renderWith(<OpenButton />, { platform, wrap })
    await settle()
    fireEvent.click(screen.getByText('open'))
    await advance(sim, 5_000)
    fireEvent.click(screen.getByText('open'))
    expect(sim.callsTo('openChannelsLive')).toHaveLength(1)
    await advance(sim, 10_000)
    fireEvent.click(screen.getByText('open'))
    await settle()
    expect(sim.callsTo('openChannelsLive')).toHaveLength(2)
    expect(sim.visits).toHaveLength(1)
  })

  it('useOpenChannelsLive: a cancelled confirmation is reported, and the next tap works', async () => {
    const { sim, platform } = setupSim()
    sim.choose('openChannelsLive', 'cancel')
    const errors: string[] = []
    renderWith(<OpenButton onError={(e) => errors.push(e.code)} />, { platform, wrap })
    await settle()
    fireEvent.click(screen.getByText('open'))
    await settle()
    expect(errors).toEqual(['cancelled'])
    fireEvent.click(screen.getByText('open'))
    await settle()
    expect(sim.visits).toHaveLength(1)
  })

  it('useChannelsLiveNotice: the phase flips at the exact instants, with no polling', async () => {
    const { sim, platform } = setupSim()
    sim.endLive(CHANNEL)
    const start = sim.clock.now() + 10 * MINUTE
    const noticeId = sim.scheduleNotice(CHANNEL, { startTime: start })
    let last: ChannelsLiveNoticeResult | undefined
    const phases: unknown[] = []
    renderWith(
      <NoticeProbe
        onResult={(r) => {
          last = r
          if (phases.at(-1) !== r.phase) phases.push(r.phase)
        }}
      />,
      { platform, wrap, clientOptions: { noticePollIntervalMs: 0 } },
    )
    await settle()
    expect(last).toMatchObject({ phase: 'upcoming', reserved: false, loading: false })
    expect(last?.notice?.noticeId).toBe(noticeId)

    await advance(sim, start - sim.clock.now() - 1)
    expect(last?.phase).toBe('upcoming')
    await advance(sim, 1)
    expect(last?.phase).toBe('lingering')
    await advance(sim, HOUR - 1)
    expect(last?.phase).toBe('lingering')
    expect(sim.callsTo('getChannelsLiveNoticeInfo')).toHaveLength(1)
    await advance(sim, 1)
    // Expired at that instant, and asked once more: WeChat has dropped the notice (no notice now).
    expect(last?.phase === 'expired' || last?.notice === null).toBe(true)
    expect(phases.slice(0, 2)).toEqual(['upcoming', 'lingering'])
    expect(sim.callsTo('getChannelsLiveNoticeInfo')).toHaveLength(2)
    expect(last?.notice).toBeNull()
  })

  it('useChannelsLiveNotice: a reservation survives a remount under a new provider', async () => {
    const { sim, platform } = setupSim()
    sim.endLive(CHANNEL)
    sim.scheduleNotice(CHANNEL, { startTime: sim.clock.now() + HOUR })
    sim.choose('reserveChannelsLive', 'confirm')
    let last: ChannelsLiveNoticeResult | undefined
    const first = renderWith(<NoticeProbe onResult={(r) => (last = r)} />, { platform, wrap })
    await settle()
    const result = await last!.reserve()
    await settle()
    expect(result).toMatchObject({ outcome: 'reserved', reserved: true })
    expect(last?.reserved).toBe(true)
    first.unmount()

    last = undefined
    renderWith(<NoticeProbe onResult={(r) => (last = r)} />, { platform, wrap })
    await settle()
    expect(last).toMatchObject({ reserved: true, phase: 'upcoming' })
  })

  it('useChannelsLiveNotice: a reserve failure rejects with a typed error', async () => {
    const { sim, platform } = setupSim()
    sim.endLive(CHANNEL)
    sim.scheduleNotice(CHANNEL, { startTime: sim.clock.now() + HOUR })
    sim.script('reserveChannelsLive', {
      type: 'fail',
      errMsg: 'reserveChannelsLive:fail system error',
    })
    let last: ChannelsLiveNoticeResult | undefined
    renderWith(<NoticeProbe onResult={(r) => (last = r)} />, { platform, wrap })
    await settle()
    await expect(last!.reserve()).rejects.toMatchObject({ code: 'platform-failure' })
    await settle()
    expect(last?.reserving).toBe(false)
    expect(last?.reserved).toBe(false)
  })

  it('useChannelsScene: reads the launch scene', () => {
    const { platform } = setupSim({ scene: 1177 })
    let scene: ReturnType<typeof useChannelsScene> | undefined
    renderWith(<SceneProbe onResult={(s) => (scene = s)} />, { platform, wrap })
    expect(scene).toEqual({
      scene: 1177,
      fromChannels: true,
      fromLiveRoomProduct: true,
      nativeFunctionalized: false,
    })
  })

  it('useChannelsScene: a warm start from a live room is seen when the page shows again', async () => {
    const { sim, platform } = setupSim({ scene: 1001 })
    enterPage('pages/live/index')
    let scene: ReturnType<typeof useChannelsScene> | undefined
    renderWith(<SceneProbe onResult={(s) => (scene = s)} />, { platform, wrap })
    expect(scene?.fromChannels).toBe(false)
    sim.setScene(1177, 'nativeFunctionalized')
    await act(async () => {
      eventCenter.trigger('pages/live/index.onShow')
    })
    expect(scene).toMatchObject({
      scene: 1177,
      fromLiveRoomProduct: true,
      nativeFunctionalized: true,
    })
  })

  it('without a provider, uses the Taro platform of the build (H5 here): unsupported, no calls', async () => {
    const { sim } = setupSim()
    let last: ChannelsLiveResult | undefined
    render(wrap(<LiveProbe onResult={(r) => (last = r)} />))
    await settle()
    expect(last?.supported).toBe(false)
    expect(last?.error?.code).toBe('unsupported-platform')
    expect(sim.calls).toHaveLength(0)
  })

  it('a provider given a hand-made client wrapper: notices are a typed error, no second client, no request', async () => {
    const { sim, platform } = setupSim()
    sim.endLive(CHANNEL)
    sim.scheduleNotice(CHANNEL, { startTime: sim.clock.now() + HOUR })
    const { createLiveStatusClient } = await import('@taro-live/core/internal')
    const wrapper = { ...createLiveStatusClient(platform), openLive: () => Promise.resolve() }
    const notices: ChannelsLiveNoticeResult[] = []
    let live: ChannelsLiveResult | undefined
    render(
      wrap(
        <LiveProvider client={wrapper}>
          <NoticeProbe onResult={(r) => notices.push(r)} />
          <LiveProbe onResult={(r) => (live = r)} />
        </LiveProvider>,
      ),
    )
    await settle()
    const last = notices.at(-1)
    expect(last?.error?.code).toBe('invalid-argument')
    expect(last?.error?.retryable).toBe(false)
    expect(last?.loading).toBe(false)
    expect(last?.notice).toBeUndefined()
    // One error object on every render: a widget reports it once.
    expect(new Set(notices.map((r) => r.error)).size).toBe(1)
    await expect(last?.reserve()).rejects.toBe(last?.error)
    // Live status still works through the app's client: one request, none for notices.
    expect(live?.status).toBe('ended')
    expect(sim.callsTo('getChannelsLiveNoticeInfo')).toHaveLength(0)
    expect(sim.callsTo('reserveChannelsLive')).toHaveLength(0)
    expect(sim.calls.map((call) => call.api)).toEqual(['getChannelsLiveInfo'])
  })

  it('useLiveClient is the whole client over the same requests as useLiveStatusClient', async () => {
    const { sim, platform } = setupSim()
    const seen: Array<{ status: LiveStatusClient; whole: LiveClient }> = []
    renderWith(
      <>
        <ClientsProbe onResult={(r) => seen.push(r)} />
        <LiveProbe onResult={() => undefined} />
      </>,
      { platform, wrap },
    )
    await settle()
    const last = seen.at(-1)
    expect(last?.whole.getLive(CHANNEL).data?.status).toBe('live')
    expect(last?.whole.getLive(CHANNEL)).toBe(last?.status.getLive(CHANNEL))
    expect(typeof last?.whole.getNotice).toBe('function')
    expect(new Set(seen.map((s) => s.whole)).size).toBe(1)
    expect(sim.callsTo('getChannelsLiveInfo')).toHaveLength(1)
  })

  it('useLiveClient under a hand-made client wrapper: its notices answer the typed error, live status works', async () => {
    const { sim, platform } = setupSim()
    const { createLiveStatusClient } = await import('@taro-live/core/internal')
    const wrapper = { ...createLiveStatusClient(platform) }
    const seen: Array<{ status: LiveStatusClient; whole: LiveClient }> = []
    render(
      wrap(
        <LiveProvider client={wrapper}>
          <ClientsProbe onResult={(r) => seen.push(r)} />
          <LiveProbe onResult={() => undefined} />
        </LiveProvider>,
      ),
    )
    await settle()
    const last = seen.at(-1)
    expect(last?.status).toBe(wrapper)
    expect(new Set(seen.map((s) => s.whole)).size).toBe(1)
    const notice = last?.whole.getNotice(CHANNEL)
    expect(notice?.status).toBe('error')
    expect(notice?.error?.code).toBe('invalid-argument')
    await expect(last?.whole.reserve(CHANNEL)).rejects.toBe(notice?.error)
    expect(last?.whole.getLive(CHANNEL).data?.status).toBe('live')
    expect(sim.calls.map((call) => call.api)).toEqual(['getChannelsLiveInfo'])
  })

  it('a provider given a client uses it and its platform', async () => {
    const { sim, platform } = setupSim()
    const { createLiveClient } = await import('@taro-live/core')
    const client = createLiveClient(platform)
    let last: ChannelsLiveResult | undefined
    render(
      wrap(
        <LiveProvider client={client}>
          <LiveProbe onResult={(r) => (last = r)} />
        </LiveProvider>,
      ),
    )
    await settle()
    expect(last?.status).toBe('live')
    expect(client.getLive(CHANNEL).data?.status).toBe('live')
    expect(sim.callsTo('getChannelsLiveInfo')).toHaveLength(1)
    client.destroy()
  })
})
