// @vitest-environment jsdom

import { LiveFloatingWindow, LiveReserveCard, type LiveTexts } from '@taro-live/components'
import { cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { CHANNEL, HOUR, MODES, renderWith, settle, setupSim } from '../../hooks/test/support/render'
import { installWx } from '../../hooks/test/support/taro-weapp'

afterEach(() => {
  cleanup()
  installWx(undefined)
})

const TEXTS: LiveTexts = {
  liveFloatingWindow: { live: '正在直播', close: undefined },
  liveReserveCard: { reserve: '预约直播' },
}

describe.each(MODES)("LiveProvider's app-wide texts (%s)", (_mode, wrap) => {
  it("reach every widget, under each widget's own texts prop, whatever the locale", async () => {
    const { platform } = setupSim()
    renderWith(
      <>
        <LiveFloatingWindow finderUserName={CHANNEL} className="provider" closable />
        <LiveFloatingWindow
          finderUserName={CHANNEL}
          className="own"
          locale="en-US"
          texts={{ live: 'ON AIR' }}
        />
      </>,
      { platform, wrap, texts: TEXTS },
    )
    await settle()
    const text = (name: string) => document.querySelector(`.${name}`)?.textContent
    expect(text('provider')).toContain('正在直播')
    expect(text('provider')).not.toContain('直播中')
    expect(text('own')).toContain('ON AIR')
    // An `undefined` in the provider's texts keeps the default.
    expect(screen.getAllByRole('button', { name: '关闭' }).length).toBeGreaterThan(0)
  })

  it('apply to the reserve card, per widget', async () => {
    const { sim, platform } = setupSim()
    sim.endLive(CHANNEL)
    sim.scheduleNotice(CHANNEL, { startTime: sim.clock.now() + 48 * HOUR })
    renderWith(<LiveReserveCard finderUserName={CHANNEL} title="冬季新品发布" />, {
      platform,
      wrap,
      texts: TEXTS,
    })
    await settle()
    expect(screen.getByRole('button', { name: '预约直播' })).toBeTruthy()
    expect(screen.queryByText('正在直播')).toBeNull()
  })
})
