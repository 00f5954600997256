// The widgets over a page's life on the weapp render path: hidden and shown again, a phone clock
// that is off, and a widget inside Taro's CustomWrapper (a custom component of its own).

import { LiveFloatingWindow } from '@taro-live/components/live-floating-window'
import { LiveReserveCard } from '@taro-live/components/live-reserve-card'
import { createTaroPlatform, LiveProvider } from '@taro-live/hooks'
import { act, cleanup, render } from '@testing-library/react'
import { Profiler, type ReactNode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { skewedClock } from '../../core/test/client/device-clock'
import {
  advance,
  CHANNEL,
  MINUTE,
  MODES,
  renderWith,
  settle,
  setupSim,
  setViewport,
  triggerPageEvent as trigger,
} from '../../hooks/test/support/render'
import { enterPage, installWx } from '../../hooks/test/support/taro-weapp'
import { propsOf } from './support/taro-components-weapp'

afterEach(() => {
  cleanup()
  installWx(undefined)
  enterPage(undefined)
})

const $ = (selector: string) => document.querySelector(selector)

/**
 * Taro's `CustomWrapper` as the weapp runtime builds it: a custom component of its own, whose
 * element in Taro's DOM carries that component instance as `ctx`. WeChat's selector query does not
 * look inside it unless scoped with `.in(instance)`.
 */
function CustomWrapper(props: { instance: object; children: ReactNode }) {
  return (
    <div
      data-component="CustomWrapper"
      ref={(element) => {
        if (element) Object.assign(element, { ctx: props.instance })
      }}
    >
      {props.children}
    </div>
  )
}

describe.each(MODES)('the reserve card over the page lifecycle (%s)', (_mode, wrap) => {
  it('pauses its countdown while its page is hidden (no render, so no setData), and is right at once on show', async () => {
    const { sim, platform } = setupSim()
    sim.endLive(CHANNEL)
    enterPage('pages/live/index')
    sim.scheduleNotice(CHANNEL, { startTime: sim.clock.now() + 10 * MINUTE })
    let commits = 0
    renderWith(
      <Profiler id="card" onRender={() => (commits += 1)}>
        <LiveReserveCard finderUserName={CHANNEL} />
      </Profiler>,
      { platform, wrap },
    )
    await settle()
    const time = () => $('.tl-reserve-card__time')?.textContent
    expect(time()).toBe('距开播 00:10:00')
    await advance(sim, 1_000)
    expect(time()).toBe('距开播 00:09:59')

    await trigger('pages/live/index.onHide')
    await settle()
    commits = 0
    for (let second = 0; second < 10; second += 1) await advance(sim, 1_000)
    // Measured before: one setData a second to the hidden page.
    expect(commits).toBe(0)
    expect(time()).toBe('距开播 00:09:59')

    await trigger('pages/live/index.onShow')
    expect(time()).toBe('距开播 00:09:49')
    await advance(sim, 1_000)
    expect(time()).toBe('距开播 00:09:48')
  })

  it('counts down in server time on a phone whose clock is 20 min fast (serverTimeOffsetMs)', async () => {
    const { sim } = setupSim()
    sim.endLive(CHANNEL)
    const skew = 20 * MINUTE
    const platform = createTaroPlatform({ env: 'weapp', clock: skewedClock(sim.clock, skew) })
    sim.scheduleNotice(CHANNEL, { startTime: sim.clock.now() + 10 * MINUTE })
    render(
      wrap(
        <LiveProvider platform={platform} serverTimeOffsetMs={-skew}>
          <LiveReserveCard finderUserName={CHANNEL} />
        </LiveProvider>,
      ),
    )
    await settle()
    expect($('.tl-reserve-card__time')?.textContent).toBe('距开播 00:10:00')
    expect($('.tl-reserve-card__button')?.textContent).toBe('预约')
    await advance(sim, 10 * MINUTE)
    expect($('.tl-reserve-card__time')?.textContent).toBe('即将开播')
  })
})

describe.each(MODES)('the floating window in a CustomWrapper (%s)', (_mode, wrap) => {
  /** Drags the bubble from (320, 520) to (100, 300) the way WeChat delivers the touches. */
  async function drag() {
    setViewport(375, 667)
    const bubble = $('.tl-floating-window') as HTMLElement
    bubble.getBoundingClientRect = () =>
      ({ left: 300, top: 500, width: 64, height: 80, right: 364, bottom: 580 }) as DOMRect
    const handler = (name: string) => propsOf(bubble)[name] as (event: unknown) => void
    act(() => handler('onTouchStart')({ touches: [{ clientX: 320, clientY: 520 }] }))
    // The selector query answers asynchronously, before the finger moves on.
    await settle()
    act(() => handler('onTouchMove')({ touches: [{ clientX: 100, clientY: 300 }] }))
    return propsOf($('.tl-floating-window')).style as Record<string, string>
  }

  it('drags inside a CustomWrapper: the measuring query is scoped to it', async () => {
    const { platform } = setupSim()
    renderWith(
      <CustomWrapper instance={{ is: 'custom-wrapper' }}>
        <LiveFloatingWindow finderUserName={CHANNEL} />
      </CustomWrapper>,
      { platform, wrap },
    )
    await settle()
    expect(await drag()).toMatchObject({ left: '80px', top: '280px' })
  })

  it('drags on the page itself too (no custom component around it)', async () => {
    const { platform } = setupSim()
    renderWith(<LiveFloatingWindow finderUserName={CHANNEL} />, { platform, wrap })
    await settle()
    expect(await drag()).toMatchObject({ left: '80px', top: '280px' })
  })
})
