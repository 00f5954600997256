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

  // The figures are printed for the performance work to budget; the assertions are in the tests.
  afterAll(() => {
    console.log(
      ['setData cost of the example app’s live page (weapp build, miniprogram-simulate):']
        .concat(
          Object.entries(figures).map(([what, f]) => `  ${what}: ${f.calls} calls, ${f.bytes} B`),
        )
        .join('\n'),
    )
  })
})
