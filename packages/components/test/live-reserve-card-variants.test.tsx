// @vitest-environment jsdom

import { LiveReserveCard } from '@taro-live/components/live-reserve-card'
import { cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import {
  advance,
  CHANNEL,
  HOUR,
  MINUTE,
  MODES,
  renderWidget,
  settle,
  setupSim,
} from '../../hooks/test/support/render'
import { installWx } from '../../hooks/test/support/taro-weapp'

afterEach(() => {
  cleanup()
  installWx(undefined)
})

const card = () => document.querySelector('.tl-reserve-card') as HTMLElement | null
const button = () => document.querySelector('.tl-reserve-card__button') as HTMLElement | null

describe.each(MODES)('LiveReserveCard under every platform variant (%s)', (_mode, wrap) => {
  it.each(['no-data', 'err-code-1', 'unknown-code'] as const)(
    'no notice (%s): the empty state, no error, no backoff storm',
    async (noNotice) => {
      const { sim, platform } = setupSim({ variants: { noNotice } })
      sim.endLive(CHANNEL)
      const view = renderWidget(
        LiveReserveCard,
        { finderUserName: CHANNEL, whenEmpty: 'empty' },
        { platform, wrap },
      )
      await settle()
      expect(card()?.textContent).toBe('暂无直播预告')
      await advance(sim, 30 * MINUTE)
      expect(view.codes()).toEqual([])
      expect(view.fallbackShown()).toBe(false)
      // Polled every 5 minutes (StrictMode mounts twice, still one request per answer).
      expect(sim.callsTo('getChannelsLiveNoticeInfo').length).toBeLessThanOrEqual(8)
    },
  )

  it.each(['omitted', 'status'] as const)(
    'cancelled and used notices (%s) never get a reserve button; the next usable one does',
    async (spentNotice) => {
      const { sim, platform } = setupSim({ variants: { spentNotice } })
      sim.endLive(CHANNEL)
      const now = sim.clock.now()
      sim.scheduleNotice(CHANNEL, { noticeId: 'c', startTime: now + HOUR, status: 'cancelled' })
      sim.scheduleNotice(CHANNEL, { noticeId: 'u', startTime: now + 2 * HOUR, status: 'used' })
      renderWidget(
        LiveReserveCard,
        { finderUserName: CHANNEL, countdownWithinMs: 0 },
        { platform, wrap },
      )
      await settle()
      expect(card()).toBeNull()
      sim.scheduleNotice(CHANNEL, { noticeId: 'next', startTime: now + 30 * HOUR })
      await advance(sim, 5 * MINUTE)
      expect(screen.getByRole('button', { name: '预约' })).toBeTruthy()
      fireEvent.click(button()!)
      await settle()
      expect(sim.callsTo('reserveChannelsLive')[0]?.params).toEqual({ noticeId: 'next' })
    },
  )

  it('reservable: false shows the notice with an inactive button that opens no popup', async () => {
    const { sim, platform } = setupSim()
    sim.endLive(CHANNEL)
    sim.scheduleNotice(CHANNEL, { startTime: sim.clock.now() + 30 * HOUR, reservable: false })
    const view = renderWidget(LiveReserveCard, { finderUserName: CHANNEL }, { platform, wrap })
    await settle()
    const inactive = screen.getByRole('button', { name: '暂不可预约' })
    expect(inactive.getAttribute('aria-disabled')).toBe('true')
    expect(inactive.className).toContain('tl-reserve-card__button--disabled')
    fireEvent.click(inactive)
    await settle()
    expect(sim.callsTo('reserveChannelsLive')).toEqual([])
    expect(view.codes()).toEqual([])
  })

  it('an unrelated live of the channel leaves a notice for tomorrow and its reserve button', async () => {
    const { sim, platform } = setupSim()
    sim.scheduleNotice(CHANNEL, { startTime: sim.clock.now() + 26 * HOUR })
    renderWidget(LiveReserveCard, { finderUserName: CHANNEL }, { platform, wrap })
    await settle()
    expect(card()?.className).toContain('tl-reserve-card--upcoming')
    expect(screen.getByRole('button', { name: '预约' })).toBeTruthy()
  })

  it('a live when the notice starts within the hour is the notice’s live', async () => {
    const { sim, platform } = setupSim()
    sim.scheduleNotice(CHANNEL, { startTime: sim.clock.now() + 30 * MINUTE })
    renderWidget(LiveReserveCard, { finderUserName: CHANNEL }, { platform, wrap })
    await settle()
    expect(card()?.className).toContain('tl-reserve-card--live')
    expect(screen.getByRole('button', { name: '进入直播间' })).toBeTruthy()
  })

  it('the popup opens at once on the shown notice, the button is busy meanwhile, and taps are ignored', async () => {
    const { sim, platform } = setupSim({ latencyMs: 2_000 })
    sim.endLive(CHANNEL)
    sim.scheduleNotice(CHANNEL, { startTime: sim.clock.now() + 30 * HOUR })
    renderWidget(LiveReserveCard, { finderUserName: CHANNEL }, { platform, wrap })
    await advance(sim, 5_000)
    await advance(sim, 60_000) // the notice is now stale (30 s), not yet polled again (5 min)
    const requests = sim.callsTo('getChannelsLiveNoticeInfo').length
    fireEvent.click(button()!)
    await settle()
    expect(sim.callsTo('reserveChannelsLive')).toHaveLength(1)
    expect(sim.callsTo('getChannelsLiveNoticeInfo')).toHaveLength(requests)
    const busy = screen.getByRole('button', { name: '预约中…' })
    expect(busy.getAttribute('aria-busy')).toBe('true')
    fireEvent.click(busy)
    await advance(sim, 2_000)
    expect(screen.getByRole('button', { name: '已预约' })).toBeTruthy()
    expect(sim.callsTo('reserveChannelsLive')).toHaveLength(1)
  })
})
