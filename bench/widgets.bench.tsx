// @vitest-environment jsdom
/*
 * Ours against the hand-written way (bench/baseline), on the simulator through the real Taro
 * adapter, in jsdom, with fake timers that drive both: the simulator follows them (`clock:
 * 'realtime'`), so our client's timers and the baseline's `setInterval` run on the same time.
 * `pnpm bench` runs this (project `bench`, not part of `pnpm test`) and writes BENCHMARKS.md from
 * the JSON it leaves in `BENCH_OUT`.
 */

import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { LiveFloatingWindow } from '@taro-live/components/live-floating-window'
import { LiveReserveCard } from '@taro-live/components/live-reserve-card'
import { createTaroPlatform, LiveProvider } from '@taro-live/hooks'
import { createWechatSimulator, type WechatSimulator } from '@taro-live/simulator'
import { eventCenter } from '@tarojs/taro'
import { act, cleanup, render } from '@testing-library/react'
import { Profiler, type ReactNode } from 'react'
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest'
import { enterPage, installWx } from '../packages/hooks/test/support/taro-weapp'
import { HandFloatingBubble, HandReserveCard } from './baseline'

const CHANNEL = 'sphLiveShop'
/** 2026-11-28 12:00 UTC, 20:00 in Asia/Shanghai (the project's zone). */
const NOW = Date.UTC(2026, 10, 28, 12)
const MINUTE = 60_000
const PAGE = 'pages/live/index'
const IMPLS = ['ours', 'baseline'] as const
type Impl = (typeof IMPLS)[number]

const results: Record<string, unknown> = {}

/** The real `performance.now`, taken before any test fakes timers (fake timers fake it too). */
const realNow = performance.now.bind(performance)

afterEach(() => {
  cleanup()
  installWx(undefined)
  enterPage(undefined)
  vi.useRealTimers()
})

afterAll(() => {
  const dir = process.env.BENCH_OUT
  if (!dir) return
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'jsdom.json'), `${JSON.stringify(results, null, 2)}\n`)
})

/**
 * A simulator as `wx` behind `@tarojs/taro`, on fake timers, inside a Taro page: a live channel
 * with a notice at 01:00 tomorrow (5 h on: the card shows it with its reserve button, and no
 * countdown, which starts 3 h before, ticks in the 20 minutes measured), and the bubble shows.
 */
function start() {
  vi.useFakeTimers({ now: NOW })
  const sim = createWechatSimulator({
    now: NOW,
    clock: 'realtime',
    channels: { [CHANNEL]: { status: 'live', nickname: '橙子优选', description: '冬季上新' } },
  })
  sim.scheduleNotice(CHANNEL, { startTime: NOW + 5 * 60 * MINUTE })
  installWx(sim)
  enterPage(PAGE)
  const platform = createTaroPlatform({ env: 'weapp', clock: sim.clock })
  return { sim, platform }
}

/** Lets `ms` of simulated time pass; answers land and React renders on the way. */
async function pass(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms)
  })
}

/**
 * Like {@link pass}, one act per `step`: React's act() renders what was scheduled inside it once, at
 * its end, so counting commits needs each instant in its own act, as a device renders each tick.
 */
async function passEach(ms: number, step = 1_000) {
  for (let t = 0; t < ms; t += step) await pass(Math.min(step, ms - t))
}

/** The page shown or hidden, as Taro does it (`useDidShow`/`useDidHide`'s page events). */
const page = (event: 'onShow' | 'onHide') =>
  act(() => {
    eventCenter.trigger(`${PAGE}.${event}`)
  })

/** Widget `i` of a mix: reserve cards at even positions, floating windows at odd ones. */
function widget(impl: Impl, i: number, onRender?: () => void): ReactNode {
  const card = i % 2 === 0
  const node =
    impl === 'ours' ? (
      card ? (
        <LiveReserveCard finderUserName={CHANNEL} title="冬季新品发布会" />
      ) : (
        <LiveFloatingWindow finderUserName={CHANNEL} label="冬季上新" />
      )
    ) : card ? (
      <HandReserveCard finderUserName={CHANNEL} title="冬季新品发布会" />
    ) : (
      <HandFloatingBubble finderUserName={CHANNEL} label="冬季上新" />
    )
  return onRender ? (
    <Profiler key={i} id={`w${i}`} onRender={onRender}>
      {node}
    </Profiler>
  ) : (
    <div key={i}>{node}</div>
  )
}

/** Ours needs a provider only to take the simulator's platform; the baseline needs none. */
function tree(impl: Impl, platform: ReturnType<typeof start>['platform'], children: ReactNode) {
  return impl === 'ours' ? (
    <LiveProvider platform={platform}>{children}</LiveProvider>
  ) : (
    // biome-ignore lint/complexity/noUselessFragments: one element for render(), as ours
    <>{children}</>
  )
}

function requests(sim: WechatSimulator, since = 0) {
  const calls = sim.calls.slice(since)
  return {
    live: calls.filter((c) => c.api === 'getChannelsLiveInfo').length,
    notice: calls.filter((c) => c.api === 'getChannelsLiveNoticeInfo').length,
    all: calls.length,
  }
}

describe('platform requests: N widgets of one channel, 10 min shown, then 10 min hidden', () => {
  const table: Record<string, unknown> = {}
  results.requests = table
  for (const n of [1, 10, 50]) {
    for (const impl of IMPLS) {
      test(`${impl}, ${n} widget(s)`, async () => {
        const { sim, platform } = start()
        render(
          tree(
            impl,
            platform,
            Array.from({ length: n }, (_, i) => widget(impl, i)),
          ),
        )
        await pass(0)
        expect(document.body.textContent).toContain('冬季新品发布会')
        await pass(10 * MINUTE)
        const shown = requests(sim)
        const mark = sim.calls.length
        await page('onHide')
        await pass(10 * MINUTE)
        const hidden = requests(sim, mark)
        table[`${impl} ${n}`] = {
          impl,
          widgets: n,
          cards: Math.ceil(n / 2),
          bubbles: Math.floor(n / 2),
          shown,
          hidden,
        }
        sim.dispose()
      })
    }
  }
})

describe('React commits per widget (a Profiler around each; 10 widgets, 5 cards + 5 bubbles)', () => {
  const table: Record<string, unknown> = {}
  results.commits = table
  for (const impl of IMPLS) {
    test(impl, async () => {
      const { sim, platform } = start()
      let commits = 0
      const count = () => {
        commits += 1
      }
      render(
        tree(
          impl,
          platform,
          Array.from({ length: 10 }, (_, i) => widget(impl, i, count)),
        ),
      )
      await passEach(1_000, 100)
      const mount = commits

      commits = 0
      await passEach(MINUTE) // one live-status poll, same answer
      const unchanged = commits

      commits = 0
      sim.endLive(CHANNEL)
      await passEach(MINUTE) // the next poll sees the live ended
      const change = commits
      expect(document.body.textContent).not.toContain('直播中')

      table[impl] = { mount, unchangedPoll: unchanged, statusChange: change }
      sim.dispose()
    })
  }
})

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
const gc = (globalThis as { gc?: () => void }).gc
const heapMB = () => {
  gc?.()
  gc?.()
  return process.memoryUsage().heapUsed / 2 ** 20
}
const RUNS = 7
const CARDS = 100

describe(`${CARDS} reserve cards: time to mount (median of ${RUNS}) and heap`, () => {
  const table: Record<string, unknown> = { gcExposed: gc !== undefined, runs: RUNS, cards: CARDS }
  results.mount = table

  const keys = Array.from({ length: CARDS }, (_, i) => `card-${i}`)
  const cards = (impl: Impl) =>
    keys.map((key) =>
      impl === 'ours' ? (
        <LiveReserveCard key={key} finderUserName={CHANNEL} title="冬季新品发布会" />
      ) : (
        <HandReserveCard key={key} finderUserName={CHANNEL} title="冬季新品发布会" />
      ),
    )

  test('time to mount, alternating ours and baseline after a warm-up of each', async () => {
    const { sim, platform } = start()
    const times: Record<Impl, { mount: number[]; content: number[] }> = {
      ours: { mount: [], content: [] },
      baseline: { mount: [], content: [] },
    }
    for (let run = 0; run <= RUNS; run += 1) {
      for (const impl of IMPLS) {
        const t0 = realNow()
        const view = render(tree(impl, platform, cards(impl)))
        const t1 = realNow()
        await pass(0) // the answers land, the cards show the notice
        const t2 = realNow()
        expect(document.querySelectorAll('.tl-reserve-card, .hand-card')).toHaveLength(CARDS)
        expect(document.body.textContent).toContain('冬季新品发布会')
        view.unmount()
        await pass(0)
        if (run === 0) continue // warm-up
        times[impl].mount.push(t1 - t0)
        times[impl].content.push(t2 - t0)
      }
    }
    for (const impl of IMPLS) {
      table[impl] = {
        mountMs: median(times[impl].mount),
        contentMs: median(times[impl].content),
        mountRuns: times[impl].mount,
      }
    }
    sim.dispose()
  })

  test('heap: mounted, and after unmount', async () => {
    const { sim, platform } = start()
    for (const impl of IMPLS) {
      // A round first so that module-level caches are not counted as the widgets'.
      const warm = render(tree(impl, platform, cards(impl)))
      await pass(0)
      warm.unmount()
      await pass(MINUTE)
      const before = heapMB()
      const view = render(tree(impl, platform, cards(impl)))
      await pass(0)
      const mounted = heapMB()
      view.unmount()
      await pass(MINUTE) // timers that should have stopped get their chance to run
      const after = heapMB()
      table[`${impl} heap`] = {
        mountedMB: mounted - before,
        afterUnmountMB: after - before,
        timersLeft: vi.getTimerCount(),
      }
    }
    sim.dispose()
  })
})
