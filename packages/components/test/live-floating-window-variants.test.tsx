// @vitest-environment jsdom

import { LiveFloatingWindow } from '@taro-live/components/live-floating-window'
import { cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import {
  advance,
  CHANNEL,
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

const OPEN = /进入橙子优选的直播间$/
const bubble = () => document.querySelector('.tl-floating-window')

describe.each(MODES)('LiveFloatingWindow under every platform variant (%s)', (_mode, wrap) => {
  it.each(['status-1', 'no-data'] as const)(
    'a channel that never went live (%s): nothing shown, no error, no fast retry',
    async (neverLive) => {
      const { sim, platform } = setupSim({
        channels: { [CHANNEL]: { nickname: '橙子优选' } },
        variants: { neverLive },
      })
      const view = renderWidget(LiveFloatingWindow, { finderUserName: CHANNEL }, { platform, wrap })
      await settle()
      await advance(sim, 10 * MINUTE)
      expect(bubble()).toBeNull()
      expect(view.fallbackShown()).toBe(false)
      expect(view.codes()).toEqual([])
      // One request a minute at most (the first, then the polls).
      expect(sim.callsTo('getChannelsLiveInfo').length).toBeLessThanOrEqual(11)
      sim.goLive(CHANNEL)
      await advance(sim, MINUTE)
      expect(screen.getByRole('button', { name: OPEN })).toBeTruthy()
    },
  )

  it.each(['err-code', 'errmsg-only'] as const)(
    'subject mismatch on open (%s): the tap ends with a typed error and the next tap works',
    async (subjectMismatchOnOpen) => {
      const { sim, platform } = setupSim({ variants: { subjectMismatchOnOpen } })
      const view = renderWidget(LiveFloatingWindow, { finderUserName: CHANNEL }, { platform, wrap })
      await settle()
      sim.setSubject(CHANNEL, 'other')
      fireEvent.click(screen.getByRole('button', { name: OPEN }))
      await settle()
      expect(view.codes()).toEqual(['subject-mismatch-or-unverified'])
      sim.setSubject(CHANNEL, 'same')
      fireEvent.click(screen.getByRole('button', { name: OPEN }))
      await settle()
      expect(sim.visits).toHaveLength(1)
    },
  )

  it('an open WeChat never answers reports timeout, and the next tap works', async () => {
    const { sim, platform } = setupSim()
    const view = renderWidget(LiveFloatingWindow, { finderUserName: CHANNEL }, { platform, wrap })
    await settle()
    sim.script('openChannelsLive', { type: 'hang' })
    fireEvent.click(screen.getByRole('button', { name: OPEN }))
    await advance(sim, 10_000)
    expect(view.codes()).toEqual(['timeout'])
    fireEvent.click(screen.getByRole('button', { name: OPEN }))
    await settle()
    expect(sim.visits).toHaveLength(1)
  })

  it('100008 on the status: fallback, no retry while mounted, one more try on the next mount after 30 s', async () => {
    const { sim, platform } = setupSim({
      channels: { [CHANNEL]: { status: 'live', nickname: '橙子优选', subject: 'other' } },
    })
    const first = renderWidget(LiveFloatingWindow, { finderUserName: CHANNEL }, { platform, wrap })
    await settle()
    expect(first.fallbackShown()).toBe(true)
    await advance(sim, 10 * MINUTE)
    expect(sim.callsTo('getChannelsLiveInfo')).toHaveLength(1)
    first.unmount()
    // The merchant linked the subject meanwhile.
    sim.setSubject(CHANNEL, 'same')
    const again = renderWidget(LiveFloatingWindow, { finderUserName: CHANNEL }, { platform, wrap })
    await settle()
    expect(sim.callsTo('getChannelsLiveInfo')).toHaveLength(2)
    expect(again.fallbackShown()).toBe(false)
    expect(screen.getByRole('button', { name: OPEN })).toBeTruthy()
  })
})
