// @vitest-environment jsdom

import { LiveReserveCard } from '@taro-live/components/live-reserve-card'
import type { ReserveResult } from '@taro-live/core'
import { cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import {
  CHANNEL,
  HOUR,
  MODES,
  renderWidget,
  renderWith,
  settle,
  setupSim,
} from '../../hooks/test/support/render'
import { installWx } from '../../hooks/test/support/taro-weapp'

afterEach(() => {
  cleanup()
  installWx(undefined)
})

function upcoming(baseLibrary: string) {
  const setup = setupSim({ baseLibrary })
  setup.sim.endLive(CHANNEL)
  const noticeId = setup.sim.scheduleNotice(CHANNEL, {
    startTime: setup.sim.clock.now() + 5 * HOUR,
  })
  return { ...setup, noticeId }
}

describe.each(MODES)('LiveReserveCard reserveWith="sheet" (%s)', (_mode, wrap) => {
  it('≥ 3.13.0: the button opens WeChat’s notice sheet in the tap; nothing is recorded or reported as reserved', async () => {
    const { sim, platform, noticeId } = upcoming('3.13.0')
    sim.choose('openChannelsLiveNoticeInfo', 'reserve')
    const reserved: ReserveResult[] = []
    let sheets = 0
    const view = renderWidget(
      LiveReserveCard,
      {
        finderUserName: CHANNEL,
        reserveWith: 'sheet',
        onReserve: (r) => reserved.push(r),
        onOpenNoticeSheet: () => sheets++,
      },
      { platform, wrap },
    )
    await settle()
    fireEvent.click(screen.getByRole('button', { name: '预约' }))
    await settle()
    expect(sim.callsTo('openChannelsLiveNoticeInfo')).toMatchObject([
      { inTap: true, outcome: 'success', params: { finderUserName: CHANNEL } },
    ])
    expect(sim.callsTo('reserveChannelsLive')).toHaveLength(0)
    expect(sheets).toBe(1)
    // WeChat knows; the app was not told, so the card does not claim it.
    expect(sim.isReservedByUser(noticeId)).toBe(true)
    expect(reserved).toEqual([])
    expect(screen.getByRole('button', { name: '预约' })).toBeTruthy()
    expect(view.codes()).toEqual([])
  })

  it('below 3.13.0 (3.12.9) the same card reserves with the popup and records the outcome', async () => {
    const { sim, platform } = upcoming('3.12.9')
    const reserved: ReserveResult[] = []
    renderWidget(
      LiveReserveCard,
      { finderUserName: CHANNEL, reserveWith: 'sheet', onReserve: (r) => reserved.push(r) },
      { platform, wrap },
    )
    await settle()
    fireEvent.click(screen.getByRole('button', { name: '预约' }))
    await settle()
    expect(sim.callsTo('openChannelsLiveNoticeInfo')).toHaveLength(0)
    expect(sim.callsTo('reserveChannelsLive')).toHaveLength(1)
    expect(reserved.map((r) => r.reserved)).toEqual([true])
    expect(screen.getByRole('button', { name: '已预约' })).toBeTruthy()
  })

  it('the render prop says which way reserve() goes', async () => {
    for (const [baseLibrary, expected] of [
      ['3.13.0', 'sheet'],
      ['3.12.9', 'popup'],
    ] as const) {
      const { platform } = upcoming(baseLibrary)
      const seen: string[] = []
      const view = renderWidget(
        LiveReserveCard,
        {
          finderUserName: CHANNEL,
          reserveWith: 'sheet',
          children: (card) => {
            seen.push(card.reservesWith)
            return null
          },
        },
        { platform, wrap },
      )
      await settle()
      expect(seen.at(-1)).toBe(expected)
      view.unmount()
    }
  })

  it('the sheet’s button never claims a reservation: a recorded "已预约" becomes "预约", not pressed', async () => {
    const { sim, platform } = upcoming('3.13.0')
    const card = (reserveWith: 'popup' | 'sheet') => (
      <LiveReserveCard finderUserName={CHANNEL} reserveWith={reserveWith} />
    )
    const view = renderWith(card('popup'), { platform, wrap })
    await settle()
    fireEvent.click(screen.getByRole('button', { name: '预约' }))
    await settle()
    expect(screen.getByRole('button', { name: '已预约' }).getAttribute('aria-pressed')).toBe('true')
    view.rerender(card('sheet'))
    await settle()
    const button = screen.getByRole('button', { name: '预约' })
    expect(button.getAttribute('aria-pressed')).toBeNull()
    expect(button.className).not.toContain('--reserved')
    fireEvent.click(button)
    await settle()
    expect(sim.callsTo('openChannelsLiveNoticeInfo')).toHaveLength(1)
  })

  it('a failing sheet is reported typed and the card stays', async () => {
    const { sim, platform } = upcoming('3.13.0')
    sim.script('openChannelsLiveNoticeInfo', { type: 'fail', err_code: 100008, errMsg: 'subject' })
    const view = renderWidget(
      LiveReserveCard,
      { finderUserName: CHANNEL, reserveWith: 'sheet' },
      { platform, wrap },
    )
    await settle()
    fireEvent.click(screen.getByRole('button', { name: '预约' }))
    await settle()
    expect(view.codes()).toEqual(['subject-mismatch-or-unverified'])
    expect(screen.getByRole('button', { name: '预约' })).toBeTruthy()
  })
})
