// @vitest-environment jsdom

import {
  formatClockTime,
  formatCountdown,
  formatStartTime,
  LiveReserveCard,
} from '@taro-live/components/live-reserve-card'
import { LIVE_ERROR_CODES, type LiveError, type ReserveResult } from '@taro-live/core'
import type { WechatSimulator } from '@taro-live/simulator'
import { cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  advance,
  CHANNEL,
  HOUR,
  MINUTE,
  MODES,
  NOW,
  renderWidget,
  renderWith,
  settle,
  setupSim,
} from '../../hooks/test/support/render'
import { installWx } from '../../hooks/test/support/taro-weapp'
import { nextLocalMidnight } from '../src/live-reserve-card/format-time'

afterEach(() => {
  cleanup()
  installWx(undefined)
})

/**
 * 20:00 on 28 Nov in the device zone: the simulator's NOW in Asia/Shanghai (the `unit` project),
 * the same wall-clock time in `unit-tz`'s America/New_York, so every start time below reads alike.
 */
const LOCAL_NOW = new Date(2026, 10, 28, 20).getTime()
/** `hours:minutes` on `day` Nov 2026 in the device zone. */
const local = (day: number, hours: number, minutes = 0) =>
  new Date(2026, 10, day, hours, minutes).getTime()
const SHANGHAI = process.env.TZ === 'Asia/Shanghai'

/** A channel that is not live, with a notice starting `inMs` from now (20:00 local). */
function withNotice(inMs: number, simOptions = {}) {
  const setup = setupSim({ now: LOCAL_NOW, ...simOptions })
  setup.sim.endLive(CHANNEL)
  const start = setup.sim.clock.now() + inMs
  const noticeId = setup.sim.scheduleNotice(CHANNEL, { startTime: start })
  return { ...setup, start, noticeId }
}

const card = () => document.querySelector('.tl-reserve-card') as HTMLElement | null

describe('time formats', () => {
  it('the tests\' "20:00 local" is the simulator\'s own NOW in Asia/Shanghai', () => {
    if (SHANGHAI) expect(LOCAL_NOW).toBe(NOW)
    expect(new Date(LOCAL_NOW).getHours()).toBe(20)
  })

  it('says today / tomorrow / a date in the device zone, and counts down', () => {
    const now = local(28, 20)
    expect(formatStartTime(local(28, 21), now, 'zh-CN')).toBe('今天 21:00')
    expect(formatStartTime(local(29, 1), now, 'zh-CN')).toBe('明天 01:00')
    expect(formatStartTime(local(30, 20), now, 'zh-CN')).toBe('11月30日 20:00')
    expect(formatStartTime(local(30, 20), now, 'en-US')).toBe('Nov 30, 8:00 PM')
    expect(formatStartTime(local(29, 1), now, 'en-US')).toBe('Tomorrow 1:00 AM')
    expect(formatCountdown(HOUR + 2 * MINUTE + 3_000)).toBe('01:02:03')
    expect(formatCountdown(1)).toBe('00:00:01')
    expect(formatCountdown(-5)).toBe('00:00:00')
  })

  it('en-US uses a 12-hour clock, zh-CN a 24-hour one', () => {
    const now = local(28, 9)
    expect(formatStartTime(local(28, 20), now, 'en-US')).toBe('Today 8:00 PM')
    expect(formatStartTime(local(28, 20), now, 'zh-CN')).toBe('今天 20:00')
    const clock: Array<[number, number, string, string]> = [
      [0, 0, '12:00 AM', '00:00'],
      [0, 5, '12:05 AM', '00:05'],
      [9, 30, '9:30 AM', '09:30'],
      [11, 59, '11:59 AM', '11:59'],
      [12, 0, '12:00 PM', '12:00'],
      [13, 7, '1:07 PM', '13:07'],
      [23, 59, '11:59 PM', '23:59'],
    ]
    for (const [hours, minutes, en, zh] of clock) {
      expect(formatClockTime(local(28, hours, minutes), 'en-US')).toBe(en)
      expect(formatClockTime(local(28, hours, minutes), 'zh-CN')).toBe(zh)
    }
    expect(formatStartTime(local(29, 0, 30), now, 'en-US')).toBe('Tomorrow 12:30 AM')
    expect(formatStartTime(new Date(2027, 0, 2, 12).getTime(), now, 'en-US')).toBe(
      'Jan 2, 12:00 PM',
    )
    expect(formatStartTime(new Date(2027, 0, 2, 12).getTime(), now, 'zh-CN')).toBe('1月2日 12:00')
  })

  it("is the device zone's wall clock: the same instant reads as Shanghai or New York time", () => {
    // 2026-11-28 12:00 UTC is 20:00 in Shanghai (UTC+8) and 07:00 in New York (EST, UTC-5).
    const at = Date.UTC(2026, 10, 28, 12)
    const now = Date.UTC(2026, 10, 28, 4) // 12:00 in Shanghai, 23:00 the day before in New York
    if (SHANGHAI) {
      expect(formatStartTime(at, now, 'zh-CN')).toBe('今天 20:00')
      expect(formatStartTime(at, now, 'en-US')).toBe('Today 8:00 PM')
    } else if (process.env.TZ === 'America/New_York') {
      expect(formatStartTime(at, now, 'zh-CN')).toBe('明天 07:00')
      expect(formatStartTime(at, now, 'en-US')).toBe('Tomorrow 7:00 AM')
    }
    // Any zone: the formatter agrees with the zone's own offset.
    const date = new Date(at)
    expect(formatClockTime(at, 'zh-CN')).toBe(
      `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`,
    )
  })

  it("midnight is the device zone's, across a DST change too", () => {
    const midnight = nextLocalMidnight(local(28, 20))
    expect(midnight).toBe(local(29, 0))
    // The night clocks go back in New York (1 Nov 2026): that day has 25 hours there.
    expect(nextLocalMidnight(local(1, 12))).toBe(local(2, 0))
    expect(formatStartTime(local(2, 0, 30), local(1, 23, 59), 'zh-CN')).toBe('明天 00:30')
  })
})

describe.each(MODES)('LiveReserveCard (%s)', (_mode, wrap) => {
  it('shows a skeleton until the notice arrives, then the title and start time', async () => {
    const { platform } = withNotice(48 * HOUR)
    renderWith(<LiveReserveCard finderUserName={CHANNEL} title="冬季新品发布" />, {
      platform,
      wrap,
    })
    expect(screen.getByRole('status', { name: '加载中' })).toBeTruthy()
    await settle()
    expect(screen.queryByRole('status')).toBeNull()
    expect(card()?.textContent).toContain('冬季新品发布')
    expect(card()?.textContent).toContain('11月30日 20:00 开播')
    expect(card()?.className).toContain('tl-reserve-card--upcoming')
    expect(screen.getByRole('button', { name: '预约' })).toBeTruthy()
  })

  it('counts down each second when the start is close', async () => {
    const { sim, platform } = withNotice(10 * MINUTE)
    renderWith(<LiveReserveCard finderUserName={CHANNEL} />, { platform, wrap })
    await settle()
    expect(card()?.textContent).toContain('距开播 00:10:00')
    await advance(sim, 1_000)
    expect(card()?.textContent).toContain('距开播 00:09:59')
    await advance(sim, 60_000)
    expect(card()?.textContent).toContain('距开播 00:08:59')
  })

  it('switches to the countdown when the start comes close, and from a date to "明天" at midnight', async () => {
    const { sim, platform } = withNotice(3 * HOUR + 5 * MINUTE)
    renderWith(<LiveReserveCard finderUserName={CHANNEL} />, { platform, wrap })
    await settle()
    expect(card()?.textContent).toContain('今天 23:05 开播')
    await advance(sim, 5 * MINUTE)
    expect(card()?.textContent).toContain('距开播 03:00:00')

    // 20:00 local now; a notice two days later at 20:00 reads "明天" after local midnight.
    cleanup()
    const later = withNotice(48 * HOUR)
    renderWith(<LiveReserveCard finderUserName={CHANNEL} />, { platform: later.platform, wrap })
    await settle()
    expect(card()?.textContent).toContain('11月30日 20:00 开播')
    await advance(later.sim, 4 * HOUR)
    expect(card()?.textContent).toContain('明天 20:00 开播')
  })

  it('reserve → "已预约", reported through onReserve, and still there after a remount', async () => {
    const { sim, platform, noticeId } = withNotice(2 * HOUR)
    sim.choose('reserveChannelsLive', 'confirm')
    const results: ReserveResult[] = []
    const first = renderWith(
      <LiveReserveCard finderUserName={CHANNEL} onReserve={(r) => results.push(r)} />,
      { platform, wrap },
    )
    await settle()
    fireEvent.click(screen.getByRole('button', { name: '预约' }))
    await settle()
    expect(results).toMatchObject([{ noticeId, outcome: 'reserved', reserved: true }])
    const button = screen.getByRole('button', { name: '已预约' })
    expect(button.getAttribute('aria-pressed')).toBe('true')
    expect(sim.isReservedByUser(noticeId)).toBe(true)
    first.unmount()

    renderWith(<LiveReserveCard finderUserName={CHANNEL} />, { platform, wrap })
    await settle()
    expect(screen.getByRole('button', { name: '已预约' })).toBeTruthy()

    // Cancelling in the popup (state 7) flips it back.
    sim.choose('reserveChannelsLive', 'confirm')
    fireEvent.click(screen.getByRole('button', { name: '已预约' }))
    await settle()
    expect(screen.getByRole('button', { name: '预约' })).toBeTruthy()
  })

  it('flips upcoming → lingering → gone at the exact instants', async () => {
    const { sim, platform, start } = withNotice(30 * MINUTE)
    renderWith(<LiveReserveCard finderUserName={CHANNEL} countdownWithinMs={0} />, {
      platform,
      wrap,
      clientOptions: { noticePollIntervalMs: 0 },
    })
    await settle()
    expect(card()?.className).toContain('--upcoming')
    await advance(sim, start - sim.clock.now() - 1)
    expect(card()?.className).toContain('--upcoming')
    await advance(sim, 1)
    expect(card()?.className).toContain('--lingering')
    expect(card()?.textContent).toContain('即将开播')
    expect(screen.getByRole('button', { name: '预约' })).toBeTruthy()
    await advance(sim, HOUR - 1)
    expect(card()?.className).toContain('--lingering')
    await advance(sim, 1)
    expect(card()).toBeNull()
  })

  it('shows an empty state instead of hiding, when asked to', async () => {
    const { sim, platform, start } = withNotice(30 * MINUTE)
    renderWith(<LiveReserveCard finderUserName={CHANNEL} whenEmpty="empty" />, { platform, wrap })
    await settle()
    await advance(sim, start + HOUR - sim.clock.now())
    expect(card()?.textContent).toBe('暂无直播预告')
  })

  it('no notice, or a cancelled one: hidden by default', async () => {
    const { sim, platform, noticeId } = withNotice(HOUR)
    sim.cancelNotice(noticeId)
    const errors: LiveError[] = []
    renderWith(<LiveReserveCard finderUserName={CHANNEL} onError={(e) => errors.push(e)} />, {
      platform,
      wrap,
    })
    await settle()
    expect(card()).toBeNull()
    expect(errors).toEqual([])
  })

  it('while live: a badge and "进入直播间", which opens the room in the tap', async () => {
    const { sim, platform } = withNotice(HOUR)
    sim.goLive(CHANNEL, { description: '冬季上新' })
    const onOpenLive = vi.fn()
    renderWith(<LiveReserveCard finderUserName={CHANNEL} onOpenLive={onOpenLive} />, {
      platform,
      wrap,
    })
    await settle()
    expect(card()?.className).toContain('--live')
    expect(card()?.textContent).toContain('直播中')
    expect(card()?.textContent).toContain('冬季上新')
    fireEvent.click(screen.getByRole('button', { name: '进入直播间' }))
    await settle()
    expect(sim.callsTo('openChannelsLive')).toMatchObject([{ inTap: true, outcome: 'success' }])
    expect(onOpenLive).toHaveBeenCalledTimes(1)
  })

  it('speaks en-US, uses the cover prop, and styles named parts', async () => {
    const { platform } = withNotice(48 * HOUR)
    renderWith(
      <LiveReserveCard
        finderUserName={CHANNEL}
        cover="https://cdn.example.invalid/cover.png"
        classNames={{ button: 'my-button' }}
        styles={{ title: { color: 'rgb(1, 2, 3)' } }}
      />,
      { platform, wrap, locale: 'en-US' },
    )
    await settle()
    expect(card()?.textContent).toContain('Upcoming live')
    expect(card()?.textContent).toContain('Starts Nov 30, 8:00 PM')
    expect(screen.getByRole('button', { name: 'Remind me' }).className).toContain('my-button')
    expect(card()?.querySelector('img')?.getAttribute('src')).toBe(
      'https://cdn.example.invalid/cover.png',
    )
    expect(card()?.querySelector<HTMLElement>('.tl-reserve-card__title')?.style.color).toBe(
      'rgb(1, 2, 3)',
    )
  })

  it('two quick taps on "预约" show one popup and report one outcome', async () => {
    const { sim, platform } = withNotice(2 * HOUR)
    sim.choose('reserveChannelsLive', 'confirm')
    const onReserve = vi.fn()
    renderWith(<LiveReserveCard finderUserName={CHANNEL} onReserve={onReserve} />, {
      platform,
      wrap,
    })
    await settle()
    const button = screen.getByRole('button', { name: '预约' })
    fireEvent.click(button)
    fireEvent.click(button)
    await settle()
    expect(sim.callsTo('reserveChannelsLive')).toHaveLength(1)
    expect(onReserve).toHaveBeenCalledTimes(1)
  })

  it('a failed reserve is reported and the card stays usable', async () => {
    const { sim, platform } = withNotice(2 * HOUR)
    sim.script('reserveChannelsLive', { type: 'fail', errMsg: 'reserveChannelsLive:fail busy' })
    const errors: string[] = []
    renderWith(<LiveReserveCard finderUserName={CHANNEL} onError={(e) => errors.push(e.code)} />, {
      platform,
      wrap,
    })
    await settle()
    fireEvent.click(screen.getByRole('button', { name: '预约' }))
    await settle()
    expect(errors).toEqual(['platform-failure'])
    expect(screen.getByRole('button', { name: '预约' })).toBeTruthy()
  })

  const failures: Array<[string, (sim: WechatSimulator) => void, string]> = [
    ['DevTools (-14)', (sim) => sim.setMode('devtools'), 'devtools-unsupported'],
    ['base library 2.18.0 (no notice API)', (sim) => sim.setBaseLibrary('2.18.0'), 'api-missing'],
    [
      'malformed notice data',
      (sim) =>
        sim.script('getChannelsLiveNoticeInfo', { type: 'respond', result: { noticeId: 5 } }),
      'malformed-response',
    ],
    ...Object.entries(LIVE_ERROR_CODES)
      // 1416104 "no data" is how WeChat says "no notice": an empty card, tested below.
      .filter(([code, info]) => info.errCode !== undefined && code !== 'no-data')
      .map(([code, info]): [string, (sim: WechatSimulator) => void, string] => [
        `err_code ${info.errCode}`,
        (sim) =>
          sim.script(
            'getChannelsLiveNoticeInfo',
            { type: 'fail', err_code: info.errCode },
            { times: 9 },
          ),
        code,
      ]),
  ]
  it.each(failures)(
    '%s: the fallback and the code, never a crash',
    async (_name, arrange, code) => {
      const { sim, platform } = withNotice(HOUR)
      arrange(sim)
      const view = renderWidget(LiveReserveCard, { finderUserName: CHANNEL }, { platform, wrap })
      await settle()
      expect(view.fallbackShown()).toBe(true)
      expect(view.codes()).toContain(code)
      expect(card()).toBeNull()
    },
  )

  it('no notice (1416104) is an empty card, not a failure', async () => {
    const { sim, platform } = withNotice(HOUR)
    sim.script('getChannelsLiveNoticeInfo', { type: 'fail', err_code: 1416104 })
    const view = renderWidget(
      LiveReserveCard,
      { finderUserName: CHANNEL, whenEmpty: 'empty' },
      { platform, wrap },
    )
    await settle()
    expect(view.fallbackShown()).toBe(false)
    expect(view.codes()).toEqual([])
    expect(card()?.textContent).toBe('暂无直播预告')
  })
})
