// @vitest-environment jsdom

import { type Clock, createLiveClient, type LiveStatusClient } from '@taro-live/core'
import {
  type ChannelsLiveNoticeResult,
  type ChannelsLiveResult,
  createTaroPlatform,
  LiveProvider,
  useChannelsLive,
  useChannelsLiveNotice,
  useLiveClient,
  usePlatform,
} from '@taro-live/hooks'
import { usePageVisible } from '@taro-live/hooks/internal'
import { cleanup, render } from '@testing-library/react'
import { type ReactNode, useLayoutEffect } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { skewedClock, suspendableClock } from '../../core/test/client/device-clock'
import {
  advance,
  CHANNEL,
  HOUR,
  MINUTE,
  MODES,
  renderWith,
  settle,
  setupSim,
  triggerPageEvent as trigger,
} from './support/render'
import { enterPage, installWx } from './support/taro-weapp'

afterEach(() => {
  cleanup()
  installWx(undefined)
  enterPage(undefined)
})

/** Reports the client and the live status it sees on every render. */
function LiveProbe(props: { onResult: (client: LiveStatusClient, r: ChannelsLiveResult) => void }) {
  const client = useLiveClient()
  props.onResult(client, useChannelsLive(CHANNEL))
  return null
}

function NoticeProbe(props: { onResult: (r: ChannelsLiveNoticeResult) => void }) {
  props.onResult(useChannelsLiveNotice(CHANNEL))
  return null
}

/** What the hooks README showed: a platform made inline, so a new object on every render. */
function InlinePlatformApp(props: { clock: Clock; count: number; children: ReactNode }) {
  return (
    <LiveProvider platform={createTaroPlatform({ env: 'weapp', clock: props.clock })}>
      <span>{props.count}</span>
      {props.children}
    </LiveProvider>
  )
}

/** Makes another page current from its first layout effect (a redirect on load). */
function RedirectOnMount(props: { to: string }) {
  useLayoutEffect(() => enterPage(props.to), [props.to])
  return null
}

function VisibleProbe(props: { onResult: (shown: boolean) => void }) {
  props.onResult(usePageVisible())
  return null
}

function ClockProbe(props: { onResult: (now: number) => void }) {
  props.onResult(usePlatform().clock.now())
  return null
}

describe.each(MODES)('LiveProvider keeps its client (%s)', (_mode, wrap) => {
  it('an inline `platform` prop: a parent render keeps the client, its cache and its request', async () => {
    const { sim } = setupSim()
    const clients = new Set<LiveStatusClient>()
    const seen: ChannelsLiveResult[] = []
    // A new element each time: the widget re-renders with its parent, as on a real page.
    const probe = () => (
      <LiveProbe
        onResult={(client, r) => {
          clients.add(client)
          seen.push(r)
        }}
      />
    )
    const view = render(
      wrap(
        <InlinePlatformApp clock={sim.clock} count={1}>
          {probe()}
        </InlinePlatformApp>,
      ),
    )
    await settle()
    expect(seen.at(-1)?.status).toBe('live')
    const loaded = seen.length

    view.rerender(
      wrap(
        <InlinePlatformApp clock={sim.clock} count={2}>
          {probe()}
        </InlinePlatformApp>,
      ),
    )
    view.rerender(
      wrap(
        <InlinePlatformApp clock={sim.clock} count={3}>
          {probe()}
        </InlinePlatformApp>,
      ),
    )
    await settle()
    // No skeleton flash, no refetch, one client.
    expect(seen.length).toBeGreaterThan(loaded)
    expect(seen.slice(loaded).every((r) => !r.loading && r.status === 'live')).toBe(true)
    expect(clients.size).toBe(1)
    expect(sim.callsTo('getChannelsLiveInfo')).toHaveLength(1)
  })

  it('destroys the client it made when it unmounts, and not before (StrictMode remounts effects)', async () => {
    const { sim, platform } = setupSim()
    let client: LiveStatusClient | undefined
    const view = renderWith(<LiveProbe onResult={(c) => (client = c)} />, { platform, wrap })
    await settle()
    // Still alive after mounting (StrictMode unmounts and remounts every effect once): it polls.
    await advance(sim, 61 * MINUTE)
    const polled = sim.callsTo('getChannelsLiveInfo').length
    expect(polled).toBeGreaterThan(1)

    view.unmount()
    await settle()
    await client?.refreshLive(CHANNEL)
    await settle()
    expect(sim.callsTo('getChannelsLiveInfo')).toHaveLength(polled)
  })

  it('a new `key` swaps the platform deliberately: a new client over it, the old one destroyed', async () => {
    const { sim } = setupSim()
    const clients: LiveStatusClient[] = []
    const tree = (key: string) =>
      wrap(
        <LiveProvider key={key} platform={createTaroPlatform({ env: 'weapp', clock: sim.clock })}>
          <LiveProbe
            onResult={(c) => {
              if (!clients.includes(c)) clients.push(c)
            }}
          />
        </LiveProvider>,
      )
    const view = render(tree('first'))
    await settle()
    view.rerender(tree('second'))
    await settle()
    expect(clients).toHaveLength(2)
    expect(sim.callsTo('getChannelsLiveInfo')).toHaveLength(2)
    await clients[0]?.refreshLive(CHANNEL)
    await settle()
    expect(sim.callsTo('getChannelsLiveInfo')).toHaveLength(2)
    await clients[1]?.refreshLive(CHANNEL)
    expect(sim.callsTo('getChannelsLiveInfo')).toHaveLength(3)
  })

  it("a `client` prop is the app's: followed when it changes, never destroyed by the provider", async () => {
    const { sim, platform } = setupSim()
    const first = createLiveClient(platform)
    const second = createLiveClient(platform)
    let seen: LiveStatusClient | undefined
    const tree = (client: LiveStatusClient) =>
      wrap(
        <LiveProvider client={client}>
          <LiveProbe onResult={(c) => (seen = c)} />
        </LiveProvider>,
      )
    const view = render(tree(first))
    await settle()
    expect(seen).toBe(first)
    view.rerender(tree(second))
    await settle()
    expect(seen).toBe(second)
    view.unmount()
    await settle()
    const before = sim.callsTo('getChannelsLiveInfo').length
    await first.refreshLive(CHANNEL)
    await second.refreshLive(CHANNEL)
    expect(sim.callsTo('getChannelsLiveInfo')).toHaveLength(before + 2)
    first.destroy()
    second.destroy()
  })
})

describe.each(MODES)('the page lifecycle (%s)', (_mode, wrap) => {
  it('the notice phase is re-derived when the page shows again, before any late timer', async () => {
    const { sim } = setupSim()
    sim.endLive(CHANNEL)
    // WeChat suspends a hidden mini program's JS about 5 s after onHide (docs/platform.md,
    // Undocumented behaviour).
    const clock = suspendableClock(sim.clock)
    const platform = createTaroPlatform({ env: 'weapp', clock })
    enterPage('pages/live/index')
    sim.scheduleNotice(CHANNEL, { startTime: sim.clock.now() + 10 * MINUTE })
    let last: ChannelsLiveNoticeResult | undefined
    renderWith(<NoticeProbe onResult={(r) => (last = r)} />, {
      platform,
      wrap,
      clientOptions: { noticePollIntervalMs: 0 },
    })
    await settle()
    expect(last?.phase).toBe('upcoming')

    await trigger('pages/live/index.onHide')
    clock.suspend()
    await advance(sim, 15 * MINUTE)
    expect(clock.late).toBeGreaterThan(0)

    clock.resume()
    await trigger('pages/live/index.onShow')
    expect(last?.phase).toBe('lingering')
  })

  it("each widget follows its own page's show/hide, captured when it mounts", async () => {
    const { sim, platform } = setupSim()
    enterPage('pages/a/index')
    // Another page becomes current between the widget's render and its effects (a redirect from
    // page A's first layout effect, say): the widget still belongs to page A.
    renderWith(
      <>
        <LiveProbe onResult={() => {}} />
        <RedirectOnMount to="pages/b/index" />
      </>,
      { platform, wrap },
    )
    await settle()
    expect(sim.callsTo('getChannelsLiveInfo')).toHaveLength(1)

    await trigger('pages/a/index.onHide')
    await advance(sim, 2 * HOUR)
    expect(sim.callsTo('getChannelsLiveInfo')).toHaveLength(1)

    await trigger('pages/a/index.onShow')
    await settle()
    expect(sim.callsTo('getChannelsLiveInfo')).toHaveLength(2)
  })

  it('usePageVisible: whether the widget’s own page is shown (always, outside a Taro page)', async () => {
    setupSim()
    const seen: boolean[] = []
    const probe = <VisibleProbe onResult={(shown) => seen.push(shown)} />
    const outside = render(wrap(probe))
    expect(seen.at(-1)).toBe(true)
    outside.unmount()

    enterPage('pages/a/index')
    render(wrap(probe))
    enterPage('pages/b/index')
    await trigger('pages/a/index.onHide')
    expect(seen.at(-1)).toBe(false)
    await trigger('pages/b/index.onShow')
    expect(seen.at(-1)).toBe(false)
    await trigger('pages/a/index.onShow')
    expect(seen.at(-1)).toBe(true)
  })
})

describe.each(MODES)('server time (%s)', (_mode, wrap) => {
  // The phone's clock is 20 minutes fast; WeChat's (the simulator's) is right.
  const SKEW = 20 * MINUTE

  it('serverTimeOffsetMs: the notice phase and the platform clock follow server time', async () => {
    const { sim } = setupSim()
    sim.endLive(CHANNEL)
    const platform = createTaroPlatform({ env: 'weapp', clock: skewedClock(sim.clock, SKEW) })
    sim.scheduleNotice(CHANNEL, { startTime: sim.clock.now() + 10 * MINUTE })
    let last: ChannelsLiveNoticeResult | undefined
    let now: number | undefined
    render(
      wrap(
        <LiveProvider platform={platform} serverTimeOffsetMs={-SKEW}>
          <NoticeProbe onResult={(r) => (last = r)} />
          <ClockProbe onResult={(n) => (now = n)} />
        </LiveProvider>,
      ),
    )
    await settle()
    expect(now).toBe(sim.clock.now())
    expect(last?.phase).toBe('upcoming')
    await advance(sim, 10 * MINUTE)
    expect(last?.phase).toBe('lingering')
  })

  it('an offset the app learns after mounting counts from the next render', async () => {
    const { sim } = setupSim()
    sim.endLive(CHANNEL)
    const platform = createTaroPlatform({ env: 'weapp', clock: skewedClock(sim.clock, SKEW) })
    sim.scheduleNotice(CHANNEL, { startTime: sim.clock.now() + 10 * MINUTE })
    let last: ChannelsLiveNoticeResult | undefined
    const tree = (offset: number | undefined) =>
      wrap(
        <LiveProvider platform={platform} serverTimeOffsetMs={offset}>
          <NoticeProbe onResult={(r) => (last = r)} />
        </LiveProvider>,
      )
    const view = render(tree(undefined))
    await settle()
    // The device clock alone: the start looks passed.
    expect(last?.phase).toBe('lingering')
    view.rerender(tree(-SKEW))
    await settle()
    expect(last?.phase).toBe('upcoming')
    expect(sim.callsTo('getChannelsLiveNoticeInfo')).toHaveLength(1)
  })
})
