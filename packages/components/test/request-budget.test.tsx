// @vitest-environment jsdom
// Request budgets (docs/performance.md): however many widgets of a channel a page has, one
// `getChannelsLiveInfo` per refresh interval (and one `getChannelsLiveNoticeInfo` per notice
// interval), none while the page is hidden, and no React commit when a poll answers the same.

import { LiveFloatingWindow } from '@taro-live/components/live-floating-window'
import { LiveReserveCard } from '@taro-live/components/live-reserve-card'
import type { WechatSimulator } from '@taro-live/simulator'
import { cleanup } from '@testing-library/react'
import { Profiler } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
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
} from '../../hooks/test/support/render'
import { enterPage, installWx } from '../../hooks/test/support/taro-weapp'

afterEach(() => {
  cleanup()
  installWx(undefined)
  enterPage(undefined)
})

/** Core's defaults (`livePollIntervalMs`, `noticePollIntervalMs`). */
const LIVE_POLL = MINUTE
const NOTICE_POLL = 5 * MINUTE
const PAGE = 'pages/live/index'

const requests = (sim: WechatSimulator) => ({
  live: sim.callsTo('getChannelsLiveInfo').length,
  notice: sim.callsTo('getChannelsLiveNoticeInfo').length,
})

/**
 * `n` widgets of one channel on one page, reserve cards and floating windows alternating, each in a
 * Profiler. The channel is live with a notice 5 h on: the card shows the notice, no countdown ticks.
 */
function mount(n: number, wrap: (typeof MODES)[number][1]) {
  const { sim, platform } = setupSim()
  sim.scheduleNotice(CHANNEL, { startTime: sim.clock.now() + 5 * HOUR })
  enterPage(PAGE)
  const counter = { commits: 0 }
  const count = () => {
    counter.commits += 1
  }
  renderWith(
    <>
      {Array.from({ length: n }, (_, i) => `widget-${i}`).map((key, i) => (
        <Profiler key={key} id={key} onRender={count}>
          {i % 2 === 0 ? (
            <LiveReserveCard finderUserName={CHANNEL} title="冬季新品发布会" />
          ) : (
            <LiveFloatingWindow finderUserName={CHANNEL} label="冬季上新" />
          )}
        </Profiler>
      ))}
    </>,
    { platform, wrap },
  )
  return { sim, counter }
}

describe.each(MODES)('request budget (%s)', (_mode, wrap) => {
  it.each([1, 10, 50])(
    '%i widget(s) of one channel: one live-status request per refresh interval, none while hidden',
    async (n) => {
      const { sim } = mount(n, wrap)
      await settle()
      expect(document.body.textContent).toContain('冬季新品发布会')
      expect(requests(sim)).toEqual({ live: 1, notice: 1 })

      for (let minute = 1; minute <= 10; minute += 1) {
        await advance(sim, LIVE_POLL)
        expect(requests(sim).live).toBe(1 + minute)
      }
      expect(requests(sim).notice).toBe(1 + (10 * MINUTE) / NOTICE_POLL)

      await trigger(`${PAGE}.onHide`)
      const before = sim.calls.length
      for (let minute = 0; minute < 10; minute += 1) await advance(sim, MINUTE)
      expect(sim.calls.slice(before).filter((c) => c.api.startsWith('getChannels'))).toEqual([])

      // Shown again after 10 min: the stale live status once (every widget shares it).
      await trigger(`${PAGE}.onShow`)
      await settle()
      const after = sim.calls.slice(before)
      expect(after.filter((c) => c.api === 'getChannelsLiveInfo')).toHaveLength(1)
    },
  )

  it('no React commit when a poll answers the same, one render per widget when it changes', async () => {
    const { sim, counter } = mount(10, wrap)
    await settle()
    await advance(sim, 1_000)
    counter.commits = 0
    await advance(sim, LIVE_POLL)
    expect(requests(sim).live).toBe(2)
    expect(counter.commits).toBe(0)

    // Ten polls and a notice poll later, still nothing to render.
    for (let minute = 0; minute < 10; minute += 1) await advance(sim, LIVE_POLL)
    expect(requests(sim).notice).toBe(3)
    expect(counter.commits).toBe(0)

    sim.endLive(CHANNEL)
    await advance(sim, LIVE_POLL)
    expect(document.querySelector('.tl-floating-window')).toBeNull()
    expect(counter.commits).toBeGreaterThan(0)
  })
})
