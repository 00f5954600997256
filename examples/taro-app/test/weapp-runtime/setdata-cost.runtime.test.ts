import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest'
import { CHANNEL, startApp } from './example-app'
import type { SetDataCall } from './harness'

let stop: (() => void) | undefined
afterEach(() => {
  stop?.()
  stop = undefined
})

/** What crossed to the view thread: calls and bytes. */
const cost = (calls: readonly SetDataCall[]) => ({
  calls: calls.length,
  bytes: calls.reduce((sum, c) => sum + c.bytes, 0),
})

const figures: Record<string, { calls: number; bytes: number }> = {}

/**
 * Touchmoves in the drag figure, and its setData budget. Measured December 2026: 11 calls, ~690 B
 * (one `style` update per touchmove, the snap at touchend). The budget holds that: a drag must never
 * cost more than one setData per move (e.g. a re-render of the whole bubble per move, or of the
 * page), and the bytes per move stay the bubble's `style`.
 */
const MOVES = 10
const DRAG_BUDGET = MOVES + 1
const DRAG_BYTES_BUDGET = 1_500

describe('setData traffic of the live page (recorded on the page’s setData)', () => {
  test('first render, an unchanged status poll, a status change', async () => {
    const started = startApp()
    stop = started.stop
    const { sim, app } = started
    const page = await app.openPage('pages/live/index')
    await page.waitFor(() => page.find('.tl-floating-window') !== undefined, 'the floating window')
    await page.settle(200)
    figures['first render'] = cost(page.setData)

    let mark = page.setData.length
    const polls = app.callsTo('getChannelsLiveInfo').length
    await vi.advanceTimersByTimeAsync(60_000)
    await page.settle(100)
    expect(app.callsTo('getChannelsLiveInfo').length).toBe(polls + 1)
    figures['unchanged status poll'] = cost(page.setData.slice(mark))

    mark = page.setData.length
    sim.endLive(CHANNEL)
    await vi.advanceTimersByTimeAsync(60_000)
    await page.waitFor(() => page.find('.tl-floating-window') === undefined, 'the bubble to go')
    await page.settle(100)
    figures['status change (live → ended)'] = cost(page.setData.slice(mark))

    expect(figures['unchanged status poll']).toEqual({ calls: 0, bytes: 0 })
  })

  test('one second of countdown, and a hidden page', async () => {
    const started = startApp({
      channels: {
        [CHANNEL]: {
          status: 'ended',
          nickname: '橙子优选',
          notices: [{ startTime: Date.UTC(2026, 11, 2, 5) }],
        },
      },
    })
    stop = started.stop
    const { app } = started
    const page = await app.openPage('pages/live/index')
    await page.waitFor(() => page.findByText('距开播') !== undefined, 'the countdown')
    await page.settle(200)

    let mark = page.setData.length
    await vi.advanceTimersByTimeAsync(1_000)
    await page.settle(50)
    figures['one second of countdown'] = cost(page.setData.slice(mark))
    expect(figures['one second of countdown'].calls).toBeGreaterThan(0)

    await page.hide()
    mark = page.setData.length
    const requests = app.calls.length
    await vi.advanceTimersByTimeAsync(10_000)
    figures['hidden page, per second'] = {
      calls: (page.setData.length - mark) / 10,
      bytes: cost(page.setData.slice(mark)).bytes / 10,
    }
    const hiddenRequests = app.calls.slice(requests).filter((c) => c.api.startsWith('getChannels'))
    expect(hiddenRequests).toEqual([])
    // Nothing goes to an invisible page: the countdown pauses while it is hidden.
    expect(figures['hidden page, per second']).toEqual({ calls: 0, bytes: 0 })
  })

  test('one drag of the bubble: at most one setData per touchmove, plus the snap', async () => {
    const started = startApp()
    stop = started.stop
    const { app } = started
    const page = await app.openPage('pages/live/index')
    await page.waitFor(() => page.find('.tl-floating-window') !== undefined, 'the floating window')
    await page.settle(200)
    const bubble = page.find('.tl-floating-window')!
    // jsdom has no layout: the bubble sits at the bottom right of a 375 × 667 window.
    bubble.stubRect({ left: 295, top: 400, width: 72, height: 100 })
    const main = page.find('.tl-floating-window__main')!

    const mark = page.setData.length
    await main.touch('touchstart', { x: 330, y: 450 })
    await page.settle(150) // the selector query's rect arrives after Taro's next tick
    // Ten touchmoves up and to the left, ~20 px apart, as a finger reports them.
    for (let i = 1; i <= MOVES; i += 1) {
      await main.touch('touchmove', { x: 330 - 18 * i, y: 450 - 10 * i })
    }
    await page.waitFor(
      () => /left: 115px; top: 300px/.test(bubble.el.getAttribute('style') ?? ''),
      'the bubble to follow the finger',
    )
    await main.touch('touchend', { x: 330 - 18 * MOVES, y: 450 - 10 * MOVES })
    await page.waitFor(
      () =>
        /left: 8px; top: 300px/.test(
          page.find('.tl-floating-window')?.el.getAttribute('style') ?? '',
        ),
      'the bubble to snap to the left edge',
    )
    await page.settle(100)
    const drag = cost(page.setData.slice(mark))
    figures[`one drag (${MOVES} touchmoves)`] = drag
    // At most one setData per touchmove, plus one for the snap at touchend.
    expect(drag.calls).toBeLessThanOrEqual(DRAG_BUDGET)
    expect(drag.bytes).toBeLessThanOrEqual(DRAG_BYTES_BUDGET)
  })

  // The figures are printed for the performance work to budget; the assertions are in the tests.
  // With BENCH_OUT set (a directory; `pnpm bench` sets it), they are also written to
  // BENCH_OUT/weapp-setdata.json for BENCHMARKS.md.
  afterAll(() => {
    const dir = process.env.BENCH_OUT
    if (dir) {
      mkdirSync(dir, { recursive: true })
      writeFileSync(join(dir, 'weapp-setdata.json'), `${JSON.stringify(figures, null, 2)}\n`)
    }
    console.log(
      ['setData cost of the example app’s live page (weapp build, miniprogram-simulate):']
        .concat(
          Object.entries(figures).map(([what, f]) => `  ${what}: ${f.calls} calls, ${f.bytes} B`),
        )
        .join('\n'),
    )
  })
})
