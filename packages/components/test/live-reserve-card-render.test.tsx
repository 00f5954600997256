// @vitest-environment jsdom

import {
  LiveReserveCard,
  type LiveReserveCardRenderProps,
  type LiveReserveCardShownState,
} from '@taro-live/components/live-reserve-card'
import type { ReserveResult } from '@taro-live/core'
import { Text, View } from '@tarojs/components'
import { cleanup, fireEvent } from '@testing-library/react'
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
} from '../../hooks/test/support/render'
import { installWx } from '../../hooks/test/support/taro-weapp'

afterEach(() => {
  cleanup()
  installWx(undefined)
})

/** 20:00 on 28 Nov in the device zone (the simulator's NOW in Asia/Shanghai). */
const LOCAL_NOW = new Date(2026, 10, 28, 20).getTime()

function withNotice(inMs: number, noticeOptions: { reservable?: boolean } = {}) {
  const setup = setupSim({ now: LOCAL_NOW })
  setup.sim.endLive(CHANNEL)
  const start = setup.sim.clock.now() + inMs
  const noticeId = setup.sim.scheduleNotice(CHANNEL, { startTime: start, ...noticeOptions })
  return { ...setup, start, noticeId }
}

/** An app's own card: every field it got, and its own buttons wired to the actions. */
function MyCard({
  card,
  seen,
}: {
  card: LiveReserveCardRenderProps
  seen: LiveReserveCardRenderProps[]
}) {
  seen.push(card)
  return (
    <View className="my-card">
      <Text className="my-state">{card.state}</Text>
      <Text className="my-time">{card.timeText}</Text>
      <Text className="my-starts">{card.startsAtText}</Text>
      {card.state === 'live' ? (
        <View className="my-open" onClick={card.open}>
          {card.texts.enterLive}
        </View>
      ) : (
        <View className="my-reserve" onClick={card.reserve}>
          {card.reserved ? 'booked' : 'book'}
        </View>
      )}
    </View>
  )
}

const text = (selector: string) => document.querySelector(selector)?.textContent
const click = (selector: string) => fireEvent.click(document.querySelector(selector) as Element)

describe.each(MODES)('LiveReserveCard customisation (%s)', (_mode, wrap) => {
  it('render prop: loading, then the notice with its start, countdown and the built-in UI gone', async () => {
    const { sim, platform, start } = withNotice(2 * HOUR)
    const seen: LiveReserveCardRenderProps[] = []
    renderWith(
      <LiveReserveCard finderUserName={CHANNEL}>
        {(card) => <MyCard card={card} seen={seen} />}
      </LiveReserveCard>,
      { platform, wrap },
    )
    expect(text('.my-state')).toBe('loading')
    expect(text('.my-time')).toBe('')
    await settle()
    expect(document.querySelector('.tl-reserve-card')).toBeNull()
    expect(text('.my-state')).toBe('upcoming')
    expect(text('.my-starts')).toBe('今天 22:00')
    expect(text('.my-time')).toBe('距开播 02:00:00')
    const last = seen[seen.length - 1]
    expect(last).toMatchObject({
      state: 'upcoming',
      phase: 'upcoming',
      reserved: false,
      reserving: false,
      reservable: true,
      countdownMs: 2 * HOUR,
      startsAt: start,
      live: undefined,
    })
    expect(last?.notice?.startTime).toBe(start)
    await advance(sim, 1_000)
    expect(seen[seen.length - 1]?.countdownMs).toBe(2 * HOUR - 1_000)
    expect(text('.my-time')).toBe('距开播 01:59:59')
  })

  it('render prop: reserve shows one popup for two taps, records it, reports once', async () => {
    const { sim, platform, noticeId } = withNotice(2 * HOUR)
    sim.choose('reserveChannelsLive', 'confirm')
    const results: ReserveResult[] = []
    const seen: LiveReserveCardRenderProps[] = []
    renderWith(
      <LiveReserveCard finderUserName={CHANNEL} onReserve={(r) => results.push(r)}>
        {(card) => <MyCard card={card} seen={seen} />}
      </LiveReserveCard>,
      { platform, wrap },
    )
    await settle()
    click('.my-reserve')
    expect(seen[seen.length - 1]?.reserving).toBe(true)
    click('.my-reserve')
    await settle()
    expect(sim.callsTo('reserveChannelsLive')).toHaveLength(1)
    expect(results).toMatchObject([{ noticeId, outcome: 'reserved', reserved: true }])
    expect(text('.my-reserve')).toBe('booked')
    expect(seen[seen.length - 1]).toMatchObject({ reserved: true, reserving: false })
  })

  it('render prop: a notice WeChat will not take is not reservable and reserve does nothing', async () => {
    const { sim, platform } = withNotice(2 * HOUR, { reservable: false })
    const seen: LiveReserveCardRenderProps[] = []
    renderWith(
      <LiveReserveCard finderUserName={CHANNEL}>
        {(card) => <MyCard card={card} seen={seen} />}
      </LiveReserveCard>,
      { platform, wrap },
    )
    await settle()
    expect(seen[seen.length - 1]?.reservable).toBe(false)
    click('.my-reserve')
    await settle()
    expect(sim.callsTo('reserveChannelsLive')).toEqual([])
  })

  it('render prop: lingering, then live with open() first thing in the tap', async () => {
    const { sim, platform, start } = withNotice(30 * MINUTE)
    const onOpenLive = vi.fn()
    const seen: LiveReserveCardRenderProps[] = []
    renderWith(
      <LiveReserveCard finderUserName={CHANNEL} onOpenLive={onOpenLive}>
        {(card) => <MyCard card={card} seen={seen} />}
      </LiveReserveCard>,
      { platform, wrap, clientOptions: { livePollIntervalMs: MINUTE } },
    )
    await settle()
    await advance(sim, start - sim.clock.now())
    expect(seen[seen.length - 1]).toMatchObject({
      state: 'lingering',
      phase: 'lingering',
      countdownMs: undefined,
      timeText: '即将开播',
    })
    sim.goLive(CHANNEL, { description: '冬季上新' })
    await advance(sim, MINUTE)
    expect(text('.my-state')).toBe('live')
    expect(seen[seen.length - 1]?.live?.description).toBe('冬季上新')
    expect(text('.my-time')).toBe('冬季上新')
    click('.my-open')
    expect(sim.callsTo('openChannelsLive')).toMatchObject([{ inTap: true }])
    await settle()
    expect(sim.callsTo('openChannelsLive')).toMatchObject([{ inTap: true, outcome: 'success' }])
    expect(onOpenLive).toHaveBeenCalledTimes(1)
  })

  it('render prop: empty only with whenEmpty="empty"; unsupported still renders fallback', async () => {
    const { sim, platform } = withNotice(30 * MINUTE)
    const children = vi.fn((card: LiveReserveCardRenderProps) => <Text>{card.state}</Text>)
    const view = renderWith(
      <LiveReserveCard finderUserName={CHANNEL} whenEmpty="empty">
        {children}
      </LiveReserveCard>,
      { platform, wrap },
    )
    await settle()
    await advance(sim, 30 * MINUTE + HOUR)
    expect(view.container.textContent).toBe('empty')
    cleanup()

    const hidden = withNotice(HOUR)
    hidden.sim.cancelNotice(hidden.noticeId)
    const never = vi.fn((_card: LiveReserveCardRenderProps) => <Text>never</Text>)
    const second = renderWith(<LiveReserveCard finderUserName={CHANNEL}>{never}</LiveReserveCard>, {
      platform: hidden.platform,
      wrap,
    })
    await settle()
    expect(second.container.textContent).toBe('')
    cleanup()

    const devtools = withNotice(HOUR)
    devtools.sim.setMode('devtools')
    const third = renderWith(
      <LiveReserveCard finderUserName={CHANNEL} fallback={<Text>fallback</Text>}>
        {never}
      </LiveReserveCard>,
      { platform: devtools.platform, wrap },
    )
    await settle()
    expect(third.container.textContent).toBe('fallback')
    expect(never.mock.calls.filter(([card]) => card?.state !== 'loading')).toEqual([])
  })

  it('onShow once per mount; onStateChange upcoming → lingering → live → empty', async () => {
    const { sim, platform, start } = withNotice(30 * MINUTE)
    const onShow = vi.fn()
    const changes: Array<[LiveReserveCardShownState, LiveReserveCardShownState]> = []
    renderWith(
      <LiveReserveCard
        finderUserName={CHANNEL}
        onShow={onShow}
        onStateChange={(state, previous) => changes.push([previous, state])}
      />,
      { platform, wrap, clientOptions: { livePollIntervalMs: MINUTE } },
    )
    expect(onShow).not.toHaveBeenCalled()
    await settle()
    expect(onShow.mock.calls).toEqual([['upcoming']])
    expect(changes).toEqual([])
    await advance(sim, start - sim.clock.now())
    expect(changes).toEqual([['upcoming', 'lingering']])
    sim.goLive(CHANNEL)
    await advance(sim, MINUTE)
    sim.endLive(CHANNEL)
    await advance(sim, 2 * HOUR)
    expect(changes).toEqual([
      ['upcoming', 'lingering'],
      ['lingering', 'live'],
      ['live', 'empty'],
    ])
    expect(onShow).toHaveBeenCalledTimes(1)
  })

  it('onShow waits for something to show: not for a hidden card, "empty" when asked to show it', async () => {
    const { sim, platform, noticeId } = withNotice(HOUR)
    sim.cancelNotice(noticeId)
    const onShow = vi.fn()
    renderWith(<LiveReserveCard finderUserName={CHANNEL} onShow={onShow} />, { platform, wrap })
    await settle()
    expect(onShow).not.toHaveBeenCalled()
    cleanup()

    const other = withNotice(HOUR)
    other.sim.cancelNotice(other.noticeId)
    renderWith(<LiveReserveCard finderUserName={CHANNEL} whenEmpty="empty" onShow={onShow} />, {
      platform: other.platform,
      wrap,
    })
    await settle()
    expect(onShow.mock.calls).toEqual([['empty']])
  })
})
